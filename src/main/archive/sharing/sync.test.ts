import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Archive } from '../archive';
import { GitServer } from '../../../test/gitServer';
import { edit, EDITORS, filesOf, newDesk, newDeskFile, openDesk, TOKEN } from '../../../test/newsroom';
import { cloneSharedArchive } from './cloneSharedArchive';
import { importCsv } from '../transfer/importCsv';
import { readCsv } from '../transfer/csv/readCsv';
import { recordHistory } from '../history/historyQueries';

const QUOTE = 'quote-klopp-legacy';
const server = new GitServer({ token: TOKEN });
const open: Archive[] = [];
let repositories = 0;

beforeAll(() => server.start());
afterAll(() => server.dispose());
afterEach(async () => {
  await Promise.all(open.splice(0).map((archive) => archive.history?.close()));
});

/** Ann publishes her archive to a new remote; Ben clones it onto his laptop. */
async function newsroom(): Promise<{ ann: Archive; ben: Archive; url: string }> {
  const url = server.createRepository(`newsroom-${++repositories}`);
  const ann = await newDesk(EDITORS.ann);
  open.push(ann);
  await ann.sharing!.publish(url);
  const benFile = await newDeskFile();
  await cloneSharedArchive(benFile, url, { credentials: async () => ({ token: TOKEN }) });
  const ben = await openDesk(benFile, EDITORS.ben);
  open.push(ben);
  return { ann, ben, url };
}

describe('sharing an archive through a real git remote', () => {
  it('publishes to an empty remote and clones the same archive on another laptop', async () => {
    const { ann, ben } = await newsroom();
    expect(filesOf(ben)).toEqual(filesOf(ann));
    expect((await ben.sharing!.status()).url).toBe((await ann.sharing!.status()).url);
    expect(server.authorizations.filter(Boolean).length).toBeGreaterThan(0);
  });

  it('merges edits to different fields of one quote, both ways', async () => {
    const { ann, ben } = await newsroom();
    await edit(ann, 'quotes', QUOTE, { text: 'I could not care less about my legacy.' });
    await edit(ben, 'quotes', QUOTE, { status: 'verified' });
    expect((await ann.sharing!.sync()).state).toBe('synced');
    const benSync = await ben.sharing!.sync();
    expect(benSync).toMatchObject({ state: 'synced', newConflicts: [] });
    expect(benSync.cameIn.map((change) => change.author.name)).toContain('Ann Editor');
    await ann.sharing!.sync();
    for (const desk of [ann, ben]) {
      expect(desk.records.quotes.get(QUOTE)).toMatchObject({ text: 'I could not care less about my legacy.', status: 'verified' });
    }
    expect(filesOf(ann)).toEqual(filesOf(ben));
    expect((await ann.sharing!.sync()).state).toBe('up-to-date');
    expect((await ben.sharing!.sync()).state).toBe('up-to-date');
  });
});

describe('conflicts between two laptops', () => {
  it('keeps both versions of a field both changed, badges it on both sides, and shares the resolution', async () => {
    const { ann, ben } = await newsroom();
    await edit(ann, 'quotes', QUOTE, { text: 'Ann’s reading of the tape.' });
    await edit(ben, 'quotes', QUOTE, { text: 'Ben’s reading of the tape.' });
    await ann.sharing!.sync();
    const benSync = await ben.sharing!.sync();
    expect(benSync.newConflicts).toEqual([{ kind: 'quotes', id: QUOTE }]);
    expect(ben.records.quotes.get(QUOTE).text).toBe('Ben’s reading of the tape.');
    const [conflict] = ben.store.data.meta.conflicts!;
    expect(conflict).toMatchObject({ reason: 'both-edited', fields: ['text'], yours: { author: EDITORS.ben, record: { text: 'Ben’s reading of the tape.' } }, theirs: { author: EDITORS.ann, record: { text: 'Ann’s reading of the tape.' } } });
    await ann.sharing!.sync();
    expect(ann.store.data.meta.conflicts?.map((pending) => pending.id)).toEqual([QUOTE]);

    const { id: _id, createdAt: _c, updatedAt: _u, ...theirs } = conflict!.theirs.record as Record<string, unknown>;
    await ben.sharing!.resolve('quotes', QUOTE, { keep: 'record', values: theirs as never });
    expect((await ben.sharing!.status()).pendingConflicts).toBe(0);
    await ben.sharing!.sync();
    await ann.sharing!.sync();
    for (const desk of [ann, ben]) {
      expect(desk.records.quotes.get(QUOTE).text).toBe('Ann’s reading of the tape.');
      expect(desk.store.data.meta.conflicts).toBeUndefined();
    }
    expect(filesOf(ann)).toEqual(filesOf(ben));
    // The version not chosen is still in the history.
    const texts = (await recordHistory(await ben.history!.read(), 'quotes', QUOTE)).map((version) => (version.record as { text?: string } | null)?.text);
    expect(texts).toContain('Ben’s reading of the tape.');
  });

  it('makes a delete against an edit a conflict that keeps the edited record', async () => {
    const { ann, ben } = await newsroom();
    await ann.records.quotes.delete(QUOTE);
    await edit(ben, 'quotes', QUOTE, { notes: 'Checked against the broadcast.' });
    await ann.sharing!.sync();
    const benSync = await ben.sharing!.sync();
    expect(benSync.newConflicts).toEqual([{ kind: 'quotes', id: QUOTE }]);
    await ann.sharing!.sync();
    for (const desk of [ann, ben]) {
      expect(desk.records.quotes.get(QUOTE).notes).toBe('Checked against the broadcast.');
      expect(desk.store.data.meta.conflicts).toEqual([expect.objectContaining({ id: QUOTE, reason: 'deleted-and-edited' })]);
    }
    expect(filesOf(ann)).toEqual(filesOf(ben));
  });

  it('merges an import on one side with edits on the other', async () => {
    const { ann, ben } = await newsroom();
    const csv = ['speaker,text,date,sourceIds', 'Jurgen Klopp,"We go again.",2024-03-01,source-public-record', 'Virgil van Dijk,"Proud of the lads.",2024-03-02,source-public-record'].join('\r\n');
    await importCsv(ann, readCsv(csv, 'quotes.csv'), { kind: 'quotes' });
    await edit(ben, 'quotes', QUOTE, { status: 'verified' });
    await edit(ben, 'people', 'joe-gomez', { club: 'Liverpool FC' });
    await ben.sharing!.sync();
    await ann.sharing!.sync();
    await ben.sharing!.sync();
    for (const desk of [ann, ben]) {
      expect(desk.records.quotes.list().filter((quote) => quote.text === 'We go again.' || quote.text === 'Proud of the lads.')).toHaveLength(2);
      expect(desk.records.quotes.get(QUOTE).status).toBe('verified');
      expect(desk.records.people.get('joe-gomez').club).toBe('Liverpool FC');
    }
    expect(filesOf(ann)).toEqual(filesOf(ben));
  });
});
