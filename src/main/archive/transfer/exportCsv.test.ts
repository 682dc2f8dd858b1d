import { parse } from 'csv-parse/sync';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { CSV_KINDS } from '../../../shared/contract/transfer';
import { openArchive } from '../archive';
import { tempArchiveFile, tempFolder } from '../../../test/tempArchive';
import { exportCsv } from './exportCsv';
import { exportCsvFolder } from './exportFolder';
import { Manifest } from './manifest';
import { neutraliseCell, toCsvText } from './csv/csvText';

const read = (text: string) => parse(text, { bom: true }) as string[][];

describe('CSV export', () => {
  it('gives back every field exactly through a real CSV parser: commas, quotes, line breaks, accents, emoji', () => {
    const awkward = ['plain', 'a, b', 'say "hi"', 'two\r\nlines', 'one\nline', 'Jürgen Klopp, Konaté', '⚽🔴 YNWA 👏🏽', '', ' spaced ', '"'];
    const text = toCsvText(['value', 'n'], awkward.map((value, i) => [value, i]));
    expect(read(text)).toEqual([['value', 'n'], ...awkward.map((value, i) => [value, String(i)])]);
  });

  it('writes CRLF rows and a UTF-8 byte-order mark, or none when asked', () => {
    const text = toCsvText(['a'], [['x'], ['y']]);
    expect(text).toBe('\uFEFFa\r\nx\r\ny\r\n');
    expect(toCsvText(['a'], [['x']], { bom: false })).toBe('a\r\nx\r\n');
  });

  it('neutralises text cells a spreadsheet would run as formulas, and leaves numbers alone', () => {
    const cases: Array<[string | number, string | number]> = [
      ['=HYPERLINK("http://evil","x")', `'=HYPERLINK("http://evil","x")`],
      ['+44 151 263 2361', `'+44 151 263 2361`],
      ['-2 goals', `'-2 goals`],
      ['@SUM(A1)', `'@SUM(A1)`],
      ['\tcmd', `'\tcmd`],
      ['\rcmd', `'\rcmd`],
      ['Klopp = genius', 'Klopp = genius'],
      [-3, -3],
      [0, 0],
    ];
    for (const [cell, expected] of cases) expect(neutraliseCell(cell)).toBe(expected);
    const text = toCsvText(['t', 'n'], [['=1+1', -1]]);
    expect(read(text)[1]).toEqual(["'=1+1", '-1']);
  });

  it('exports each kind with one row per record (goals: one per goal, with the match)', async () => {
    const archive = await openArchive(await tempArchiveFile());
    const data = archive.store.data;
    const quotes = read((await exportCsv(data, 'quotes')).text);
    expect(quotes[0]?.slice(0, 5)).toEqual(['id', 'date', 'speakerId', 'speaker', 'text']);
    expect(quotes.length - 1).toBe(data.quotes.length);
    const legacy = quotes.find((row) => row[0] === 'quote-klopp-legacy');
    expect(legacy?.[3]).toBe('Jürgen Klopp');
    expect(legacy?.[4]).toBe(data.quotes.find((quote) => quote.id === 'quote-klopp-legacy')?.text);

    const goals = read((await exportCsv(data, 'goals')).text);
    expect(goals.length - 1).toBe(data.matches.reduce((sum, match) => sum + match.goals.length, 0));
    expect(goals.find((row) => row[0] === 'match-2021-12-22-leicester-city')?.slice(1, 3)).toEqual(['2021-12-22', 'Leicester City']);
    const matches = read((await exportCsv(data, 'matches')).text);
    const header = matches[0]!;
    const leicester = matches.find((row) => row[0] === 'match-2021-12-22-leicester-city')!;
    expect(leicester[header.indexOf('fullTimeLiverpool')]).toBe('3');
    expect(leicester[header.indexOf('shootoutLiverpool')]).toBe('5');
  });

  it('exports only the records a list shows, in its order', async () => {
    const archive = await openArchive(await tempArchiveFile());
    const csv = await exportCsv(archive.store.data, 'quotes', { ids: ['quote-klopp-legacy', 'quote-klopp-exact-percentage', 'no-such-quote'] });
    expect(read(csv.text).map((row) => row[0])).toEqual(['id', 'quote-klopp-legacy', 'quote-klopp-exact-percentage']);
    expect(csv.rows).toBe(2);
  });

  it('writes every kind into a folder with a manifest of row counts and SHA-256', async () => {
    const archive = await openArchive(await tempArchiveFile());
    const folder = join(await tempFolder(), 'export');
    const manifest = await exportCsvFolder(archive.store.data, folder);
    expect(Manifest.parse(JSON.parse(await readFile(join(folder, 'manifest.json'), 'utf8')))).toEqual(manifest);
    expect(manifest.files.map((file) => file.file)).toEqual(CSV_KINDS.map((kind) => `${kind}.csv`));
    for (const entry of manifest.files) {
      const bytes = await readFile(join(folder, entry.file));
      expect(createHash('sha256').update(bytes).digest('hex')).toBe(entry.sha256);
      expect(read(bytes.toString('utf8')).length - 1).toBe(entry.rows);
    }
  });
});
