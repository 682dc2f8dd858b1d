import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openArchive } from '../archive';
import { tempArchiveWithout } from '../../../test/archiveWithout';

/** The default archive before its Premier League matches were imported: a test imports them. */
const withoutLeagueMatches = () => tempArchiveWithout((match) => match.competition === 'Premier League');
import { importOpenfootball, readOpenfootball } from './openfootball';

const REAL_DATA = join(import.meta.dirname, '..', '..', '..', '..', '..', 'shared', 'data', 'openfootball');

/** A small league: three matchdays of three matches, in August 2019. */
function league(changes: (matches: Array<Record<string, unknown>>) => void = () => {}): string {
  const matches: Array<Record<string, unknown>> = [
    { round: 'Matchday 1', date: '2019-08-10', team1: 'Liverpool FC', team2: 'Norwich City', score: { ht: [1, 0], ft: [2, 0] } },
    { round: 'Matchday 1', date: '2019-08-10', team1: 'Everton FC', team2: 'Watford FC', score: { ft: [1, 1] } },
    { round: 'Matchday 1', date: '2019-08-11', team1: 'Chelsea FC', team2: 'Burnley FC', score: { ft: [0, 1] } },
    { round: 'Matchday 2', date: '2019-08-17', team1: 'Southampton FC', team2: 'Liverpool FC', score: { ft: [1, 2] } },
    { round: 'Matchday 2', date: '2019-08-17', team1: 'Watford FC', team2: 'Norwich City', score: { ft: [0, 0] } },
    { round: 'Matchday 2', date: '2019-08-18', team1: 'Burnley FC', team2: 'Everton FC', score: { ft: [2, 0] } },
    { round: 'Matchday 3', date: '2019-08-24', team1: 'Liverpool FC', team2: 'Arsenal FC', score: { ft: [3, 1] } },
    { round: 'Matchday 3', date: '2019-08-24', team1: 'Norwich City', team2: 'Everton FC', score: { ft: [0, 2] } },
    { round: 'Matchday 3', date: '2019-08-25', team1: 'Watford FC', team2: 'Chelsea FC', score: { ft: [1, 3] } },
  ];
  changes(matches);
  return JSON.stringify({ name: 'English Premier League 2019/20', matches });
}

async function preview(text: string, decisions: Parameters<typeof importOpenfootball>[2]['decisions'] = []) {
  const archive = await openArchive(await withoutLeagueMatches());
  const result = await importOpenfootball(archive, readOpenfootball(text, 'league.json'), { team: 'Liverpool', decisions, dryRun: true });
  return result.preview;
}

const problems = (found: Awaited<ReturnType<typeof preview>>) => found.problems.map((problem) => [problem.match, problem.check, problem.reason]);

