import { readFile, writeFile } from 'node:fs/promises';
import { describe, expect, it, vi } from 'vitest';
import { ArchiveError } from '../../shared/contract/errors';
import type { QuoteInput } from '../../shared/schemas/quote';
import { tempArchiveFile } from '../../test/tempArchive';
import { openArchive } from './archive';

const quoteValues = (overrides: Partial<QuoteInput> = {}): QuoteInput => ({
  text: 'We go again.',
  speakerId: 'jurgen-klopp',
  date: '2022-01-02',
  setting: { kind: 'press conference' },
  sourceIds: ['source-public-record'],
  ...overrides,
});

async function refusal(promise: Promise<unknown>): Promise<ArchiveError> {
  const error = await promise.then(
    () => undefined,
    (reason: unknown) => reason,
  );
  expect(error).toBeInstanceOf(ArchiveError);
  return error as ArchiveError;
}

describe('records on a real archive file', () => {
  it('creates a quote, acknowledges it only once it is in the file, and reads it back after reopening', async () => {
    const file = await tempArchiveFile();
    const archive = await openArchive(file);
    const created = await archive.records.quotes.create(quoteValues());
    expect(created.id).toMatch(/^quote-[a-z0-9]{8}$/);
    const onDisk = JSON.parse(await readFile(file, 'utf8'));
    expect(onDisk.quotes.find((quote: { id: string }) => quote.id === created.id)).toEqual(created);
    const reopened = await openArchive(file);
    expect(reopened.records.quotes.get(created.id)).toEqual(created);
  });

  it('refuses bad input naming the field and the rule, and leaves the file byte-identical', async () => {
    const file = await tempArchiveFile();
    const before = await readFile(file);
    const archive = await openArchive(file);
    const error = await refusal(archive.records.quotes.create(quoteValues({ date: '2021-13-45', text: '   ' })));
    expect(error.code).toBe('invalid-input');
    expect(error.issues).toEqual([
      { path: 'text', message: 'must not be empty' },
      { path: 'date', message: 'must be a date written YYYY-MM-DD' },
    ]);
    expect(error.message).toContain('date: must be a date written YYYY-MM-DD');
    expect(await readFile(file)).toEqual(before);
  });

  it('refuses a reference to a record that does not exist', async () => {
    const file = await tempArchiveFile();
    const before = await readFile(file);
    const archive = await openArchive(file);
    const error = await refusal(archive.records.quotes.create(quoteValues({ speakerId: 'nobody', matchId: 'match-none' })));
    expect(error.issues).toEqual([
      { path: 'speakerId', message: 'refers to person "nobody", which is not in the archive' },
      { path: 'matchId', message: 'refers to match "match-none", which is not in the archive' },
    ]);
    expect(await readFile(file)).toEqual(before);
  });

  it('refuses a match whose goals do not add up and writes nothing', async () => {
    const file = await tempArchiveFile();
    const before = await readFile(file);
    const archive = await openArchive(file);
    const wolves = archive.records.matches.get('match-2024-05-19-wolverhampton-wanderers');
    const { id, createdAt: _createdAt, updatedAt: _updatedAt, ...values } = wolves;
    const error = await refusal(archive.records.matches.update(id, { ...values, goals: [{ minute: 20, team: 'liverpool' }] }));
    expect(error.issues).toEqual([{ path: 'goals', message: "Liverpool's goals in normal time add up to 1 but the full-time score says 2" }]);
    expect(await readFile(file)).toEqual(before);
  });

  it('updates a record, keeping createdAt and moving updatedAt forward', async () => {
    const archive = await openArchive(await tempArchiveFile());
    const quote = archive.records.quotes.get('quote-klopp-legacy');
    const { id, createdAt, updatedAt, ...values } = quote;
    const updated = await archive.records.quotes.update(id, { ...values, status: 'verified' }, updatedAt);
    expect(updated).toMatchObject({ id, createdAt, status: 'verified' });
    expect(updated.updatedAt > updatedAt).toBe(true);
  });

  it('refuses an update made on a stale copy', async () => {
    const archive = await openArchive(await tempArchiveFile());
    const { id, createdAt: _c, updatedAt: _u, ...values } = archive.records.quotes.get('quote-klopp-legacy');
    await archive.records.quotes.update(id, { ...values, tags: ['one'] });
    const error = await refusal(archive.records.quotes.update(id, { ...values, tags: ['two'] }, '2000-01-01T00:00:00.000Z'));
    expect(error.code).toBe('conflict');
  });

  it('refuses to delete a record others refer to, listing them', async () => {
    const file = await tempArchiveFile();
    const before = await readFile(file);
    const archive = await openArchive(file);
    const error = await refusal(archive.records.people.delete('joe-gomez'));
    expect(error.code).toBe('has-dependents');
    expect(error.dependents.map((dependent) => dependent.id).sort()).toEqual([
      'quote-gomez-every-competition',
      'quote-gomez-finishing-line',
      'quote-gomez-give-our-all',
      'quote-gomez-go-again',
    ]);
    expect(await readFile(file)).toEqual(before);
  });

  it('deletes a record nothing refers to', async () => {
    const archive = await openArchive(await tempArchiveFile());
    const { deleted } = await archive.records.quotes.delete('quote-gomez-go-again');
    expect(deleted.text).toBe('That’s the target and we will go again.');
    expect(() => archive.records.quotes.get('quote-gomez-go-again')).toThrow(/no quote with the id/);
  });

  it('refuses to create a record under an id already taken', async () => {
    const archive = await openArchive(await tempArchiveFile());
    const error = await refusal(archive.records.quotes.create(quoteValues(), 'quote-klopp-legacy'));
    expect(error.code).toBe('conflict');
  });

  it('acknowledges a saved edit even when a change listener fails', async () => {
    const archive = await openArchive(await tempArchiveFile());
    archive.store.onChange(() => {
      throw new Error('listener broke');
    });
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const created = await archive.records.quotes.create(quoteValues());
    expect(archive.records.quotes.get(created.id)).toEqual(created);
    expect(logged).toHaveBeenCalledOnce();
    logged.mockRestore();
  });

  it('runs concurrent edits one at a time and keeps them all', async () => {
    const file = await tempArchiveFile();
    const archive = await openArchive(file);
    const created = await Promise.all(Array.from({ length: 20 }, (_, i) => archive.records.quotes.create(quoteValues({ text: `Edit ${i}` }))));
    const onDisk = JSON.parse(await readFile(file, 'utf8')) as { quotes: Array<{ id: string }> };
    for (const quote of created) expect(onDisk.quotes.some((stored) => stored.id === quote.id)).toBe(true);
  });
});

