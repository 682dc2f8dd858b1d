import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { ArchiveError } from '../../shared/contract/errors';
import { tempArchiveFile } from '../../test/tempArchive';
import { openArchive } from './archive';

describe('a bulk edit is one commit', () => {
  it('adds a tag to many records in one write, and names the change for the history', async () => {
    const file = await tempArchiveFile();
    const archive = await openArchive(file);
    const targets = archive.store.list('quotes').map(({ id, updatedAt }) => ({ id, expectedUpdatedAt: updatedAt }));
    const writes: Array<{ records: number; summary?: string }> = [];
    archive.store.onChange((changes, context) => writes.push({ records: changes.length, summary: context.operation?.summary }));
    const { before, after } = await archive.records.quotes.editMany(targets, { action: 'addTag', tag: 'checked' });
    expect(writes).toEqual([{ records: targets.length, summary: `Add tag “checked” to ${targets.length} quotes` }]);
    expect(before.map((quote) => quote.id)).toEqual(targets.map((target) => target.id));
    expect(after.every((quote) => quote.tags.includes('checked'))).toBe(true);
    const reopened = await openArchive(file);
    expect(reopened.store.list('quotes').filter((quote) => quote.tags.includes('checked'))).toHaveLength(targets.length);
  });

  it('sets a status, removes a tag and adds a source', async () => {
    const archive = await openArchive(await tempArchiveFile());
    const ids = archive.store.list('quotes').slice(0, 3).map(({ id }) => ({ id }));
    await archive.records.quotes.editMany(ids, { action: 'setStatus', status: 'disputed' });
    await archive.records.quotes.editMany(ids, { action: 'addSource', sourceId: 'source-league-cup-qf-report-2021' });
    const tagged = archive.store.list('quotes')[0]!;
    await archive.records.quotes.editMany(ids, { action: 'removeTag', tag: tagged.tags[0] ?? 'none' });
    for (const { id } of ids) {
      const quote = archive.records.quotes.get(id);
      expect(quote.status).toBe('disputed');
      expect(quote.sourceIds).toContain('source-league-cup-qf-report-2021');
    }
    expect(archive.records.quotes.get(tagged.id).tags).not.toContain(tagged.tags[0]);
  });

  it('is all or nothing: one record that refuses leaves every record and the file as they were', async () => {
    const file = await tempArchiveFile();
    const archive = await openArchive(file);
    const bytes = await readFile(file);
    const quotes = archive.store.list('quotes');
    const targets = [...quotes.slice(0, 4).map(({ id }) => ({ id })), { id: 'quote-nowhere' }];
    await expect(archive.records.quotes.editMany(targets, { action: 'addTag', tag: 'checked' })).rejects.toThrow('There is no quote with the id "quote-nowhere"');
    const error = await archive.records.people.editMany([{ id: 'jurgen-klopp' }], { action: 'setStatus', status: 'verified' }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ArchiveError);
    expect((error as ArchiveError).issues).toEqual([{ path: 'edit.status', message: 'is for quotes only' }]);
    const source = await archive.records.quotes.editMany([{ id: quotes[0]!.id }], { action: 'addSource', sourceId: 'source-nowhere' }).catch((caught: unknown) => caught);
    expect((source as ArchiveError).issues).toEqual([{ path: `${quotes[0]!.id}.sourceIds.${quotes[0]!.sourceIds.length}`, message: 'refers to source "source-nowhere", which is not in the archive' }]);
    expect(archive.store.list('quotes')).toEqual(quotes);
    expect(await readFile(file)).toEqual(bytes);
  });

  it('replaces many records’ values in one write, refusing a stale copy by its id', async () => {
    const archive = await openArchive(await tempArchiveFile());
    const [first, second] = archive.store.list('people');
    const { id: _a, createdAt: _b, updatedAt: _c, ...firstValues } = first!;
    const { id: _d, createdAt: _e, updatedAt: _f, ...secondValues } = second!;
    const stale = archive.records.people.updateMany([
      { id: first!.id, values: { ...firstValues, notes: 'one' }, expectedUpdatedAt: first!.updatedAt },
      { id: second!.id, values: { ...secondValues, notes: 'two' }, expectedUpdatedAt: '2000-01-01T00:00:00.000Z' },
    ]);
    await expect(stale).rejects.toThrow(new RegExp(`^person ${second!.id}: This person was changed elsewhere`));
    expect(archive.records.people.get(first!.id).notes).toBe(first!.notes);
    const done = await archive.records.people.updateMany([
      { id: first!.id, values: { ...firstValues, notes: 'one' } },
      { id: second!.id, values: { ...secondValues, notes: 'two' } },
    ]);
    expect(done.map((person) => person.notes)).toEqual(['one', 'two']);
  });
});
