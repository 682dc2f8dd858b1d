import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ArchiveError } from '../../shared/contract/errors';
import type { RecordOf } from '../../shared/schemas/kinds';
import type { TrashEntry } from '../../shared/schemas/trash';
import { tempArchiveFile } from '../../test/tempArchive';
import { openArchive, type Archive } from './archive';
import type { Changes } from './store';
import { importOpenfootball, readOpenfootball } from './transfer/openfootball';
import { importJson } from './transfer/importJson';
import { importCsv } from './transfer/importCsv';
import { readCsv } from './transfer/csv/readCsv';
import { exportCsv } from './transfer/exportCsv';

const FIXTURES = join(import.meta.dirname, 'transfer', 'fixtures');
const season = async () => readOpenfootball(await readFile(join(FIXTURES, 'en.1.2019-20.json'), 'utf8'), 'en.1.2019-20.json');

/** Commits `changes` straight to the store, as any caller inside the domain could, and answers the refusal. */
async function refusedCommit(archive: Archive, changes: Changes): Promise<ArchiveError> {
  const error = await archive.store.commit(() => ({ changes, result: undefined })).then(
    () => undefined,
    (reason: unknown) => reason,
  );
  expect(error).toBeInstanceOf(ArchiveError);
  return error as ArchiveError;
}

async function opened(file: string): Promise<{ archive: Archive; bytes: Buffer }> {
  return { archive: await openArchive(file), bytes: await readFile(file) };
}

const quote = (archive: Archive, id = 'quote-klopp-exact-percentage') => archive.records.quotes.get(id);

describe('every write is one validated commit', () => {
  it('refuses a record whose id is in the trash, naming the rule and the record; file and memory unchanged', async () => {
    const file = await tempArchiveFile();
    const { archive } = await opened(file);
    const deleted = (await archive.records.quotes.delete('quote-klopp-responsibility')).deleted;
    const bytes = await readFile(file);
    const error = await refusedCommit(archive, { records: [{ kind: 'quotes', after: deleted }] });
    expect(error.issues).toEqual([{ path: 'quotes.quote-klopp-responsibility.id', message: '"quote-klopp-responsibility" is both in the archive and in the trash' }]);
    expect(error.message).toContain("would break the archive's rules");
    expect(await readFile(file)).toEqual(bytes);
    expect(archive.store.has('quotes', 'quote-klopp-responsibility')).toBe(false);
    expect(archive.store.idStatus('quotes', 'quote-klopp-responsibility')).toBe('in-trash');
  });

  it('refuses a second record under a live id', async () => {
    const file = await tempArchiveFile();
    const { archive, bytes } = await opened(file);
    const copy = { ...quote(archive), text: 'A copy' };
    const error = await refusedCommit(archive, { records: [{ kind: 'quotes', after: copy }] });
    expect(error.issues).toEqual([{ path: 'quotes.quote-klopp-exact-percentage.id', message: 'two quotes share the id "quote-klopp-exact-percentage"' }]);
    expect(archive.store.list('quotes').filter((candidate) => candidate.id === copy.id)).toHaveLength(1);
    expect(await readFile(file)).toEqual(bytes);
  });

  it('refuses a reference to no record, and a record its schema refuses', async () => {
    const file = await tempArchiveFile();
    const { archive, bytes } = await opened(file);
    const before = quote(archive);
    const dangling = await refusedCommit(archive, { records: [{ kind: 'quotes', before, after: { ...before, speakerId: 'nobody' } }] });
    expect(dangling.issues).toEqual([{ path: 'quotes.quote-klopp-exact-percentage.speakerId', message: 'refers to person "nobody", which is not in the archive' }]);
    const invalid = await refusedCommit(archive, { records: [{ kind: 'quotes', before, after: { ...before, date: '2021-02-30' } }] });
    expect(invalid.issues.map((issue) => issue.path)).toEqual(['quotes.quote-klopp-exact-percentage.date']);
    expect(quote(archive)).toEqual(before);
    expect(await readFile(file)).toEqual(bytes);
  });

  it('refuses taking away a record others still point at, naming each of them', async () => {
    const file = await tempArchiveFile();
    const { archive, bytes } = await opened(file);
    const source = archive.records.sources.get('source-klopp-viaplay-interview-2021');
    const error = await refusedCommit(archive, { records: [{ kind: 'sources', before: source }] });
    expect(error.issues).toContainEqual({ path: 'quotes.quote-klopp-exact-percentage.sourceIds.0', message: 'refers to source "source-klopp-viaplay-interview-2021", which is not in the archive' });
    expect(archive.store.has('sources', source.id)).toBe(true);
    expect(await readFile(file)).toEqual(bytes);
  });

  it('accepts a change that takes away a record and, in the same commit, the references to it', async () => {
    const file = await tempArchiveFile();
    const archive = await openArchive(file);
    // A source no claim names: its referrers hold it in their sources alone.
    const source = archive.records.sources.get('source-last-dance-league-cup-final-2024');
    const referrers = archive.store.referrersOf('sources', source.id);
    expect(referrers.length).toBeGreaterThan(0);
    const records: Changes['records'] = referrers.map(({ kind, id }) => {
      const before = archive.store.find(kind, id) as RecordOf<'quotes'>;
      const sourceIds = before.sourceIds.map((sourceId) => (sourceId === source.id ? 'source-public-record' : sourceId));
      return { kind, before, after: { ...before, sourceIds: [...new Set(sourceIds)] } };
    });
    await archive.store.commit(() => ({ changes: { records: [...records, { kind: 'sources', before: source }] }, result: undefined }));
    expect(archive.store.referrersOf('sources', source.id)).toEqual([]);
    await expect(openArchive(file)).resolves.toBeDefined();
  });

  it('refuses putting into the trash an id already there', async () => {
    const file = await tempArchiveFile();
    const { archive } = await opened(file);
    const { deleted } = await archive.records.quotes.delete('quote-klopp-responsibility');
    const bytes = await readFile(file);
    const entry = { kind: 'quotes', deletedAt: new Date().toISOString(), record: deleted } as TrashEntry;
    const error = await refusedCommit(archive, { records: [], trash: [{ put: entry }] });
    expect(error.issues).toEqual([{ path: 'trash.quotes.quote-klopp-responsibility', message: 'the trash holds two quotes with the id "quote-klopp-responsibility"' }]);
    expect(archive.store.trash()).toHaveLength(1);
    expect(await readFile(file)).toEqual(bytes);
  });

  it('refuses archive settings that break their schema', async () => {
    const file = await tempArchiveFile();
    const { archive, bytes } = await opened(file);
    const error = await refusedCommit(archive, { records: [], meta: { title: '' } });
    expect(error.issues).toEqual([{ path: 'meta.title', message: 'must not be empty' }]);
    expect(await readFile(file)).toEqual(bytes);
  });
});

