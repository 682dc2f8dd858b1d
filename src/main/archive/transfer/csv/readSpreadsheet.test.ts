import { describe, expect, it } from 'vitest';
import { ArchiveError } from '../../../../shared/contract/errors';
import { tempArchiveFile } from '../../../../test/tempArchive';
import { openArchive } from '../../archive';
import { exportCsv } from '../exportCsv';
import { planCsvImport } from '../importCsv';
import { readSpreadsheet } from './readSpreadsheet';

const utf8 = (text: string) => new TextEncoder().encode(text);
const BOM = [0xef, 0xbb, 0xbf];
const withBom = (text: string) => new Uint8Array([...BOM, ...utf8(text)]);
function utf16(text: string, endian: 'le' | 'be', bom = true): Uint8Array {
  const units = [...(bom ? [0xfeff] : []), ...Array.from(text, (character) => character.charCodeAt(0))];
  return new Uint8Array(units.flatMap((unit) => (endian === 'le' ? [unit & 0xff, unit >> 8] : [unit >> 8, unit & 0xff])));
}
/** Windows-1252 for the Latin-1 range, as Excel saves "CSV" on a Western Windows. */
const windows1252 = (text: string) => new Uint8Array(Array.from(text, (character) => character.charCodeAt(0)));
/** A UTF-8 file opened as Western text by a spreadsheet and saved again as UTF-8. */
const garbled = (bytes: Uint8Array) => utf8(new TextDecoder('windows-1252').decode(bytes));

function refusal(read: () => unknown): ArchiveError {
  try {
    read();
  } catch (error) {
    expect(error).toBeInstanceOf(ArchiveError);
    return error as ArchiveError;
  }
  throw new Error('expected a refusal');
}

const rowsOf = (bytes: Uint8Array, choice = {}) => {
  const file = readSpreadsheet(bytes, 'people.csv', choice);
  return { headers: file.headers, cells: file.rows.map((row) => [...row.cells.values()]), reading: file.reading };
};

