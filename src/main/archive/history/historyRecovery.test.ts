import { execFileSync } from 'node:child_process';
import { readdir, readFile, rm, truncate, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ArchiveError } from '../../../shared/contract/errors';
import type { QuoteInput } from '../../../shared/schemas/quote';
import { tempArchiveFile } from '../../../test/tempArchive';
import { openArchive, type Archive } from '../archive';
import { importJson, readArchiveJson } from '../transfer/importJson';
import { recordHistory } from './historyQueries';
import { restoreVersion } from './restoreVersion';

const ada = { name: 'Ada Editor', email: 'ada@example.org' };
const git = (folder: string, ...args: string[]) => execFileSync('git', ['-C', folder, ...args], { encoding: 'utf8' });
const ID = 'quote-klopp-legacy';

async function opened(file: string): Promise<Archive> {
  const archive = await openArchive(file, { history: { author: () => ada } });
  await archive.history!.idle();
  return archive;
}

const valuesOf = (archive: Archive): QuoteInput => {
  const { id: _id, createdAt: _c, updatedAt: _u, ...values } = archive.records.quotes.get(ID);
  return values as QuoteInput;
};

describe('restore this version', () => {
  it('follows one record through edit, import, delete, restore from the trash and restore-this-version', async () => {
    const file = await tempArchiveFile();
    const archive = await opened(file);
    const original = archive.records.quotes.get(ID);
    await archive.records.quotes.update(ID, { ...valuesOf(archive), text: 'First correction.' });
    const incoming = JSON.parse(await readFile(file, 'utf8'));
    const copy = incoming.quotes.find((quote: { id: string }) => quote.id === ID);
    Object.assign(copy, { text: 'The colleague’s wording.', updatedAt: new Date(Date.now() + 60_000).toISOString() });
    await importJson(archive.store, readArchiveJson(JSON.stringify(incoming), 'colleague.json'));
    await archive.records.quotes.delete(ID);
    await archive.records.quotes.restore(ID);
    const source = await archive.history!.read();
    const first = (await recordHistory(source, 'quotes', ID)).at(-1)!;
    const restored = await restoreVersion(source, archive.store, archive.records, { kind: 'quotes', id: ID, commit: first.commit });
    expect(restored.text).toBe(original.text);
    expect(restored.updatedAt > original.updatedAt).toBe(true);

    const versions = await recordHistory(await archive.history!.read(), 'quotes', ID);
    expect(versions.map((version) => version.operation.kind)).toEqual(['restore-version', 'trash-restore', 'delete', 'import', 'edit', 'history-begins']);
    expect(versions.map((version) => version.change)).toEqual(['changed', 'added', 'deleted', 'changed', 'changed', 'added']);
    expect(versions[0]!.operation.summary).toMatch(/^Restore quote quote-klopp-legacy to its version of \d{4}-\d\d-\d\d \d\d:\d\d UTC$/);
    expect(versions[0]!.fields.find((field) => field.path === 'text')).toMatchObject({ before: 'The colleague’s wording.', after: original.text });
    expect(versions[2]!.record).toBeNull();
    expect(versions[3]!.operation.summary).toBe('Import archive “Klopp-era Liverpool, 2015-2024”: 1 quote');
    // Nothing rewritten: every earlier commit is still an ancestor of the branch.
    expect(Number(git(archive.history!.folder, 'rev-list', '--count', 'HEAD').trim())).toBe(6);
  });

  it('refuses a version whose references are gone, naming the field, and changes nothing', async () => {
    const archive = await opened(await tempArchiveFile());
    const person = await archive.records.people.create({ name: 'Quoted Once', role: 'fan' });
    await archive.records.quotes.update(ID, { ...valuesOf(archive), speakerId: person.id });
    const withPerson = (await recordHistory(await archive.history!.read(), 'quotes', ID))[0]!;
    await archive.records.quotes.update(ID, { ...valuesOf(archive), speakerId: 'jurgen-klopp' });
    await archive.records.people.delete(person.id);
    const before = await readFile(archive.store.file, 'utf8');
    const refusal = await restoreVersion(await archive.history!.read(), archive.store, archive.records, { kind: 'quotes', id: ID, commit: withPerson.commit }).catch((error: unknown) => error);
    expect(refusal).toBeInstanceOf(ArchiveError);
    expect((refusal as ArchiveError).issues[0]!.path).toBe('speakerId');
    expect(await readFile(archive.store.file, 'utf8')).toBe(before);
  });
});

