import { describe, expect, it } from 'vitest';
import { defaultDocument } from '../../../test/defaultDocument';
import { archiveCoverage } from './coverage';
import { playedMatch } from './testMatches';

describe('what the archive covers', () => {
  const archive = defaultDocument();
  const row = (season: string, competition: string) => archiveCoverage(archive).find((candidate) => candidate.season === season && candidate.competition === competition);

  it('counts a league season against the file that lists it all, with half-time scores and sources', () => {
    // The file has no scorers; only the goalless derby at Everton (June 2020) has all its goals, none.
    expect(row('2019-20', 'Premier League')).toMatchObject({ matches: 38, played: 38, withHalfTime: 37, withMinutes: 1, withScorers: 1, expected: 38, complete: true });
    expect(row('2019-20', 'Premier League')?.sources[0]).toMatchObject({ id: 'source-openfootball-2019-20-en-1', kind: 'reference', matches: 38 });
    expect(row('2015-16', 'Premier League')).toMatchObject({ played: 30, expected: 30, complete: true });
  });

  it('says a competition is complete once the archive holds every match its source lists', () => {
    // The second leg against Atlético Madrid, once refused by the single-match rules, is now a leg of its tie (issue 16).
    expect(row('2019-20', 'UEFA Champions League')).toMatchObject({ played: 8, expected: 8, complete: true });
  });

  it('cannot say whether a cup run is whole when no source lists it, and counts the goals it knows', () => {
    expect(row('2021-22', 'League Cup')).toMatchObject({ matches: 4, played: 4, expected: null, complete: null });
    // The quarter-final (every goal and scorer), the goalless first leg, the 2-0 with Jota's two; the final's shoot-out has no goals to miss.
    expect(row('2021-22', 'League Cup')).toMatchObject({ withMinutes: 4, withScorers: 4 });
  });

  it('counts a match with unnamed scorers as having minutes but not scorers', () => {
    const [only] = archiveCoverage({ matches: [playedMatch('m', { date: '2020-01-01', fullTime: { liverpool: 1, opponent: 0 }, goals: [{ minute: 10, team: 'liverpool' }] })], sources: [] });
    expect(only).toMatchObject({ played: 1, withMinutes: 1, withScorers: 0, sources: [] });
  });
});
