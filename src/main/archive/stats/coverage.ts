import type { CompetitionCoverage, SeasonStatsFilter } from '../../../shared/contract/stats';
import type { Match } from '../../../shared/schemas/match';
import type { Source } from '../../../shared/schemas/source';
import { matchResult } from '../../../shared/derived/result';
import { inFilter } from './seasonStats';

/** Whether a played match's goals are all there: as many as its score, or none to record. */
function goalsRecorded(match: Match): boolean {
  const score = matchResult(match)?.score;
  return score !== undefined && match.goals.length === score.liverpool + score.opponent;
}

/**
 * What the archive covers, season by season and competition by competition: how many matches
 * it holds, how many have a half-time score, goal minutes and scorers, which sources they rest
 * on, and, where a source lists every match (Source.covers), whether all of them are here.
 */
export function archiveCoverage(records: { matches: readonly Match[]; sources: readonly Source[] }, filter: SeasonStatsFilter = {}): CompetitionCoverage[] {
  const sources = new Map(records.sources.map((source) => [source.id, source]));
  const rows = new Map<string, CompetitionCoverage & { cited: Map<string, number> }>();
  for (const match of records.matches) {
    if (!inFilter(match, match.season, filter)) continue;
    const key = `${match.season}\u0000${match.competition}`;
    let row = rows.get(key);
    if (!row) {
      row = { season: match.season, competition: match.competition, matches: 0, played: 0, withHalfTime: 0, withMinutes: 0, withScorers: 0, expected: null, complete: null, sources: [], cited: new Map() };
      rows.set(key, row);
    }
    row.matches += 1;
    for (const id of match.sourceIds) row.cited.set(id, (row.cited.get(id) ?? 0) + 1);
    if (match.status !== 'played') continue;
    row.played += 1;
    if (match.halfTime) row.withHalfTime += 1;
    if (goalsRecorded(match)) {
      row.withMinutes += 1;
      if (match.goals.every((goal) => goal.scorerId !== undefined)) row.withScorers += 1;
    }
  }
  return [...rows.values()]
    .map(({ cited, ...row }) => {
      const covering = [...cited.keys()].flatMap((id) => sources.get(id)?.covers?.filter((cover) => cover.season === row.season && cover.competition.toLowerCase() === row.competition.toLowerCase()) ?? []);
      const expected = covering.length > 0 ? Math.max(...covering.map((cover) => cover.matches)) : null;
      return {
        ...row,
        expected,
        complete: expected === null ? null : row.played >= expected,
        sources: [...cited.entries()]
          .sort(([a, countA], [b, countB]) => countB - countA || a.localeCompare(b))
          .map(([id, matches]) => ({ id, title: sources.get(id)?.title ?? id, kind: sources.get(id)?.kind ?? 'unknown', matches })),
      };
    })
    .sort((a, b) => a.season.localeCompare(b.season) || a.competition.localeCompare(b.competition));
}
