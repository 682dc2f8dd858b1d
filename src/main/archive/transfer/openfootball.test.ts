import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openArchive } from '../archive';
import { tempArchiveWithout } from '../../../test/archiveWithout';

/** The default archive before its Premier League matches were imported: a test imports them. */
const withoutLeagueMatches = () => tempArchiveWithout((match) => match.competition === 'Premier League');
import { competitionAndSeason, importOpenfootball, readOpenfootball } from './openfootball';
import { clubKey } from './teamNames';

const fixture = async (name: string) => readOpenfootball(await readFile(join(import.meta.dirname, 'fixtures', name), 'utf8'), name);

describe('openfootball import', () => {
  it('reads the competition and season from the file name', () => {
    expect(competitionAndSeason('English Premier League 2019/20')).toEqual({ competition: 'Premier League', season: '2019-20' });
    expect(competitionAndSeason('UEFA Champions League 2018-19')).toEqual({ competition: 'UEFA Champions League', season: '2018-19' });
    expect(competitionAndSeason('World Cup 2018')).toEqual({ competition: 'World Cup', season: '2018' });
  });

  it('knows a club by its plain name', () => {
    expect(new Set(['Liverpool', 'Liverpool FC', 'Liverpool FC (ENG)', 'liverpool f.c.'].map(clubKey))).toEqual(new Set(['liverpool']));
    expect(clubKey('AFC Bournemouth (ENG)')).toBe('bournemouth');
  });

  it('imports the club’s matches of a {name, matches} file, from Liverpool’s side', async () => {
    const archive = await openArchive(await withoutLeagueMatches());
    const result = await importOpenfootball(archive, await fixture('en.1.2019-20.json'), { team: 'Liverpool' });
    expect(result.written).toBe(true);
    expect(result.preview).toMatchObject({ competition: 'Premier League', season: '2019-20', team: 'Liverpool FC', skipped: [] });
    expect(result.preview.matches.map((match) => [match.id, match.ground, match.score])).toEqual([
      ['match-2019-08-09-norwich-city', 'home', '4-1'],
      ['match-2019-08-17-southampton', 'away', '2-1'],
      ['match-2020-07-26-newcastle-united', 'away', '3-1'],
    ]);
    expect(archive.store.find('matches', 'match-2019-08-17-southampton')).toMatchObject({
      status: 'played',
      competition: 'Premier League',
      stage: 'Matchday 2',
      kickOff: '17:30',
      opponent: 'Southampton',
      fullTime: { liverpool: 2, opponent: 1 },
      halfTime: { liverpool: 1, opponent: 0 },
    });
    // The file's season, though the date of the last match falls in the calendar's next.
    expect(archive.store.find('matches', 'match-2020-07-26-newcastle-united')?.season).toBe('2019-20');
    // Imported again, every match is already there.
    const again = await importOpenfootball(archive, await fixture('en.1.2019-20.json'), { team: 'Liverpool FC' });
    expect(again.written).toBe(false);
    expect(again.preview.skipped.map((skip) => skip.reason)).toEqual(Array(3).fill('already in the archive'));
  });

  it('imports a {name, rounds} file and skips a match the archive has (same date and opponent)', async () => {
    const archive = await openArchive(await withoutLeagueMatches());
    const result = await importOpenfootball(archive, await fixture('cup.2015-16.rounds.json'), { team: 'Liverpool FC (ENG)', dryRun: true });
    expect(result.written).toBe(false);
    expect(result.preview.team).toBe('Liverpool FC (ENG)');
    expect(result.preview.matches.map((match) => [match.date, match.opponent, match.score])).toEqual([
      ['2015-10-28', 'Bournemouth', '1-0'],
      ['2015-12-01', 'Southampton', '6-1'],
    ]);
    expect(result.preview.skipped).toEqual([{ date: '2016-02-28', opponent: 'Manchester City', reason: 'already in the archive' }]);
    expect(archive.store.has('matches', 'match-2015-10-28-bournemouth')).toBe(false);
  });

  it('takes extra time and penalties from the file', async () => {
    const archive = await openArchive(await withoutLeagueMatches());
    await archive.records.matches.delete('match-2016-02-28-manchester-city').catch(() => undefined);
    const file = await fixture('cup.2015-16.rounds.json');
    const final = { name: file.name, matches: ('rounds' in file ? file.rounds : []).flatMap((round) => round.matches).slice(-1) };
    // The deleted final waits in the trash: restored, then updated from the file.
    const { preview } = await importOpenfootball(archive, readOpenfootball(JSON.stringify(final), 'final.json'), { team: 'Liverpool', inTrash: 'restore' });
    expect(preview.inTrash).toEqual(['match-2016-02-28-manchester-city']);
    const match = archive.store.find('matches', preview.matches[0]!.id);
    expect(match).toMatchObject({ ground: 'away', fullTime: { liverpool: 1, opponent: 1 }, afterExtraTime: { liverpool: 1, opponent: 1 }, shootout: { liverpool: 1, opponent: 3 } });
  });

  it('names the team when no match has it', async () => {
    const archive = await openArchive(await withoutLeagueMatches());
    await expect(importOpenfootball(archive, await fixture('en.1.2019-20.json'), { team: 'Everton' })).rejects.toThrow('team: no match in English Premier League 2019/20 has a team called "Everton"');
  });

  it('refuses a file of neither shape, naming the field', () => {
    expect(() => readOpenfootball(JSON.stringify({ name: 'x', matches: [{ date: '2019-13-01', team1: 'A', team2: 'B' }] }), 'bad.json')).toThrow(/matches\.0\.date/);
  });
});
