import { describe, expect, it } from 'vitest';
import { defaultDocument } from '../../../test/defaultDocument';
import { seasonStats } from './seasonStats';

/**
 * Liverpool's Premier League record under Klopp, season by season, as published (2015-16 from
 * his first match, 17 October 2015: 30 of the 38). Played, won, drawn, lost, for, against, points.
 */
const PUBLIC_RECORD: Record<string, [number, number, number, number, number, number, number]> = {
  '2015-16': [30, 13, 9, 8, 55, 40, 48],
  '2016-17': [38, 22, 10, 6, 78, 42, 76],
  '2017-18': [38, 21, 12, 5, 84, 38, 75],
  '2018-19': [38, 30, 7, 1, 89, 22, 97],
  '2019-20': [38, 32, 3, 3, 85, 33, 99],
  '2020-21': [38, 20, 9, 9, 68, 42, 69],
  '2021-22': [38, 28, 8, 2, 94, 26, 92],
  '2022-23': [38, 19, 10, 9, 75, 47, 67],
  '2023-24': [38, 24, 10, 4, 86, 41, 82],
};

describe('the default archive against the public record', () => {
  const archive = defaultDocument();

  it('gives every Premier League season of the era its published table', () => {
    const tables = seasonStats(archive.matches, { competition: 'Premier League' });
    expect(Object.fromEntries(tables.map((row) => [row.season, [row.played, row.won, row.drawn, row.lost, row.goalsFor, row.goalsAgainst, row.points]]))).toEqual(PUBLIC_RECORD);
  });

  it('holds the Champions League runs of 2017-18 and 2018-19 whole, each with its final', () => {
    const rows = seasonStats(archive.matches, { competition: 'UEFA Champions League' });
    const figures = Object.fromEntries(rows.map((row) => [row.season, [row.played, row.won, row.drawn, row.lost, row.goalsFor, row.goalsAgainst]]));
    expect(figures['2017-18']).toEqual([13, 7, 4, 2, 41, 16]);
    expect(figures['2018-19']).toEqual([13, 8, 1, 4, 24, 12]);
  });

  it('keeps one record per match: the seed matches and finals are not imported twice', () => {
    const keys = archive.matches.map((match) => `${match.date}|${match.opponent}`);
    expect(keys.length - new Set(keys).size).toBe(0);
    const first = archive.matches.find((match) => match.id === 'match-2015-10-17-tottenham-hotspur');
    expect(first?.sourceIds).toEqual(['source-public-record', 'source-openfootball-2015-16-en-1']);
  });

  it('cites the openfootball file of its season on every imported match, and notes each correction with its source', () => {
    const league = archive.matches.filter((match) => match.competition === 'Premier League' && match.status === 'played');
    for (const match of league) expect([match.id, match.sourceIds.some((id) => id === `source-openfootball-${match.season}-en-1`)]).toEqual([match.id, true]);
    const corrected = archive.matches.find((match) => match.date === '2020-07-02' && match.opponent === 'Manchester City');
    expect(corrected).toMatchObject({ season: '2019-20', ground: 'away', fullTime: { liverpool: 0, opponent: 4 } });
    expect(corrected?.notes).toMatch(/^Date corrected from 2019-07-02/);
    expect(corrected?.sourceIds).toContain('source-public-record');
    const source = archive.sources.find((candidate) => candidate.id === 'source-openfootball-2019-20-en-1');
    expect(source).toMatchObject({ kind: 'reference', url: expect.stringContaining('github.com/openfootball/football.json/blob/') });
    expect(source?.notes).toContain('file 2019-20/en.1.json');
  });
});
