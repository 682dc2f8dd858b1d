import { execFile } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { CLI_FILE, ensureCliBuilt } from '../../scripts/buildCli.mjs';
import { tempArchiveFile, tempFolder } from '../test/tempArchive';
import { acquireArchiveLock } from '../main/archive/lockFile';
import { tempArchiveWithout } from '../test/archiveWithout';

/** The default archive before its Premier League matches were imported: a test imports some. */
const withoutLeagueMatches = () => tempArchiveWithout((match) => match.competition === 'Premier League');

const FIXTURES = join(import.meta.dirname, '..', 'main', 'archive', 'transfer', 'fixtures');

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/** The built program, as a user runs it. */
async function cli(...args: string[]): Promise<Run> {
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, [CLI_FILE, ...args], { env: { ...process.env, XDG_CONFIG_HOME: '/nonexistent' } });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

beforeAll(async () => {
  await ensureCliBuilt();
}, 60_000);

describe('klopp-archive', () => {
  it('prints help for the program and every command, exit 0', async () => {
    const main = await cli('--help');
    expect(main.code).toBe(0);
    for (const command of ['init', 'list', 'search', 'stats', 'coverage', 'export', 'import', 'validate', 'history', 'quotes', 'disagreements']) {
      expect(main.stdout).toContain(`  ${command}`);
      const help = await cli(command, '--help');
      expect([command, help.code]).toEqual([command, 0]);
      expect(help.stdout).toContain(`Usage: klopp-archive [--archive PATH] ${command}`);
    }
  });

  it('exits 2 on wrong usage, saying what is wrong', async () => {
    const archive = await tempArchiveFile();
    expect(await cli('--archive', archive, 'frobnicate')).toMatchObject({ code: 2, stderr: expect.stringContaining('unknown command "frobnicate"') });
    expect(await cli('--archive', archive, 'list', 'goals')).toMatchObject({ code: 2, stderr: expect.stringContaining('KIND.0: must be one of people') });
    expect(await cli('--archive', archive, 'list', 'quotes', '--colour')).toMatchObject({ code: 2, stderr: expect.stringContaining("Unknown option '--colour'") });
    expect(await cli('--archive', archive, 'stats', '--from', '2020-13-01')).toMatchObject({ code: 2, stderr: expect.stringContaining('--from: must be a date written YYYY-MM-DD') });
    expect(await cli('--archive', archive, 'export', 'csv')).toMatchObject({ code: 2, stderr: expect.stringContaining('export csv needs --kind KIND') });
    expect((await cli()).code).toBe(2);
  });

  it('init creates an archive and never overwrites one', async () => {
    const file = join(await tempFolder(), 'new.json');
    expect(await cli('--archive', file, 'init', '--empty')).toMatchObject({ code: 0, stdout: expect.stringContaining('(empty)') });
    expect(await cli('--archive', file, 'init')).toMatchObject({ code: 1, stderr: expect.stringContaining('already exists; init never overwrites') });
    expect((await cli('--archive', file, 'validate')).stdout).toContain('is valid: 0 people');
  });

  it('lists, searches and counts', async () => {
    const archive = await tempArchiveFile();
    const list = await cli('--archive', archive, 'list', 'trophies');
    expect(list.stdout).toContain('trophy-2024-league-cup\tLeague Cup 2023-24');
    const quotes = JSON.parse((await cli('--archive', archive, 'list', 'quotes', '--json')).stdout) as unknown[];
    expect(quotes.length).toBeGreaterThan(5);
    const search = JSON.parse((await cli('--archive', archive, 'search', 'speaker:klopp legacy', '--json')).stdout) as { hits: Array<{ id: string }> };
    expect(search.hits.map((hit) => hit.id)).toContain('quote-klopp-legacy');
    const asked = JSON.parse(
      (await cli('--archive', archive, 'search', 'setting:"post-match interview" interviewer:fjortoft match:leicester', '--json')).stdout,
    ) as { total: number; hits: Array<{ id: string }> };
    expect(asked.total).toBe(4);
    expect(asked.hits.map((hit) => hit.id)).toContain('quote-klopp-responsibility');
    const stats = JSON.parse((await cli('--archive', archive, 'stats', '--season', '2021-22', '--competition', 'league cup', '--json')).stdout) as unknown[];
    expect(stats).toEqual([{ season: '2021-22', competition: 'League Cup', played: 4, won: 1, drawn: 3, lost: 0, goalsFor: 5, goalsAgainst: 3, points: null }]);
  });

  it('exports JSON and CSV and imports them back', async () => {
    const archive = await tempArchiveFile();
    const folder = await tempFolder();
    expect((await cli('--archive', archive, 'export', 'json', '--out', join(folder, 'all.json'))).code).toBe(0);
    const empty = join(folder, 'empty.json');
    await cli('--archive', empty, 'init', '--empty');
    const imported = await cli('--archive', empty, 'import', 'json', join(folder, 'all.json'));
    expect(imported).toMatchObject({ code: 0, stdout: expect.stringMatching(/^Imported \d+ new and 0 replaced records/) });
    const csv = await cli('--archive', archive, 'export', 'csv', '--kind', 'quotes', '--no-bom');
    expect(csv.stdout.startsWith('id,date,speakerId')).toBe(true);
    expect((await cli('--archive', archive, 'export', 'csv', '--kind', 'all', '--out', join(folder, 'csv'))).code).toBe(0);
    expect(JSON.parse(await readFile(join(folder, 'csv', 'manifest.json'), 'utf8'))).toMatchObject({ files: expect.any(Array) });
  });

  it('exits 1 naming the line and field of a bad CSV row, and writes nothing', async () => {
    const archive = await tempArchiveFile();
    const before = await readFile(archive);
    const csv = join(await tempFolder(), 'quotes.csv');
    await writeFile(csv, 'speaker,text,date,sourceIds\r\nJürgen Klopp,Fine,2024-01-01,source-public-record\r\nJürgen Klopp,Bad,2024-02-30,source-public-record\r\n');
    const run = await cli('--archive', archive, 'import', 'csv', csv, '--kind', 'quotes');
    expect(run).toMatchObject({ code: 1, stderr: expect.stringContaining('line 3, date: must be a date written YYYY-MM-DD') });
    expect(await readFile(archive)).toEqual(before);
    const valid = await cli('--archive', archive, 'import', 'csv', csv, '--kind', 'quotes', '--valid-rows-only');
    expect(valid).toMatchObject({ code: 0, stdout: expect.stringContaining('Imported 1 new and 0 updated quotes from quotes.csv; skipped 1 invalid rows') });
  });

  it('imports a home/away results sheet as European Excel saves it, and refuses garbled text, writing nothing', async () => {
    // The default archive holds every league match of the era: leave them out to import two again.
    const archive = await tempArchiveWithout((match) => match.competition === 'Premier League');
    const folder = await tempFolder();
    const sheet = join(folder, 'E0.csv');
    await writeFile(sheet, Buffer.from('Date;HomeTeam;AwayTeam;FTHG;FTAG\r\n09/08/19;Liverpool;Norwich;4;1\r\n10/08/19;West Ham;Man City;0;5\r\n17.08.2019;Southampton;Liverpool;1;2\r\n', 'latin1'));
    const run = await cli('--archive', archive, 'import', 'csv', sheet, '--kind', 'matches', '--date-format', 'DD/MM/YYYY', '--team', 'Liverpool FC', '--competition', 'Premier League');
    expect(run).toMatchObject({ code: 0, stdout: expect.stringContaining('Imported 2 new and 0 updated matches from E0.csv; 1 other clubs’ matches left out') });
    expect(run.stderr).toContain('read as UTF-8, cells separated by semicolon (detected)');
    const again = await cli('--archive', archive, 'import', 'csv', sheet, '--kind', 'matches', '--date-format', 'DD/MM/YYYY', '--competition', 'Premier League');
    expect(again.stdout).toContain('Nothing to import: 0 new and 0 updated matches from E0.csv; 2 unchanged');

    const before = await readFile(archive);
    const garbled = join(folder, 'people.csv');
    await writeFile(garbled, 'speaker,text,date,sourceIds\r\nJÃ¼rgen Klopp,Words,2024-01-01,source-public-record\r\n');
    const refused = await cli('--archive', archive, 'import', 'csv', garbled, '--kind', 'quotes');
    expect(refused).toMatchObject({ code: 1, stderr: expect.stringContaining('people.csv, line 2: “JÃ¼rgen” is UTF-8 text read as Windows-1252, so nothing was imported') });
    expect(await readFile(archive)).toEqual(before);
    expect(await cli('--archive', archive, 'import', 'csv', sheet, '--kind', 'matches', '--encoding', 'latin9')).toMatchObject({ code: 2 });
  });

  it('imports openfootball files, reporting the matches it skips', async () => {
    const archive = await withoutLeagueMatches();
    const dry = await cli('--archive', archive, 'import', 'openfootball', join(FIXTURES, 'cup.2015-16.rounds.json'), '--dry-run');
    expect(dry).toMatchObject({ code: 0, stdout: expect.stringContaining('Dry run, nothing written: would import 2 League Cup 2015-16 matches of Liverpool FC (ENG); skipped 1') });
    expect(dry.stderr).toContain('skipped 2016-02-28 Manchester City: already in the archive');
    const run = await cli('--archive', archive, 'import', 'openfootball', join(FIXTURES, 'en.1.2019-20.json'), '--team', 'Liverpool FC');
    expect(run.stdout).toContain('Imported 3 Premier League 2019-20 matches of Liverpool FC');
  });

  it('lists the matches an openfootball import flags, and takes the editor’s decisions on them', async () => {
    const archive = await tempArchiveFile();
    const file = join(await tempFolder(), 'flagged.json');
    const matches = [
      { date: '2010-08-15', team1: 'Liverpool FC', team2: 'Arsenal FC', score: { ft: [1, 1] } },
      { date: '2009-08-23', team1: 'Manchester City FC', team2: 'Liverpool FC', score: { ft: [3, 0] } },
      { date: '2010-08-29', team1: 'Liverpool FC', team2: 'West Bromwich Albion', score: { ht: [2, 0], ft: [1, 0] } },
    ];
    // A season before the era: the default archive holds none of its matches.
    await writeFile(file, JSON.stringify({ name: 'English Premier League 2010/11', matches }));
    const dry = await cli('--archive', archive, 'import', 'openfootball', file, '--dry-run');
    expect(dry.stderr).toContain('#2 2009-08-23 Manchester City (out-of-season): dated 2009-08-23, outside the 2010-11 season');
    expect(dry.stderr).toContain('#3 2010-08-29 West Bromwich Albion (score): the half-time score 2-0 is more than the full-time 1-0');
    expect(dry.stdout).toContain('would import 1 Premier League 2010-11 matches');
    const run = await cli('--archive', archive, 'import', 'openfootball', file, '--correct', '2:date=2010-08-23', '--correct', '2:note=The file has 2009.', '--skip', '#3');
    expect(run).toMatchObject({ code: 0, stdout: expect.stringContaining('Imported 2 Premier League 2010-11 matches') });
    const written = JSON.parse(await readFile(archive, 'utf8')).matches.find((match: { id: string }) => match.id === 'match-2010-08-23-manchester-city');
    expect(written).toMatchObject({ date: '2010-08-23', season: '2010-11', notes: 'The file has 2009.' });
    const bad = await cli('--archive', archive, 'import', 'openfootball', file, '--correct', '3:ft=one-nil');
    expect(bad).toMatchObject({ code: 2, stderr: expect.stringContaining('--correct 3: ft') });
  });

  it('coverage says what the archive holds of each season and competition, as text and JSON', async () => {
    const archive = await tempArchiveFile();
    const text = await cli('--archive', archive, 'coverage', '--season', '2019-20');
    expect(text.code).toBe(0);
    expect(text.stdout).toMatch(/2019-20 Premier League +38 +37 +1 +1 +complete +source-openfootball-2019-20-en-1 \(38\)/);
    expect(text.stdout).toMatch(/2019-20 UEFA Champions League +8 +8 +\d+ +\d+ +complete/);
    const rows = JSON.parse((await cli('--archive', archive, 'coverage', '--json', '--competition', 'league cup')).stdout) as Array<{ season: string; complete: boolean | null }>;
    expect(rows.map((row) => [row.season, row.complete])).toEqual([['2015-16', null], ['2021-22', null], ['2023-24', null]]);
    expect((await cli('--archive', archive, 'coverage', '--season', '2019')).stderr).toContain('must be a season written 2019-20');
  });

  it('refuses to import while another writer holds the archive, and writes nothing', async () => {
    const archive = await tempArchiveFile();
    const before = await readFile(archive);
    const lock = await acquireArchiveLock(archive, 'the app');
    try {
      const run = await cli('--archive', archive, 'import', 'openfootball', join(FIXTURES, 'en.1.2019-20.json'), '--team', 'Liverpool FC');
      expect(run.code).toBe(1);
      expect(run.stderr).toContain(String(process.pid));
      expect(await readFile(archive)).toEqual(before);
    } finally {
      await lock.release();
    }
    expect((await cli('--archive', archive, 'import', 'openfootball', join(FIXTURES, 'en.1.2019-20.json'), '--team', 'Liverpool FC')).code).toBe(0);
  });

  it('validate exits 1 and names every problem of an invalid file', async () => {
    const file = join(await tempFolder(), 'bad.json');
    const data = JSON.parse(await readFile(await tempArchiveFile(), 'utf8')) as { quotes: Array<{ speakerId: string; date: string }> };
    data.quotes.forEach((quote) => {
      quote.speakerId = 'nobody';
    });
    data.quotes[0]!.date = '22/12/2021';
    await writeFile(file, JSON.stringify(data));
    const run = await cli('--archive', file, 'validate');
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('quotes.0.date: must be a date written YYYY-MM-DD');
    expect(run.stderr.match(/speakerId: refers to person "nobody"/g)?.length).toBe(data.quotes.length);
    expect(await cli('--archive', join(await tempFolder(), 'missing.json'), 'list', 'quotes')).toMatchObject({ code: 1, stderr: expect.stringContaining('There is no archive file at') });
  });
});