describe('the archive is the truth: the history heals', () => {
  it('commits what a crash between the acknowledgement and the commit left out, as "Recovered changes"', async () => {
    const file = await tempArchiveFile();
    await (await opened(file)).history!.close();
    // Opened without its history, as a writer killed before its commit leaves it: acknowledged, not committed.
    const unrecorded = await openArchive(file);
    const values = valuesOf(unrecorded);
    await unrecorded.records.quotes.update(ID, { ...values, text: 'Acknowledged, never committed.' });
    const created = await unrecorded.records.people.create({ name: 'Lost Edit', role: 'fan' });

    const archive = await opened(file);
    const folder = archive.history!.folder;
    expect(git(folder, 'log', '-1', '--format=%s')).toBe('Recovered changes: 2 file(s) the history lacked\n');
    expect(git(folder, 'show', '--name-only', '--format=', 'HEAD').trim().split('\n')).toHaveLength(2);
    expect(JSON.parse(git(folder, 'show', `HEAD:${(await import('./layout')).recordPath('people', created.id)}`)).name).toBe('Lost Edit');
    const versions = await recordHistory(await archive.history!.read(), 'quotes', ID);
    expect(versions[0]).toMatchObject({ operation: { kind: 'recovered' }, record: { text: 'Acknowledged, never committed.' } });
    // Opening again finds nothing missing.
    await archive.history!.close();
    await (await opened(file)).history!.close();
    expect(Number(git(folder, 'rev-list', '--count', 'HEAD').trim())).toBe(2);
  });

  it('moves a repository with a truncated object aside, keeps it, and begins again with a notice', async () => {
    const file = await tempArchiveFile();
    const first = await opened(file);
    await first.records.quotes.update(ID, { ...valuesOf(first), notes: 'before the damage' });
    await first.history!.close();
    const folder = first.history!.folder;
    const tree = git(folder, 'rev-parse', 'HEAD^{tree}').trim();
    await truncate(join(folder, 'objects', tree.slice(0, 2), tree.slice(2)), 10);

    const archive = await opened(file);
    const status = archive.history!.status();
    const kept = (await readdir(dirname(file))).filter((name) => name.startsWith('klopp-era.history.damaged-'));
    expect(kept).toHaveLength(1);
    expect(status.notices).toHaveLength(1);
    expect(status.notices[0]).toContain('could not be read');
    expect(status.notices[0]).toContain(kept[0]);
    expect(git(folder, 'log', '--format=%s')).toMatch(/^History begins again: \d+ records \(the earlier history is kept in .*damaged-.*\)\n$/);
    expect(JSON.parse(git(folder, 'show', `HEAD:${(await import('./layout')).recordPath('quotes', ID)}`)).notes).toBe('before the damage');
    // What was kept is the damaged repository as it was, its commits still named.
    expect(git(join(dirname(file), kept[0]!), 'cat-file', '-p', 'HEAD')).toContain('\nEdit quote quote-klopp-legacy: notes\n');
    // And edits go on into the new history.
    await archive.records.quotes.update(ID, { ...valuesOf(archive), notes: 'after' });
    await archive.history!.idle();
    expect(git(folder, 'log', '-1', '--format=%s')).toBe('Edit quote quote-klopp-legacy: notes\n');
    expect(() => git(folder, 'fsck', '--strict', '--no-dangling')).not.toThrow();
  });

  it('begins again when the branch is missing, and when a damaged object is found while committing', async () => {
    const file = await tempArchiveFile();
    await (await opened(file)).history!.close();
    const folder = `${file.replace(/\.json$/, '')}.history`;
    await rm(join(folder, 'refs', 'heads', 'main'));
    const archive = await opened(file);
    expect(archive.history!.status().notices[0]).toMatch(/could not be read \(the branch has no commit\)/);

    // Damage found later, by a commit that must read the quotes' tree.
    const quotesTree = git(folder, 'rev-parse', 'HEAD:quotes').trim();
    await writeFile(join(folder, 'objects', quotesTree.slice(0, 2), quotesTree.slice(2)), 'not a git object');
    await archive.records.quotes.update(ID, { ...valuesOf(archive), notes: 'found the damage' });
    await archive.history!.idle();
    expect(archive.history!.status().notices).toHaveLength(2);
    expect(JSON.parse(git(folder, 'show', `HEAD:${(await import('./layout')).recordPath('quotes', ID)}`)).notes).toBe('found the damage');
    expect((await readdir(dirname(file))).filter((name) => name.includes('.damaged-'))).toHaveLength(2);
  });
});