describe('spreadsheet files as saved', () => {
  it('detects the delimiter: comma, semicolon (European Excel) and tab', () => {
    for (const [delimiter, name] of [
      [',', 'comma'],
      [';', 'semicolon'],
      ['\t', 'tab'],
    ] as const) {
      const text = `name${delimiter}club\r\n"Konaté${delimiter} Ibrahima"${delimiter}Liverpool\r\n`;
      expect(rowsOf(utf8(text))).toEqual({
        headers: ['name', 'club'],
        cells: [[`Konaté${delimiter} Ibrahima`, 'Liverpool']],
        reading: { encoding: 'UTF-8', delimiter: name, detected: true },
      });
    }
  });

  it('detects the encoding: UTF-8 with and without a byte-order mark, UTF-16 LE and BE, Windows-1252', () => {
    const text = 'name\tclub\r\nJürgen Klopp\tLiverpool\r\n';
    const expected = (encoding: string) => ({ headers: ['name', 'club'], cells: [['Jürgen Klopp', 'Liverpool']], reading: { encoding, delimiter: 'tab', detected: true } });
    expect(rowsOf(withBom(text))).toEqual(expected('UTF-8 with a byte-order mark'));
    expect(rowsOf(utf8(text))).toEqual(expected('UTF-8'));
    expect(rowsOf(utf16(text, 'le'))).toEqual(expected('UTF-16 LE (Excel’s “Unicode text”) with a byte-order mark'));
    expect(rowsOf(utf16(text, 'be'))).toEqual(expected('UTF-16 BE with a byte-order mark'));
    expect(rowsOf(utf16(text, 'le', false))).toEqual(expected('UTF-16 LE (Excel’s “Unicode text”)'));
    expect(rowsOf(windows1252(text))).toEqual(expected('Windows-1252 (Western)'));
  });

  it('reads the encoding and delimiter the user chooses, and says so', () => {
    const text = 'name;club\r\nJürgen Klopp;Liverpool\r\n';
    expect(rowsOf(windows1252(text), { encoding: 'windows-1252', delimiter: 'semicolon' }).reading).toEqual({ encoding: 'Windows-1252 (Western)', delimiter: 'semicolon', detected: false });
    expect(rowsOf(utf8(text), { delimiter: 'comma' }).headers).toEqual(['name;club']);
    const wrong = refusal(() => readSpreadsheet(windows1252(text), 'people.csv', { encoding: 'utf-8' }));
    expect(wrong.message).toBe('people.csv is not UTF-8 text: choose the encoding it was saved in (Windows-1252 is what most spreadsheets save as “CSV” on Windows)');
  });

  it('refuses garbled text with its line and the fix, before any row is read', () => {
    const header = refusal(() => readSpreadsheet(garbled(withBom('id,name\r\np1,Jürgen Klopp\r\n')), 'people.csv'));
    expect(header.message).toMatch(/^people\.csv, line 1: “ï»¿id” is UTF-8 text read as Windows-1252, so nothing was imported\. It was garbled before it reached here.*save it as “CSV UTF-8”, and import that file\.$/);
    const name = refusal(() => readSpreadsheet(utf8('id,name\r\np0,Mohamed Salah\r\np1,JÃ¼rgen Klopp\r\n'), 'people.csv'));
    expect(name.message).toContain('people.csv, line 3: “JÃ¼rgen” is UTF-8 text read as Windows-1252');
    const readWrongly = refusal(() => readSpreadsheet(utf8('id,name\r\np1,Jürgen Klopp\r\n'), 'people.csv', { encoding: 'windows-1252' }));
    expect(readWrongly.message).toContain('line 2: “JÃ¼rgen” is UTF-8 text read as Windows-1252, so nothing was imported. The file itself is UTF-8: choose the encoding UTF-8');
    // Real accents are not garbled text.
    expect(rowsOf(utf8('name\r\nCaoimhín Kelleher\r\nJan-Aage Fjørtoft\r\nNaby Keïta — “quoted”\r\n')).cells).toHaveLength(3);
  });

  it('refuses the LibreOffice round trip of a quotes export that would have added garbled duplicates', async () => {
    const archive = await openArchive(await tempArchiveFile());
    const exported = await exportCsv(archive.store.data, 'quotes');
    const roundTrip = garbled(utf8(exported.text));
    expect(refusal(() => readSpreadsheet(roundTrip, 'quotes.csv')).message).toContain('quotes.csv, line 1: “ï»¿id”');
    // The same file as exported imports as the quotes it holds, unchanged.
    const plan = planCsvImport(archive, readSpreadsheet(utf8(exported.text), 'quotes.csv'), { kind: 'quotes' });
    expect(plan.preview).toMatchObject({ created: 0, unchanged: 14 });
  });

  it('says what is wrong with a row in the words of someone who saved a spreadsheet', () => {
    const cells = refusal(() => readSpreadsheet(utf8('name,club\r\nKlopp,Liverpool\r\nKonaté, Ibrahima,Liverpool\r\n'), 'people.csv'));
    expect(cells.message).toBe(
      'people.csv: line 3 has 3 cells where the header has a different number: a cell with a comma in it must be in double quotes, or the file separates its cells with something else than a comma (choose the delimiter)',
    );
    expect(cells.message).not.toContain('Invalid Record Length');
    const quote = refusal(() => readSpreadsheet(utf8('name,club\r\nSalah,Liverpool\r\n"Klopp,Liverpool\r\nKeïta,Liverpool\r\n'), 'people.csv'));
    expect(quote.message).toBe('people.csv: line 3 opens a cell with a double quote that never closes: add the closing double quote');
    const inner = refusal(() => readSpreadsheet(utf8('name,club\r\n"Klopp "the normal one"",Liverpool\r\n'), 'people.csv'));
    expect(inner.message).toBe('people.csv: line 2 has a double quote inside a quoted cell: write it twice ("") or take it out');
  });
});