describe('klopp-archive history', () => {
  it('says there is no history yet (exit 1) until a writer opens the archive, and refuses a bad date (exit 2)', async () => {
    const archive = await tempArchiveFile();
    expect(await cli('--archive', archive, 'history')).toMatchObject({ code: 1, stderr: expect.stringContaining('There is no history beside') });
    expect(await cli('--archive', archive, 'history', '--since', '2024-02-30')).toMatchObject({ code: 2, stderr: expect.stringContaining('--since: must be a date written YYYY-MM-DD') });
    expect(await cli('--archive', archive, 'history', 'goals', 'x')).toMatchObject({ code: 2, stderr: expect.stringContaining('ARGS') });
  });

  it('lists an import as one commit, and one record’s versions, in text and JSON', async () => {
    const archive = await withoutLeagueMatches();
    expect((await cli('--archive', archive, 'import', 'openfootball', join(FIXTURES, 'en.1.2019-20.json'))).code).toBe(0);
    const recent = await cli('--archive', archive, 'history');
    expect(recent.code).toBe(0);
    const lines = recent.stdout.trim().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/^[0-9a-f]{10} {2}\d{4}-\d\d-\d\d \d\d:\d\d:\d\d {2}.+ {2}Import openfootball Premier League 2019-20: (\d+) matches {2}\(\1 records\)$/);
    expect(lines[1]).toMatch(/History begins: \d+ records/);

    const entries = JSON.parse((await cli('--archive', archive, 'history', '--json')).stdout) as { records: { kind: string; id: string }[] }[];
    const match = entries[0]!.records[0]!;
    expect(match.kind).toBe('matches');
    const versions = await cli('--archive', archive, 'history', 'matches', match.id);
    expect(versions.stdout).toMatch(/Import openfootball Premier League 2019-20/);
    expect(versions.stdout).toMatch(/\n {2}opponent: \+ /);
    const json = JSON.parse((await cli('--archive', archive, 'history', 'matches', match.id, '--json')).stdout) as { change: string; record: { id: string } }[];
    expect(json).toMatchObject([{ change: 'added', record: { id: match.id } }]);
    expect((await cli('--archive', archive, 'history', '--since', '2999-01-01')).stdout).toBe('');
  });
});
