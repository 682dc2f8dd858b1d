import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { ArchiveError } from '../../../shared/contract/errors';
import { openArchive } from '../archive';
import { tempArchiveFile } from '../../../test/tempArchive';
import { tempArchiveWithout } from '../../../test/archiveWithout';
import { exportCsv } from './exportCsv';
import { importCsv, planCsvImport } from './importCsv';
import { readCsv } from './csv/readCsv';

const CRLF = (lines: string[]) => `${lines.join('\r\n')}\r\n`;

describe('CSV import', () => {
  it('numbers the lines of the file, counting quoted line breaks and blank lines', () => {
    const file = readCsv('\uFEFFa,b\r\n1,"two\r\nlines"\r\n\r\n3,4', 'x.csv');
    expect(file.headers).toEqual(['a', 'b']);
    expect(file.rows.map((row) => [row.line, row.cells.get('b')])).toEqual([
      [2, 'two\r\nlines'],
      [5, '4'],
    ]);
  });

  it('imports quotes by speaker name with DD/MM/YYYY dates and mapped headers, in one write', async () => {
    const archive = await openArchive(await tempArchiveFile());
    const text = CRLF([
      'Said by,Words,When,sourceIds,tags',
      'Jurgen Klopp,"=We go again, lads",25/02/2024,source-public-record,final; cup',
      'Virgil van Dijk,"Said ""this"" and ""that""",1/3/2024,source-public-record,',
    ]);
    const result = await importCsv(archive, readCsv(text, 'quotes.csv'), {
      kind: 'quotes',
      dateFormat: 'DD/MM/YYYY',
      mapping: { speaker: 'Said by', text: 'Words', date: 'When' },
    });
    expect(result.written).toBe(true);
    expect(result.preview).toMatchObject({ created: 2, updated: 0, invalidRows: 0 });
    const imported = archive.store.list('quotes').filter((quote) => quote.date >= '2024-02-25' && quote.tags.includes('final'));
    expect(imported).toEqual([expect.objectContaining({ speakerId: 'jurgen-klopp', date: '2024-02-25', text: '=We go again, lads', tags: ['final', 'cup'], setting: { kind: 'other' } })]);
    expect(archive.store.list('quotes').some((quote) => quote.text === 'Said "this" and "that"' && quote.date === '2024-03-01')).toBe(true);
  });

  it('reads back its own quotes.csv unchanged: nothing to write, the file untouched', async () => {
    const file = await tempArchiveFile();
    const before = await readFile(file);
    const archive = await openArchive(file);
    const csv = await exportCsv(archive.store.data, 'quotes');
    const plan = planCsvImport(archive, readCsv(csv.text, 'quotes.csv'), { kind: 'quotes' });
    expect(plan.preview).toMatchObject({ created: 0, updated: 0, unchanged: archive.store.list('quotes').length, invalidRows: 0 });
    expect(plan.changes).toEqual([]);
    const result = await importCsv(archive, readCsv(csv.text, 'quotes.csv'), { kind: 'quotes' });
    expect(result.written).toBe(false);
    expect(await readFile(file)).toEqual(before);
  });

  it('reads back its own matches.csv: an edited leg keeps its other leg, the rest unchanged', async () => {
    const archive = await openArchive(await tempArchiveFile());
    const csv = await exportCsv(archive.store.data, 'matches');
    const edited = csv.text.replace('The last match at Anfield before football stopped for the pandemic.', 'Checked again.');
    const plan = planCsvImport(archive, readCsv(edited, 'matches.csv'), { kind: 'matches' });
    expect(plan.preview).toMatchObject({ problems: [], updated: 1, unchanged: archive.store.list('matches').length - 1 });
    expect(plan.changes[0]?.after).toMatchObject({ id: 'match-2020-03-11-atletico-madrid', otherLegId: 'match-2020-02-18-atletico-madrid', notes: expect.stringContaining('Checked again.') });
  });

  it('names every bad row by line and field, and writes nothing', async () => {
    const file = await tempArchiveFile();
    const before = await readFile(file);
    const archive = await openArchive(file);
    const text = CRLF([
      'speaker,text,date,sourceIds',
      'Jürgen Klopp,Fine words,2024-01-01,source-public-record',
      'Nobody Known,"Words\r\nover two lines",2024-01-02,source-public-record',
      'Jürgen Klopp,No source,2024-01-03,',
      'Jürgen Klopp,Bad date,03/01/2024,source-public-record',
    ]);
    const error = await importCsv(archive, readCsv(text, 'quotes.csv'), { kind: 'quotes' }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ArchiveError);
    const message = (error as ArchiveError).message;
    expect(message).toContain('3 of 4 rows cannot be imported as quotes, so nothing was written');
    expect(message).toContain('line 3, speaker: no person called "Nobody Known" in the archive');
    expect(message).toContain('line 5, sourceIds: a quote needs at least one source');
    expect(message).toContain('line 6, date: must be a date written YYYY-MM-DD');
    expect(await readFile(file)).toEqual(before);

    const valid = await importCsv(archive, readCsv(text, 'quotes.csv'), { kind: 'quotes', validRowsOnly: true });
    expect(valid.preview).toMatchObject({ created: 1, invalidRows: 3 });
    expect(archive.store.list('quotes').filter((quote) => quote.text === 'Fine words')).toHaveLength(1);
  });

  it('imports matches: scores as numbers, status from the score, goals kept on an existing match', async () => {
    const archive = await openArchive(await tempArchiveWithout((match) => match.competition === 'Premier League'));
    const text = CRLF([
      'id,date,competition,ground,opponent,fullTimeLiverpool,fullTimeOpponent,shootoutLiverpool,shootoutOpponent,notes',
      ',2019-08-09,Premier League,home,Norwich City,4,1,,,',
      'match-2021-12-22-leicester-city,2021-12-22,League Cup,home,Leicester City,3,3,5,4,Checked again',
      ',2019-08-17,Premier League,away,Southampton,two,1,,,',
    ]);
    const plan = planCsvImport(archive, readCsv(text, 'matches.csv'), { kind: 'matches' });
    expect(plan.preview.problems).toEqual([{ line: 4, field: 'fullTime.liverpool', message: 'must be a whole number' }]);
    const result = await importCsv(archive, readCsv(text, 'matches.csv'), { kind: 'matches', validRowsOnly: true });
    expect(result.preview).toMatchObject({ created: 1, updated: 1 });
    const leicester = archive.store.find('matches', 'match-2021-12-22-leicester-city');
    expect(leicester?.notes).toBe('Checked again');
    expect(leicester?.goals.length).toBeGreaterThan(0);
    // Its kicks and the claims about them (not in matches.csv) are kept too.
    expect(leicester?.shootout?.kicks.length).toBeGreaterThan(0);
    expect(leicester?.claims?.length).toBe(2);
    expect(archive.store.list('matches').find((match) => match.opponent === 'Norwich City')).toMatchObject({ status: 'played', fullTime: { liverpool: 4, opponent: 1 } });
  });

  it('refuses a million-row CSV at the row bound, before reading it all', () => {
    const rows = 'text,speaker,date\r\n' + 'a,b,2021-01-01\r\n'.repeat(1_000_000);
    expect(() => readCsv(rows, 'huge.csv')).toThrow(/huge\.csv has more than 200,000 rows, the most one import takes/);
    expect(readCsv('text,speaker,date\r\n' + 'a,b,2021-01-01\r\n'.repeat(1000), 'fine.csv').rows).toHaveLength(1000);
  });

  it('refuses a mapping to a header the file does not have', async () => {
    const archive = await openArchive(await tempArchiveFile());
    expect(() => planCsvImport(archive, readCsv('a,b\r\n1,2\r\n', 'x.csv'), { kind: 'quotes', mapping: { text: 'Words' } })).toThrow(
      'mapping: the file has no column "Words" (for text)',
    );
  });
});
