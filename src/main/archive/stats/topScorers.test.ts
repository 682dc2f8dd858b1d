import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { ArchiveDocument } from '../../../shared/schemas/archive';
import { DEFAULT_ARCHIVE_FILE } from '../../../test/tempArchive';
import { topScorers } from './topScorers';
import { playedMatch } from './testMatches';

describe('top scorers', () => {
  it('credits Liverpool scorers only, and an own goal to no one', () => {
    const match = playedMatch('derby', {
      date: '2020-10-17',
      fullTime: { liverpool: 3, opponent: 2 },
      goals: [
        { minute: 3, team: 'liverpool', scorerId: 'sadio-mane' },
        // Pickford's own goal counts for Liverpool but is not his goal, nor any Liverpool player's.
        { minute: 19, team: 'opponent', scorerId: 'jordan-pickford', ownGoal: true },
        { minute: 31, team: 'opponent', scorerId: 'michael-keane' },
        // Van Dijk's own goal counts for Everton and is not credited to him.
        { minute: 72, team: 'liverpool', scorerId: 'virgil-van-dijk', ownGoal: true },
        { minute: 90, addedTime: 2, team: 'liverpool', scorerId: 'sadio-mane', penalty: true },
      ],
    });
    expect(topScorers([match])).toEqual([{ season: '2020-21', scorerId: 'sadio-mane', goals: 2, matchIds: ['derby'] }]);
  });

  it('ranks by goals within each season and lists each match once', () => {
    const a = playedMatch('a', { date: '2019-05-04', fullTime: { liverpool: 2, opponent: 0 }, goals: [
      { minute: 10, team: 'liverpool', scorerId: 'divock-origi' },
      { minute: 80, team: 'liverpool', scorerId: 'mohamed-salah' },
    ] });
    const b = playedMatch('b', { date: '2019-05-07', fullTime: { liverpool: 2, opponent: 0 }, goals: [
      { minute: 7, team: 'liverpool', scorerId: 'divock-origi' },
      { minute: 79, team: 'liverpool', scorerId: 'divock-origi' },
    ] });
    const c = playedMatch('c', { date: '2019-08-09', fullTime: { liverpool: 1, opponent: 0 }, goals: [{ minute: 7, team: 'liverpool', scorerId: 'mohamed-salah' }] });
    expect(topScorers([a, b, c]).map((row) => [row.season, row.scorerId, row.goals, row.matchIds])).toEqual([
      ['2018-19', 'divock-origi', 3, ['a', 'b']],
      ['2018-19', 'mohamed-salah', 1, ['a']],
      ['2019-20', 'mohamed-salah', 1, ['c']],
    ]);
  });

  it('reads the default archive: Jota scored three in the 2021-22 League Cup', async () => {
    const { matches } = ArchiveDocument.parse(JSON.parse(await readFile(DEFAULT_ARCHIVE_FILE, 'utf8')));
    const rows = topScorers(matches, { season: '2021-22', competition: 'League Cup' });
    expect(rows[0]).toEqual({ season: '2021-22', scorerId: 'diogo-jota', goals: 3, matchIds: ['match-2021-12-22-leicester-city', 'match-2022-01-20-arsenal'] });
    // Vardy's and Maddison's goals are Leicester's.
    expect(rows.map((row) => row.scorerId)).not.toContain('jamie-vardy');
  });
});
