import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ArchiveError } from '../../../shared/contract/errors';
import { tempArchiveFile } from '../../../test/tempArchive';
import { openArchive } from '../archive';
import { readCsv } from './csv/readCsv';
import { importCsv, planCsvImport } from './importCsv';
import { canonicalClub } from './clubAliases';

const CRLF = (lines: string[]) => `${lines.join('\r\n')}\r\n`;
const OPENFOOTBALL = join(import.meta.dirname, '..', '..', '..', '..', '..', 'shared', 'data', 'openfootball');

const SHEET = CRLF([
  'Div,Date,Time,HomeTeam,AwayTeam,FTHG,FTAG,HTHG,HTAG',
  'E0,09/08/19,20.00,Liverpool,Norwich,4,1,4,0',
  'E0,10/08/19,12:30,West Ham,Man City,0,5,0,1',
  'E0,17-08-2019,17:30,Southampton,Liverpool,1,2,0,1',
  'E0,2022-02-23,19:45,Liverpool,Leeds,6,0,3,0',
  'E0,28/12/2021,20:00,Leicester,Liverpool,1,0,0,0',
]);

describe('home/away results sheets in the matches import', () => {
  it('takes the club’s matches from its side, swaps away goals, skips other clubs and recognises matches already here', async () => {
    const archive = await openArchive(await tempArchiveFile());
    const plan = planCsvImport(archive, readCsv(SHEET, 'E0.csv'), { kind: 'matches', dateFormat: 'DD/MM/YYYY' });
    expect(plan.preview).toMatchObject({ problems: [], created: 2, updated: 1, unchanged: 1, sheet: { team: 'Liverpool', otherClubs: 1 } });
    expect(plan.preview.mapping).toMatchObject({ homeTeam: 'HomeTeam', homeGoals: 'FTHG', awayHalfTimeGoals: 'HTAG', competition: 'Div', time: 'Time' });
    const after = plan.changes.map((change) => change.after as unknown as Record<string, unknown>);
    expect(after[0]).toMatchObject({ date: '2019-08-09', kickOff: '20:00', competition: 'Premier League', ground: 'home', opponent: 'Norwich City', fullTime: { liverpool: 4, opponent: 1 }, halfTime: { liverpool: 4, opponent: 0 } });
    expect(after[1]).toMatchObject({ date: '2019-08-17', ground: 'away', opponent: 'Southampton', fullTime: { liverpool: 2, opponent: 1 }, halfTime: { liverpool: 1, opponent: 0 } });
    // Already here as "Leicester City": the sheet adds the kick-off and half time, the record keeps its name and sources.
    expect(plan.changes[2]?.before?.id).toBe('match-2021-12-28-leicester-city');
    expect(after[2]).toMatchObject({ opponent: 'Leicester City', kickOff: '20:00', halfTime: { liverpool: 0, opponent: 0 }, sourceIds: ['source-klopp-viaplay-interview-2021', 'source-public-record'] });
  });

  it('reads the club through its aliases and the sheet’s own spellings', () => {
    expect(canonicalClub('Man City')).toBe('Manchester City');
    expect(canonicalClub("Nott'm Forest")).toBe('Nottingham Forest');
    expect(canonicalClub('Brighton & Hove Albion FC')).toBe('Brighton & Hove Albion');
    expect(canonicalClub('Arsenal FC')).toBe('Arsenal');
  });

  it('refuses a bad row by line with the fix, and writes nothing', async () => {
    const file = await tempArchiveFile();
    const before = await readFile(file);
    const archive = await openArchive(file);
    const text = CRLF(['Date,HomeTeam,AwayTeam,FTHG,FTAG', '31/02/2020,Liverpool,Norwich,4,1', '09/08/19,Liverpool,Norwich,4,1']);
    const error = await importCsv(archive, readCsv(text, 'sheet.csv'), { kind: 'matches', dateFormat: 'DD/MM/YYYY' }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ArchiveError);
    expect((error as Error).message).toContain('line 2, date: 31/02/2020 is not a day of the calendar (read day first, as DD/MM/YYYY)');
    expect((error as Error).message).toContain('line 3, competition: the sheet names no competition: choose the one its matches were played in');
    expect(await readFile(file)).toEqual(before);
    const iso = await importCsv(archive, readCsv(text, 'sheet.csv'), { kind: 'matches' }).catch((caught: unknown) => caught);
    expect((iso as Error).message).toContain('line 3, date: must be a date written YYYY-MM-DD: 09/08/19 is written day first, so choose the date format DD/MM/YYYY');
    expect(await readFile(file)).toEqual(before);
  });

  it('flags matches outside the era without refusing them', async () => {
    const archive = await openArchive(await tempArchiveFile());
    const text = CRLF(['Date,HomeTeam,AwayTeam,FTHG,FTAG', '09/08/2015,Stoke,Liverpool,0,1', '19/08/2024,Ipswich,Liverpool,0,2']);
    const plan = planCsvImport(archive, readCsv(text, 'sheet.csv'), { kind: 'matches', dateFormat: 'DD/MM/YYYY', competition: 'Premier League' });
    expect(plan.preview.created).toBe(2);
    expect(plan.preview.warnings).toEqual([
      { line: 2, field: 'date', message: '2015-08-09 is before Klopp’s appointment (2015-10-08): check it belongs in this archive' },
      { line: 3, field: 'date', message: '2024-08-19 is after Klopp’s last match (2024-05-19): check it belongs in this archive' },
    ]);
  });

  it('imports a whole openfootball season converted to a football-data sheet, and a second import writes nothing', async () => {
    const season = JSON.parse(await readFile(join(OPENFOOTBALL, '2019-20', 'en.1.json'), 'utf8')) as {
      matches: Array<{ date: string; time?: string; team1: string; team2: string; score?: { ht?: [number, number]; ft?: [number, number] } }>;
    };
    const dayFirst = (iso: string) => `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;
    const text = CRLF([
      'Div,Date,Time,HomeTeam,AwayTeam,FTHG,FTAG,HTHG,HTAG',
      ...season.matches.map((match) =>
        ['E0', dayFirst(match.date), match.time?.replace(':', '.') ?? '', match.team1, match.team2, ...(match.score?.ft ?? ['', '']), ...(match.score?.ht ?? ['', ''])].map((cell) => (String(cell).includes(',') ? `"${cell}"` : cell)).join(','),
      ),
    ]);
    const file = await tempArchiveFile();
    const archive = await openArchive(file);
    const first = await importCsv(archive, readCsv(text, 'en.1.2019-20.csv'), { kind: 'matches', dateFormat: 'DD/MM/YYYY', team: 'Liverpool FC' });
    expect(first.preview).toMatchObject({ rows: 380, created: 38, updated: 0, invalidRows: 0, warnings: [], sheet: { otherClubs: 342 } });
    const norwich = archive.store.list('matches').find((match) => match.date === '2019-08-09');
    expect(norwich).toMatchObject({ opponent: 'Norwich City', ground: 'home', fullTime: { liverpool: 4, opponent: 1 }, competition: 'Premier League' });
    const written = await readFile(file);
    const again = await importCsv(archive, readCsv(text, 'en.1.2019-20.csv'), { kind: 'matches', dateFormat: 'DD/MM/YYYY', team: 'Liverpool FC' });
    expect(again).toMatchObject({ written: false, preview: { created: 0, updated: 0, unchanged: 38 } });
    expect(await readFile(file)).toEqual(written);
  });
});
