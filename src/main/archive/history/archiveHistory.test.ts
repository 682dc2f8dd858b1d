import { execFileSync } from 'node:child_process';
import { readdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { QuoteInput } from '../../../shared/schemas/quote';
import { tempArchiveFile } from '../../../test/tempArchive';
import { openArchive, type Archive } from '../archive';
import { importOpenfootball, readOpenfootball } from '../transfer/openfootball';
import { recordHistory, recentChanges } from './historyQueries';
import { recordPath } from './layout';

const ada = { name: 'Ada Editor', email: 'ada@example.org' };
const git = (folder: string, ...args: string[]) => execFileSync('git', ['-C', folder, ...args], { encoding: 'utf8' });

async function opened(file?: string): Promise<Archive> {
  const archive = await openArchive(file ?? (await tempArchiveFile()), { history: { author: () => ada } });
  await archive.history!.idle();
  return archive;
}

const quoteValues = (archive: Archive, id: string): QuoteInput => {
  const { id: _id, createdAt: _c, updatedAt: _u, ...values } = archive.records.quotes.get(id);
  return values as QuoteInput;
};

describe('the history of an archive, in git', () => {
  it('begins with one commit of every record, a real repository git reads and checks', async () => {
    const archive = await opened();
    const folder = archive.history!.folder;
    expect(folder).toBe(join(dirname(archive.store.file), 'klopp-era.history'));
    expect(git(folder, 'log', '--format=%an <%ae>|%s')).toMatch(/^Ada Editor <ada@example.org>\|History begins: \d+ records\n$/);
    const files = git(folder, 'ls-tree', '-r', '--name-only', 'HEAD').trim().split('\n');
    const records = ['people', 'sources', 'matches', 'quotes', 'trophies', 'milestones'].reduce((sum, kind) => sum + archive.store.list(kind as never).length, 0);
    expect(files).toHaveLength(records + 1);
    expect(files).toContain('archive.json');
    expect(files).toContain(recordPath('quotes', 'quote-klopp-legacy'));
    const shown = JSON.parse(git(folder, 'show', `HEAD:${recordPath('quotes', 'quote-klopp-legacy')}`));
    expect(shown).toEqual(archive.records.quotes.get('quote-klopp-legacy'));
    expect(() => git(folder, 'fsck', '--strict', '--no-dangling')).not.toThrow();
  });

  it('commits each edit after its acknowledgement: author, message naming the operation and record, only its file', async () => {
    const archive = await opened();
    const values = quoteValues(archive, 'quote-klopp-legacy');
    await archive.records.quotes.update('quote-klopp-legacy', { ...values, text: `${values.text}, truly` });
    await archive.history!.idle();
    const folder = archive.history!.folder;
    expect(git(folder, 'log', '-1', '--format=%an|%ae|%s')).toBe('Ada Editor|ada@example.org|Edit quote quote-klopp-legacy: text\n');
    expect(git(folder, 'show', '--name-only', '--format=', 'HEAD').trim()).toBe(recordPath('quotes', 'quote-klopp-legacy'));
    expect(git(folder, 'show', 'HEAD')).toContain(`+  "text": "${values.text}, truly",`);
  });

  it('names create, delete, restore from the trash and an import of openfootball, one commit each', async () => {
    const archive = await opened();
    const person = await archive.records.people.create({ name: 'Pepijn Lijnders', role: 'staff' });
    await archive.records.people.delete(person.id);
    await archive.records.people.restore(person.id);
    // A season before the era: the default archive holds every league match of the era already.
    const season = JSON.stringify({ name: 'English Premier League 2010/11', matches: [{ date: '2010-08-15', team1: 'Liverpool FC', team2: 'Arsenal FC', score: { ft: [1, 1] } }, { date: '2010-08-23', team1: 'Manchester City FC', team2: 'Liverpool FC', score: { ft: [3, 0] } }] });
    const imported = await importOpenfootball(archive, readOpenfootball(season, 'en.1.json'), { team: 'Liverpool' });
    await archive.history!.idle();
    const log = git(archive.history!.folder, 'log', '--format=%s').trim().split('\n');
    expect(log.slice(0, 4)).toEqual([
      `Import openfootball Premier League 2010-11: ${imported.preview.matches.length - imported.preview.skipped.length} matches`,
      `Restore person ${person.id} from the trash`,
      `Delete person ${person.id}`,
      `Create person ${person.id}`,
    ]);
    const deletion = git(archive.history!.folder, 'show', '--name-status', '--format=', 'HEAD~2').trim().split('\n').sort();
    expect(deletion).toEqual([`A\ttrash/people/${recordPath('people', person.id).slice('people/'.length)}`, `D\t${recordPath('people', person.id)}`]);
  });

  it('diffs a version against the one before: a quote’s words word by word, tags added', async () => {
    const archive = await opened();
    const id = 'quote-klopp-legacy';
    const values = quoteValues(archive, id);
    await archive.records.quotes.update(id, { ...values, text: 'I could not care less about my legacy.' });
    await archive.records.quotes.update(id, { ...quoteValues(archive, id), tags: ['legacy', 'farewell'] });
    const source = await archive.history!.read();
    const versions = await recordHistory(source, 'quotes', id);
    expect(versions.map((version) => version.operation.kind)).toEqual(['edit', 'edit', 'history-begins']);
    expect(versions[0]!.fields).toEqual([{ path: 'tags', change: 'added', after: 'farewell' }]);
    const text = versions[1]!.fields.find((field) => field.path === 'text')!;
    expect(text.change).toBe('changed');
    expect(text.words!.filter((word) => word.change === 'added').map((word) => word.text.trim())).toContain('could');
    expect(text.words!.filter((word) => word.change === 'removed').map((word) => word.text)).toContain('couldn’t');
    expect(versions[2]!.change).toBe('added');
    expect(versions.every((version) => version.author.email === ada.email)).toBe(true);
  });

  it('lists recent changes by kind, editor and day, deleted records among them', async () => {
    let who = ada;
    const archive = await openArchive(await tempArchiveFile(), { history: { author: () => who } });
    const person = await archive.records.people.create({ name: 'Vitor Matos', role: 'staff' });
    who = { name: 'Bob Subeditor', email: 'bob@example.org' };
    await archive.records.people.delete(person.id);
    const values = quoteValues(archive, 'quote-klopp-legacy');
    await archive.records.quotes.update('quote-klopp-legacy', { ...values, notes: 'checked' });
    const source = await archive.history!.read();
    const people = await recentChanges(source, { kind: 'people' });
    expect(people.entries.map((entry) => entry.operation.summary).slice(0, 2)).toEqual([`Delete person ${person.id}`, `Create person ${person.id}`]);
    expect(people.entries[0]!.records).toEqual([{ kind: 'people', id: person.id, label: 'Vitor Matos', change: 'deleted' }]);
    const bob = await recentChanges(source, { editor: 'BOB' });
    expect(bob.entries.map((entry) => entry.operation.kind)).toEqual(['edit', 'delete']);
    expect((await recentChanges(source, { editor: 'ada@' })).entries.map((entry) => entry.operation.kind)).toEqual(['create', 'history-begins']);
    const today = new Date().toISOString().slice(0, 10);
    expect((await recentChanges(source, { since: '2999-01-01' })).entries).toEqual([]);
    expect((await recentChanges(source, { until: today, limit: 2 })).more).toBe(true);
  });

  it('leaves no temporary objects and a repository git fsck finds whole after many edits', async () => {
    const archive = await opened();
    for (let n = 0; n < 20; n++) await archive.records.people.create({ name: `Scout ${n}`, role: 'staff' });
    await archive.history!.idle();
    const folder = archive.history!.folder;
    expect(Number(git(folder, 'rev-list', '--count', 'HEAD').trim())).toBe(21);
    expect((await readdir(join(folder, 'objects'))).filter((name) => name.startsWith('tmp_obj_'))).toEqual([]);
    expect(() => git(folder, 'fsck', '--strict', '--no-dangling')).not.toThrow();
  });
});
