import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { ArchiveDocument } from '../../../shared/schemas/archive';
import { DEFAULT_ARCHIVE_FILE } from '../../../test/tempArchive';
import { seasonStats } from './seasonStats';

async function matches() {
  return ArchiveDocument.parse(JSON.parse(await readFile(DEFAULT_ARCHIVE_FILE, 'utf8'))).matches;
}

describe('season statistics', () => {
  it('counts a shoot-out as a draw and keeps its outcome apart', async () => {
    const [leagueCup] = seasonStats(await matches(), { season: '2021-22', competition: 'League Cup' });
    expect(leagueCup).toMatchObject({
      season: '2021-22',
      competition: 'League Cup',
      played: 4,
      won: 1,
      drawn: 3,
      lost: 0,
      goalsFor: 5,
      goalsAgainst: 3,
      points: null,
      shootoutsWon: 2,
      shootoutsLost: 0,
    });
    expect(leagueCup?.matchIds.won).toEqual(['match-2022-01-20-arsenal']);
  });

  it('gives league points and leaves out matches that were not played', async () => {
    const [league] = seasonStats(await matches(), { season: '2021-22', competition: 'premier league' });
    // Leicester 0-1, Chelsea 2-2, Leeds 6-0 (the postponed Boxing Day fixture, played in February); the postponed record itself is left out.
    expect(league).toMatchObject({ played: 3, won: 1, drawn: 1, lost: 1, goalsFor: 8, goalsAgainst: 3, points: 4 });
  });

  it('filters by date range, inclusive', async () => {
    const rows = seasonStats(await matches(), { from: '2024-02-25', to: '2024-02-25' });
    expect(rows.map((row) => [row.season, row.competition, row.won])).toEqual([['2023-24', 'League Cup', 1]]);
  });
});
