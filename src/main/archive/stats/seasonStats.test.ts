import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { ArchiveDocument } from '../../../shared/schemas/archive';
import { DEFAULT_ARCHIVE_FILE } from '../../../test/tempArchive';
import { seasonStats } from './seasonStats';
import { playedMatch } from './testMatches';

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
    // The postponed Leeds fixture of Boxing Day 2021 is not counted; the match played in February is.
    expect(league).toMatchObject({ played: 38, won: 28, drawn: 8, lost: 2, goalsFor: 94, goalsAgainst: 26, points: 92 });
    expect(league?.matchIds.played).not.toContain('match-2021-12-26-leeds-united');
  });

  it('filters by date range, inclusive', async () => {
    const rows = seasonStats(await matches(), { from: '2024-02-25', to: '2024-02-25' });
    expect(rows.map((row) => [row.season, row.competition, row.won])).toEqual([['2023-24', 'League Cup', 1]]);
  });

  it('counts a match in the season it stores, not the one its date falls in', () => {
    const matches = [
      playedMatch('late', { date: '2020-07-26', season: '2019-20', fullTime: { liverpool: 3, opponent: 1 } }),
      playedMatch('next', { date: '2020-09-12', fullTime: { liverpool: 4, opponent: 3 } }),
    ];
    expect(seasonStats(matches).map((row) => [row.season, row.matchIds.played])).toEqual([['2019-20', ['late']], ['2020-21', ['next']]]);
    expect(seasonStats(matches, { season: '2020-21' }).map((row) => row.matchIds.played)).toEqual([['next']]);
  });
});
