import { copyFile, mkdir, rm } from 'node:fs/promises';
import { dirname } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ArchiveError } from '../../shared/contract/errors';
import { tempArchiveFile, DEFAULT_ARCHIVE_FILE } from '../../test/tempArchive';
import { openArchive, type Archive } from './archive';
import type { RecordChange } from './store';

const QUOTE = 'quote-klopp-exact-percentage';

/** Takes the archive's folder away under the open archive: the next write fails for real. */
async function breakTheDisk(file: string): Promise<() => Promise<void>> {
  await rm(dirname(file), { recursive: true, force: true });
  return async () => {
    await mkdir(dirname(file), { recursive: true });
    await copyFile(DEFAULT_ARCHIVE_FILE, file);
  };
}

function snapshot(archive: Archive) {
  return JSON.stringify(archive.store.data);
}

async function failure(promise: Promise<unknown>): Promise<ArchiveError> {
  const error = await promise.then(
    () => undefined,
    (reason: unknown) => reason,
  );
  expect(error).toBeInstanceOf(ArchiveError);
  expect((error as ArchiveError).code).toBe('internal');
  return error as ArchiveError;
}

describe('a write that fails puts memory back as it was', () => {
  it('an edit, a create and a delete that cannot be saved leave records, trash, indexes and settings as before', async () => {
    const file = await tempArchiveFile();
    const archive = await openArchive(file);
    const told: RecordChange[][] = [];
    archive.store.onChange((changes) => told.push([...changes]));
    const before = snapshot(archive);
    const quote = archive.records.quotes.get(QUOTE);
    const { id: _id, createdAt: _createdAt, updatedAt: _updatedAt, ...values } = quote;
    // Built before the failures, so the test sees that they put the index back too.
    const referrersOfKlopp = () => archive.store.referrersOf('people', 'jurgen-klopp').map(({ kind, id }) => `${kind}/${id}`).sort();
    const referrers = referrersOfKlopp();
    expect(referrers).toContain(`quotes/${QUOTE}`);
    const repair = await breakTheDisk(file);

    expect((await failure(archive.records.quotes.update(QUOTE, { ...values, text: 'Never saved' }))).message).toContain('Could not save the archive');
    await failure(archive.records.quotes.create({ ...values, text: 'Never created' }, 'quote-never-created'));
    await failure(archive.records.quotes.delete(QUOTE));

    expect(snapshot(archive)).toBe(before);
    expect(archive.records.quotes.get(QUOTE)).toEqual(quote);
    expect(archive.store.idStatus('quotes', 'quote-never-created')).toBe('free');
    expect(archive.store.idStatus('quotes', QUOTE)).toBe('live');
    expect(archive.store.trash()).toEqual([]);
    expect(referrersOfKlopp()).toEqual(referrers);
    expect(told).toEqual([]);

    // The disk is back: the next edit saves that edit alone, not what failed before it.
    await repair();
    await archive.records.quotes.update(QUOTE, { ...values, notes: 'Saved' });
    const reopened = await openArchive(file);
    expect(reopened.records.quotes.get(QUOTE)).toMatchObject({ text: quote.text, notes: 'Saved' });
    expect(reopened.store.idStatus('quotes', 'quote-never-created')).toBe('free');
    expect(told).toHaveLength(1);
  });

  it('a purge of the trash that cannot be saved keeps the trash', async () => {
    const file = await tempArchiveFile();
    const archive = await openArchive(file);
    await archive.records.quotes.delete(QUOTE);
    const before = snapshot(archive);
    await breakTheDisk(file);
    await failure(archive.store.purgeTrash(() => true));
    expect(snapshot(archive)).toBe(before);
    expect(archive.store.idStatus('quotes', QUOTE)).toBe('in-trash');
  });
});
