import { describe, expect, it } from 'vitest';
import { seasonStats } from './seasonStats';
import { playedMatch } from './testMatches';

const cup = { competition: 'FA Cup' };

describe('season tables: W/D/L after extra time and shoot-outs', () => {
  const matches = [
    // Won in extra time: the score after extra time decides, not the full-time draw.
    playedMatch('aet-win', { ...cup, date: '2022-01-09', fullTime: { liverpool: 1, opponent: 1 }, afterExtraTime: { liverpool: 3, opponent: 1 } }),
    // Lost in extra time.
    playedMatch('aet-loss', { ...cup, date: '2022-02-06', fullTime: { liverpool: 0, opponent: 0 }, afterExtraTime: { liverpool: 0, opponent: 1 } }),
    // Shoot-out won after extra time: a draw in the table, the outcome kept apart.
    playedMatch('pens-won', {
      ...cup,
      date: '2022-03-02',
      fullTime: { liverpool: 2, opponent: 2 },
      afterExtraTime: { liverpool: 2, opponent: 2 },
      shootout: { liverpool: 5, opponent: 4 },
    }),
    // Shoot-out lost straight after full time (no extra time played).
    playedMatch('pens-lost', { ...cup, date: '2022-04-16', fullTime: { liverpool: 1, opponent: 1 }, shootout: { liverpool: 2, opponent: 4 } }),
  ];

  it('counts the result after extra time and a shoot-out as a draw, with its outcome apart', () => {
    const [row] = seasonStats(matches);
    expect(row).toMatchObject({
      season: '2021-22',
      competition: 'FA Cup',
      played: 4,
      won: 1,
      drawn: 2,
      lost: 1,
      goalsFor: 6,
      goalsAgainst: 5,
      points: null,
      shootoutsWon: 1,
      shootoutsLost: 1,
    });
    expect(row?.matchIds).toEqual({
      played: ['aet-win', 'aet-loss', 'pens-won', 'pens-lost'],
      won: ['aet-win'],
      drawn: ['pens-won', 'pens-lost'],
      lost: ['aet-loss'],
      shootoutsWon: ['pens-won'],
      shootoutsLost: ['pens-lost'],
    });
  });

  it('splits tables at the season boundary, 30 June to 1 July', () => {
    const rows = seasonStats([
      playedMatch('june', { date: '2020-06-30', fullTime: { liverpool: 2, opponent: 0 } }),
      playedMatch('july', { date: '2020-07-01', fullTime: { liverpool: 0, opponent: 0 } }),
    ]);
    expect(rows.map((row) => [row.season, row.matchIds.played, row.points])).toEqual([
      ['2019-20', ['june'], 3],
      ['2020-21', ['july'], 1],
    ]);
  });
});