describe('opening an archive file', () => {
  it('refuses an invalid file, naming it and its first problems, and never rewrites it', async () => {
    const file = await tempArchiveFile();
    const json = JSON.parse(await readFile(file, 'utf8'));
    json.quotes[0].speakerId = 'nobody';
    json.matches[0].date = 'yesterday';
    await writeFile(file, JSON.stringify(json));
    const before = await readFile(file);
    const error = await refusal(openArchive(file));
    expect(error.code).toBe('invalid-archive');
    expect(error.message).toContain(file);
    expect(error.message).toContain('matches.0.date: must be a date written YYYY-MM-DD');
    expect(error.message).toContain('quotes.0.speakerId: refers to person "nobody", which is not in the archive');
    expect(await readFile(file)).toEqual(before);
  });

  it('refuses a file that is not JSON', async () => {
    const file = await tempArchiveFile();
    await writeFile(file, '{"schemaVersion": 1,');
    const error = await refusal(openArchive(file));
    expect(error.message).toMatch(/is not valid JSON/);
  });
});

describe('the trash', () => {
  it('keeps a deleted record and restores it under its own id', async () => {
    const file = await tempArchiveFile();
    const archive = await openArchive(file);
    const { deleted } = await archive.records.quotes.delete('quote-gomez-go-again');
    expect(archive.store.trash()).toEqual([{ kind: 'quotes', deletedAt: expect.any(String), record: deleted }]);
    const reopened = await openArchive(file);
    expect(reopened.store.trash()).toHaveLength(1);
    const restored = await reopened.records.quotes.restore('quote-gomez-go-again');
    expect(restored).toEqual(deleted);
    expect(reopened.store.trash()).toEqual([]);
    expect(reopened.records.quotes.get('quote-gomez-go-again')).toEqual(deleted);
  });

  it('refuses to reuse the id of a trashed record, and to restore one whose references are gone', async () => {
    const archive = await openArchive(await tempArchiveFile());
    await archive.records.quotes.delete('quote-nick-knight-push-on');
    await archive.records.people.delete('nick-knight');
    expect((await refusal(archive.records.quotes.create(quoteValues(), 'quote-nick-knight-push-on'))).code).toBe('conflict');
    const error = await refusal(archive.records.quotes.restore('quote-nick-knight-push-on'));
    expect(error.issues).toEqual([{ path: 'speakerId', message: 'refers to person "nick-knight", which is not in the archive' }]);
    await archive.records.people.restore('nick-knight');
    await archive.records.quotes.restore('quote-nick-knight-push-on');
    expect(archive.store.trash()).toEqual([]);
  });

  it('purges entries for good', async () => {
    const archive = await openArchive(await tempArchiveFile());
    await archive.records.quotes.delete('quote-gomez-go-again');
    expect(await archive.store.purgeTrash(() => true)).toBe(1);
    expect((await refusal(archive.records.quotes.restore('quote-gomez-go-again'))).code).toBe('not-found');
  });
});
