import { SCHEMA_VERSION } from '../../../shared/schemas/archive';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RECORD_KINDS } from '../../../shared/schemas/common';
import { ArchiveError } from '../../../shared/contract/errors';
import { serialize } from '../durableJsonFile';
import { openArchive } from '../archive';
import { emptyArchive } from '../emptyArchive';
import { tempArchiveFile, tempFolder } from '../../../test/tempArchive';
import { exportArchiveJson } from './exportJson';
import { importJson, previewJsonImport, readArchiveJson } from './importJson';

async function emptyArchiveFile(): Promise<string> {
  const file = join(await tempFolder(), 'empty.json');
  await writeFile(file, serialize(emptyArchive()));
  return file;
}

describe('JSON export and import', () => {
  it('export then import into an empty archive gives back the same archive', async () => {
    const source = await openArchive(await tempArchiveFile());
    const exported = exportArchiveJson(source.store.data);
    const targetFile = await emptyArchiveFile();
    const target = await openArchive(targetFile);
    const result = await importJson(target.store, readArchiveJson(exported, 'export.json'));
    expect(result.written).toBe(true);
    const reopened = await openArchive(targetFile);
    for (const kind of RECORD_KINDS) expect(reopened.store.list(kind)).toEqual(source.store.list(kind));
    // And exported again, the records read the same, byte for byte.
    const again = JSON.parse(exportArchiveJson(reopened.store.data)) as Record<string, unknown>;
    const first = JSON.parse(exported) as Record<string, unknown>;
    for (const kind of RECORD_KINDS) expect(JSON.stringify(again[kind])).toBe(JSON.stringify(first[kind]));
  });

  it('writes schemaVersion first and keys in the schema order, whatever order they came in', async () => {
    const archive = await openArchive(await tempArchiveFile());
    const shuffled = { ...archive.store.data, quotes: archive.store.data.quotes.map((quote) => Object.fromEntries(Object.entries(quote).reverse())) };
    const text = exportArchiveJson(shuffled as typeof archive.store.data);
    expect(text).toBe(exportArchiveJson(archive.store.data));
    expect(text.startsWith(`{\n  "schemaVersion": ${SCHEMA_VERSION},\n  "meta"`)).toBe(true);
  });

  it('previews new, changed, identical and conflicting records', async () => {
    const archive = await openArchive(await tempArchiveFile());
    const incoming = structuredClone(archive.store.data) as ReturnType<typeof readArchiveJson>;
    const [first, second, third] = incoming.people;
    first!.club = 'Borussia Dortmund';
    first!.updatedAt = '2030-01-01T00:00:00.000Z';
    second!.club = 'Mainz 05';
    second!.updatedAt = '2000-01-01T00:00:00.000Z';
    incoming.people.push({ ...third!, id: 'new-person', name: 'New Person' });
    const preview = previewJsonImport(archive.store, incoming);
    expect(preview.counts.people).toEqual({ new: 1, changed: 1, identical: incoming.people.length - 3, conflicting: 1, 'in-trash': 0 });
    expect(preview.records.filter((record) => record.category !== 'identical')).toEqual(
      expect.arrayContaining([
        { kind: 'people', id: first!.id, label: first!.name, category: 'changed' },
        { kind: 'people', id: second!.id, label: second!.name, category: 'conflicting' },
        { kind: 'people', id: 'new-person', label: 'New Person', category: 'new' },
      ]),
    );

    const kept = await importJson(archive.store, incoming, { conflicts: 'keep' });
    expect([kept.created, kept.replaced]).toEqual([1, 1]);
    expect(archive.store.find('people', second!.id)?.club).not.toBe('Mainz 05');
    await importJson(archive.store, incoming, { conflicts: 'replace' });
    expect(archive.store.find('people', second!.id)?.club).toBe('Mainz 05');
  });

  it('writes nothing when one record would break the archive (all or nothing)', async () => {
    const file = await tempArchiveFile();
    const before = await readFile(file);
    const archive = await openArchive(file);
    const incoming = structuredClone(archive.store.data) as ReturnType<typeof readArchiveJson>;
    incoming.people.push({ ...incoming.people[0]!, id: 'fine-new-person' });
    // Valid on its own, but the conflicting copy we keep is not what breaks: a new quote
    // pointing at a match that only the other archive has.
    incoming.quotes.push({ ...incoming.quotes[0]!, id: 'quote-new', matchId: 'match-1999-01-01-nowhere' });
    incoming.matches.push({ ...incoming.matches[0]!, id: 'match-1999-01-01-nowhere' });
    incoming.matches.pop();
    const error = await importJson(archive.store, incoming).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ArchiveError);
    expect((error as ArchiveError).message).toContain('quotes.quote-new.matchId: refers to match "match-1999-01-01-nowhere"');
    expect(await readFile(file)).toEqual(before);
    expect(archive.store.has('people', 'fine-new-person')).toBe(false);
  });

  it('refuses an invalid file whole, naming the field', () => {
    const text = JSON.stringify({ ...emptyArchive(), quotes: [{ id: 'Bad Id' }] });
    expect(() => readArchiveJson(text, 'bad.json')).toThrow(/bad\.json is not valid: quotes\.0\.id: must be lowercase/);
  });

  it('stops before writing when cancelled', async () => {
    const file = await emptyArchiveFile();
    const before = await readFile(file);
    const target = await openArchive(file);
    const incoming = readArchiveJson(await readFile(join(import.meta.dirname, '../../../../data/klopp-era.json'), 'utf8'), 'default');
    const abort = new AbortController();
    const phases: string[] = [];
    const error = await importJson(target.store, incoming, {}, {
      signal: abort.signal,
      onProgress: (progress) => {
        phases.push(progress.phase);
        if (progress.phase === 'Checking references') abort.abort();
      },
    }).catch((caught: unknown) => caught);
    expect((error as ArchiveError).code).toBe('cancelled');
    expect(phases).toContain('Comparing records');
    expect(await readFile(file)).toEqual(before);
  });
});