describe('one id rule for records and every importer', () => {
  it('kept case: import an openfootball season, delete a match, import again: the archive still opens', async () => {
    const file = await tempArchiveFile();
    const archive = await openArchive(file);
    await importOpenfootball(archive, await season(), { team: 'Liverpool' });
    await archive.records.matches.delete('match-2019-08-09-norwich-city');
    const again = await importOpenfootball(archive, await season(), { team: 'Liverpool' });
    expect(again.written).toBe(false);
    expect(again.preview.inTrash).toEqual(['match-2019-08-09-norwich-city']);
    expect(again.preview.skipped.find((skip) => skip.date === '2019-08-09')?.reason).toMatch(/^in the trash: left there and skipped/);
    const reopened = await openArchive(file);
    expect(reopened.store.has('matches', 'match-2019-08-09-norwich-city')).toBe(false);
    expect(reopened.store.idStatus('matches', 'match-2019-08-09-norwich-city')).toBe('in-trash');
  });

  it('an openfootball import told to restore brings the deleted match back from the trash, updated from the file', async () => {
    const file = await tempArchiveFile();
    const archive = await openArchive(file);
    await importOpenfootball(archive, await season(), { team: 'Liverpool' });
    const { deleted } = await archive.records.matches.delete('match-2019-08-09-norwich-city');
    await archive.records.matches.create({ ...(({ id: _id, createdAt: _c, updatedAt: _u, ...values }) => values)(deleted), date: '2019-08-10' }, 'match-2019-08-10-norwich-city');
    const again = await importOpenfootball(archive, await season(), { team: 'Liverpool', inTrash: 'restore' });
    expect(again.written).toBe(true);
    expect(again.preview.matches.map((match) => match.id)).toEqual(['match-2019-08-09-norwich-city']);
    expect(archive.store.trash()).toEqual([]);
    const reopened = await openArchive(file);
    expect(reopened.records.matches.get('match-2019-08-09-norwich-city')).toMatchObject({ fullTime: { liverpool: 4, opponent: 1 }, createdAt: deleted.createdAt });
  });

  it('a JSON import names records held by the trash, skips them, or restores and updates them', async () => {
    const file = await tempArchiveFile();
    const archive = await openArchive(file);
    const incoming = structuredClone(archive.store.data) as typeof archive.store.data;
    await archive.records.quotes.delete('quote-klopp-responsibility');
    const skipped = await importJson(archive.store, incoming);
    expect(skipped.preview.counts.quotes['in-trash']).toBe(1);
    expect(skipped.preview.records).toContainEqual(expect.objectContaining({ id: 'quote-klopp-responsibility', category: 'in-trash' }));
    expect(archive.store.idStatus('quotes', 'quote-klopp-responsibility')).toBe('in-trash');
    const restored = await importJson(archive.store, incoming, { inTrash: 'restore' });
    expect(restored.created).toBe(1);
    expect(archive.store.idStatus('quotes', 'quote-klopp-responsibility')).toBe('live');
    await expect(openArchive(file)).resolves.toBeDefined();
  });

  it('a CSV import says which rows are in the trash and skips them unless told to restore them', async () => {
    const file = await tempArchiveFile();
    const archive = await openArchive(file);
    const csv = readCsv((await exportCsv(archive.store.data, 'quotes')).text, 'quotes.csv');
    await archive.records.quotes.delete('quote-klopp-responsibility');
    const skipped = await importCsv(archive, csv, { kind: 'quotes', dryRun: true });
    expect(skipped.preview.inTrash).toEqual(['quote-klopp-responsibility']);
    expect(skipped.preview.created).toBe(0);
    const restored = await importCsv(archive, csv, { kind: 'quotes', inTrash: 'restore' });
    expect(restored.preview.inTrash).toEqual(['quote-klopp-responsibility']);
    expect(archive.store.idStatus('quotes', 'quote-klopp-responsibility')).toBe('live');
    await expect(openArchive(file)).resolves.toBeDefined();
  });
});
