import type { CompetitionCoverage } from '../contract/stats';

/**
 * How whole a competition's season is, in words: "complete", "7 of 8 matches" when a source
 * lists more than the archive holds, "not known to be whole" when no source lists them all.
 */
export function coverageLabel(row: Pick<CompetitionCoverage, 'played' | 'expected' | 'complete'>): string {
  if (row.complete === null) return 'not known to be whole';
  return row.complete ? 'complete' : `${row.played} of ${row.expected} matches`;
}