describe('the openfootball importer checks real data', () => {
  it('passes a file that breaks no rule', async () => {
    const found = await preview(league());
    expect(found.problems).toEqual([]);
    expect(found.matches).toHaveLength(3);
  });

  it('flags a date that contradicts the order of the matchdays', async () => {
    const found = await preview(league((matches) => void (matches[3]!['date'] = '2019-08-31')));
    expect(problems(found)).toEqual([[4, 'round-order', 'Matchday 2 is dated 2019-08-31, after Matchday 3 (played around 2019-08-24): rescheduled, or a wrong date?']]);
    // Held back until the editor decides, and said so.
    expect(found.matches.map((match) => match.opponent)).toEqual(['Norwich City', 'Arsenal']);
    expect(found.skipped[0]!.reason).toMatch(/^#4 held back until you decide: Matchday 2 is dated 2019-08-31/);
  });

  it('flags a date outside the competition’s season, and one well before its first matchday', async () => {
    const found = await preview(
      league((matches) => {
        matches[6]!['date'] = '2021-08-24';
        matches[0]!['date'] = '2019-07-10';
      }),
    );
    expect(problems(found)).toEqual([
      [1, 'out-of-season', 'dated 2019-07-10, before the 2019-20 season began (Matchday 1 was played around 2019-08-10)'],
      [7, 'out-of-season', 'dated 2021-08-24, outside the 2019-20 season (2019-07-31 to 2020-08-31)'],
    ]);
  });

  it('flags a score that does not add up: half-time above full time, or the goals listed', async () => {
    const found = await preview(
      league((matches) => {
        matches[0]!['score'] = { ht: [3, 0], ft: [2, 0] };
        matches[6]!['goals1'] = [{ minute: 10 }, { minute: 50 }];
        matches[6]!['goals2'] = [{ minute: 70 }];
      }),
    );
    expect(problems(found)).toEqual([
      [1, 'score', 'the half-time score 3-0 is more than the full-time 2-0'],
      [7, 'score', 'the goals listed add up to 2-1 in normal time, but the full-time score is 3-1'],
    ]);
  });

  it('flags the same match twice, and imports only the first', async () => {
    const found = await preview(league((matches) => void matches.push({ ...matches[6]! })));
    expect(problems(found)).toEqual([[10, 'duplicate', 'the same match as #7 (Liverpool FC v Arsenal FC, same date)']]);
    expect(found.matches.map((match) => match.opponent)).toEqual(['Norwich City', 'Southampton', 'Arsenal']);
  });

  it('lets the editor correct a flagged match, import it as it is, or skip it', async () => {
    const text = league((matches) => {
      matches[3]!['date'] = '2018-08-17';
      matches[6]!['score'] = { ht: [4, 1], ft: [3, 1] };
    });
    const archive = await openArchive(await withoutLeagueMatches());
    const file = readOpenfootball(text, 'league.json');
    const decisions = [
      { match: 4, action: 'correct' as const, date: '2019-08-17', note: 'The file has 2018; played 2019-08-17.', sourceIds: ['source-public-record'] },
      { match: 7, action: 'skip' as const, note: 'Half-time score wrong; checking.' },
    ];
    const result = await importOpenfootball(archive, file, { team: 'Liverpool', decisions });
    expect(result.preview.problems.map((problem) => [problem.match, problem.check, problem.decision])).toEqual([
      [4, 'out-of-season', 'correct'],
      [4, 'round-order', 'correct'],
      [7, 'score', 'skip'],
    ]);
    expect(result.preview.matches.map((match) => [match.date, match.opponent])).toEqual([['2019-08-10', 'Norwich City'], ['2019-08-17', 'Southampton']]);
    expect(archive.store.find('matches', 'match-2019-08-17-southampton')).toMatchObject({ notes: 'The file has 2018; played 2019-08-17.', sourceIds: ['source-public-record'], season: '2019-20' });
    expect(result.preview.skipped.map((skip) => skip.reason)).toEqual(['#7 skipped by the editor: Half-time score wrong; checking.']);

    const kept = await importOpenfootball(archive, file, { team: 'Liverpool', decisions: [{ match: 7, action: 'import', note: 'Checked: as the file has it.' }] });
    expect(kept.preview.matches.map((match) => match.opponent)).toEqual([]);
    expect(kept.preview.skipped.at(-1)!.reason).toMatch(/half-time goals \(4\) cannot exceed full-time goals \(3\)/);
  });

  it('marks a final as played on neutral ground', async () => {
    const cup = { name: 'Test Cup 2018/19', matches: [{ round: 'Final', date: '2019-05-20', team1: 'Wolverhampton Wanderers', team2: 'Liverpool FC', score: { ft: [0, 2] } }] };
    const archive = await openArchive(await withoutLeagueMatches());
    const found = await importOpenfootball(archive, readOpenfootball(JSON.stringify(cup), 'cl.json'), { team: 'Liverpool', dryRun: true });
    expect(found.preview.matches.map((match) => match.ground)).toEqual(['neutral']);
  });

  it('finds the real mistakes of a whole real season file: 2019-20’s last matchdays dated a year early', async () => {
    const text = await readFile(join(REAL_DATA, '2019-20', 'en.1.json'), 'utf8');
    const found = await preview(text);
    const early = found.problems.filter((problem) => problem.check === 'out-of-season');
    expect(early.map((problem) => [problem.date, problem.opponent])).toEqual([
      ['2019-07-02', 'Manchester City'],
      ['2019-07-05', 'Aston Villa'],
      ['2019-07-08', 'Brighton & Hove Albion'],
      ['2019-07-11', 'Burnley'],
      ['2019-07-15', 'Arsenal'],
      ['2019-07-22', 'Chelsea'],
      ['2019-07-26', 'Newcastle United'],
    ]);
    expect(early[0]!.reason).toBe('dated 2019-07-02, before the 2019-20 season began (Matchday 1 was played around 2019-08-10)');
    // The rescheduled matches are flagged for the editor too: the file cannot tell them from a wrong date.
    expect(found.problems.filter((problem) => problem.check === 'round-order').map((problem) => problem.date)).toEqual(['2020-01-29', '2020-06-24', '2019-07-02']);
    expect(found.matches).toHaveLength(38 - 9);
  });
});
