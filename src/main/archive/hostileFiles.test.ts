import { createWriteStream } from 'node:fs';
import { readdir, readFile, truncate, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { once } from 'node:events';
import { describe, expect, it } from 'vitest';
import { ArchiveError } from '../../shared/contract/errors';
import { tempArchiveFile, tempFolder } from '../../test/tempArchive';
import { openArchive } from './archive';
import { readBoundedText } from './boundedText';
import { MAX_ARCHIVE_BYTES, MAX_IMPORT_BYTES } from './limits';

/** Opening must fail with invalid-archive, and leave the folder exactly as it was. */
async function refusedUntouched(file: string): Promise<ArchiveError> {
  const bytes = await readFile(file);
  const names = await readdir(dirname(file));
  const error = await openArchive(file).then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(ArchiveError);
  expect((error as ArchiveError).code).toBe('invalid-archive');
  expect((error as ArchiveError).message).toContain(file);
  expect((await readFile(file)).equals(bytes)).toBe(true);
  expect(await readdir(dirname(file))).toEqual(names);
  return error as ArchiveError;
}

async function editedArchive(edit: (text: string) => string): Promise<string> {
  const file = await tempArchiveFile();
  await writeFile(file, edit(await readFile(file, 'utf8')));
  return file;
}

describe('hostile archive files are refused with a clear error, and nothing is written', () => {
  it('a __proto__ key, at the top or in a record, is refused by name and pollutes nothing', async () => {
    const top = await editedArchive((text) => text.replace('{', '{"__proto__": {"polluted": true},'));
    expect((await refusedUntouched(top)).message).toMatch(/__proto__/);
    const inRecord = await editedArchive((text) => text.replace('"people": [\n    {', '"people": [\n    {"__proto__": {"isAdmin": true},'));
    expect((await refusedUntouched(inRecord)).message).toMatch(/people\.0.*__proto__/);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    expect(({} as Record<string, unknown>)['isAdmin']).toBeUndefined();
  });

  it('a constructor key in a record is refused by name', async () => {
    const file = await editedArchive((text) => text.replace('"quotes": [\n    {', '"quotes": [\n    {"constructor": {"prototype": {"x": 1}},'));
    expect((await refusedUntouched(file)).message).toMatch(/quotes\.0.*constructor/);
  });

  it('a huge string (40 MB of notes) is refused on the field and its rule', async () => {
    const file = await editedArchive((text) => text.replace('"notes": "', `"notes": "${'x'.repeat(40_000_000)}`));
    expect((await refusedUntouched(file)).message).toMatch(/notes: must be at most 20000 characters/);
  });

  it('deep nesting (a million brackets) is refused as not an archive, without crashing', async () => {
    const file = join(await tempFolder(), 'klopp-era.json');
    await writeFile(file, `{"schemaVersion": 2, "meta": ${'['.repeat(1_000_000)}${']'.repeat(1_000_000)}}`);
    expect((await refusedUntouched(file)).message).toMatch(/not (valid|valid JSON)/);
  });

  it('invalid UTF-8 is refused, saying where, instead of being silently replaced', async () => {
    const file = await tempArchiveFile();
    const bytes = await readFile(file);
    const at = bytes.indexOf('Anfield');
    bytes[at] = 0xc3; // starts a two-byte sequence the next byte ("n") does not continue
    await writeFile(file, bytes);
    expect((await refusedUntouched(file)).message).toBe(`The archive file ${file} is not valid UTF-8 text (decoding fails at byte ${at + 1})`);
  });

  it('a file over the size limit is refused before it is read', async () => {
    const file = join(await tempFolder(), 'klopp-era.json');
    await writeFile(file, '');
    await truncate(file, MAX_ARCHIVE_BYTES + 1); // sparse: costs no disk
    expect((await refusedUntouched(file)).message).toBe(`The archive file ${file} is too large: 256.0 MB, above the limit of 256.0 MB`);
  });
});

describe('files picked for import are bounded at the read (readBoundedText)', () => {
  it('a million-row CSV over the import limit is refused before it is read', async () => {
    const file = join(await tempFolder(), 'quotes.csv');
    const out = createWriteStream(file);
    out.write('id,text,speakerId,date,sourceIds\r\n');
    const row = (i: number) => `quote-${i},"We go again, number ${i}",jurgen-klopp,2019-05-07,source-public-record\r\n`;
    for (let chunk = 0; chunk < 1000; chunk++) {
      const lines: string[] = [];
      for (let i = chunk * 1000; i < (chunk + 1) * 1000; i++) lines.push(row(i));
      if (!out.write(lines.join(''))) await once(out, 'drain');
    }
    out.end();
    await once(out, 'finish');
    const error = await readBoundedText(file, { maxBytes: MAX_IMPORT_BYTES, what: 'import file', code: 'invalid-input' }).catch((caught: unknown) => caught);
    expect(error).toMatchObject({ code: 'invalid-input', message: expect.stringMatching(/^The import file .*quotes\.csv is too large: \d+\.\d MB, above the limit of 64\.0 MB$/) });
  });

  it('a CSV with invalid UTF-8 is refused; a good one (with its byte-order mark) reads as text', async () => {
    const folder = await tempFolder();
    const bad = join(folder, 'bad.csv');
    await writeFile(bad, Buffer.concat([Buffer.from('name\r\nJ'), Buffer.from([0xfc]), Buffer.from('rgen\r\n')]));
    await expect(readBoundedText(bad, { maxBytes: MAX_IMPORT_BYTES, what: 'import file', code: 'invalid-input' })).rejects.toMatchObject({
      code: 'invalid-input',
      message: `The import file ${bad} is not valid UTF-8 text (decoding fails at byte 7)`,
    });
    const good = join(folder, 'good.csv');
    await writeFile(good, '\uFEFFname\r\nJürgen\r\n');
    expect(await readBoundedText(good, { maxBytes: MAX_IMPORT_BYTES, what: 'import file', code: 'invalid-input' })).toBe('name\r\nJürgen\r\n');
    expect(await readBoundedText(join(folder, 'missing.csv'), { maxBytes: 10, what: 'import file', code: 'invalid-input' })).toBeNull();
  });
});

describe('hostile record input never reaches the file', () => {
  it('__proto__ and constructor keys in an edit are refused as unknown fields', async () => {
    const file = await tempArchiveFile();
    const before = await readFile(file);
    const archive = await openArchive(file);
    const values = JSON.parse('{"name": "Mallory", "role": "fan", "__proto__": {"polluted": true}, "constructor": {"prototype": {"polluted": true}}}');
    await expect(archive.records.people.create(values)).rejects.toMatchObject({ code: 'invalid-input', message: expect.stringMatching(/__proto__/) });
    expect((await readFile(file)).equals(before)).toBe(true);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });
});
