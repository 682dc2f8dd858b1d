import { describe, expect, it } from 'vitest';
import type { SeasonCompetitionStats } from '../../../../shared/contract/stats';
import { scaleTicks, seasonTotals } from './seasonTotals';

const row = (season: string, competition: string, won: string[], drawn: string[], lost: string[]): SeasonCompetitionStats => ({
  season,
  competition,
  played: won.length + drawn.length + lost.length,
  won: won.length,
  drawn: drawn.length,
  lost: lost.length,
  goalsFor: 0,
  goalsAgainst: 0,
  points: null,
  shootoutsWon: 0,
  shootoutsLost: 0,
  matchIds: { played: [...won, ...drawn, ...lost], won, drawn, lost, shootoutsWon: [], shootoutsLost: [] },
});

describe('season totals for the chart', () => {
  it('adds up competitions per season, keeps empty seasons and attaches trophies', () => {
    const totals = seasonTotals(
      ['2018-19', '2019-20', '2020-21'],
      [row('2018-19', 'Premier League', ['a'], ['b'], []), row('2018-19', 'FA Cup', ['c'], [], ['d']), row('2020-21', 'Premier League', [], [], ['e'])],
      [{ season: '2018-19', trophies: [{ trophyId: 't', competition: 'UEFA Champions League', dateWon: '2019-06-01', ordinal: 1 }] }],
    );
    expect(totals.map((total) => [total.season, total.won, total.drawn, total.lost, total.trophies.length])).toEqual([
      ['2018-19', ['a', 'c'], ['b'], ['d'], 1],
      ['2019-20', [], [], [], 0],
      ['2020-21', [], [], ['e'], 0],
    ]);
  });

  it('rounds the scale up to a readable step', () => {
    expect(scaleTicks(0)).toEqual([0, 1]);
    expect(scaleTicks(4)).toEqual([0, 1, 2, 3, 4]);
    expect(scaleTicks(7)).toEqual([0, 2, 4, 6, 8]);
    expect(scaleTicks(53)).toEqual([0, 20, 40, 60]);
  });
});
