import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Archive } from '../archive';
import { GitServer } from '../../../test/gitServer';
import { edit, EDITORS, filesOf, newsroom as openNewsroom, TOKEN } from '../../../test/newsroom';
import { importCsv } from '../transfer/importCsv';
import { readCsv } from '../transfer/csv/readCsv';
import { recordHistory } from '../history/historyQueries';

const QUOTE = 'quote-klopp-legacy';
const server = new GitServer({ token: TOKEN });
const open: Archive[] = [];

beforeAll(() => server.start());
afterAll(() => server.dispose());
afterEach(async () => {
  await Promise.all(open.splice(0).map((archive) => archive.history?.close()));
});

/** Ann publishes her archive to a new remote; Ben clones it onto his laptop. */
async function newsroom(): Promise<{ ann: Archive; ben: Archive; url: string }> {
  const desks = await openNewsroom(server);
  open.push(desks.ann, desks.ben);
  return desks;
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

describe('offline', () => {
  it('says calmly that it is offline, keeps every edit, and sends them once the remote is back', async () => {
    const { ann, ben } = await newsroom();
    await server.stop();
    try {
      await edit(ann, 'quotes', QUOTE, { notes: 'Written on the train, no signal.' });
      const offline = await ann.sharing!.sync();
      expect(offline).toMatchObject({ state: 'offline', wentOut: [] });
      expect(offline.message).toMatch(/^Offline: .*Nothing is lost/);
      expect(ann.records.quotes.get(QUOTE).notes).toBe('Written on the train, no signal.');
      expect(await ann.sharing!.status()).toMatchObject({ unsentChanges: 1, lastOutcome: { state: 'offline' } });
    } finally {
      await server.start();
    }
    expect((await ann.sharing!.sync()).wentOut.map((change) => change.summary)).toEqual([`Edit quote ${QUOTE}: notes`]);
    expect((await ann.sharing!.status()).unsentChanges).toBe(0);
    await ben.sharing!.sync();
    expect(ben.records.quotes.get(QUOTE).notes).toBe('Written on the train, no signal.');
  });

  it('never sends the token anywhere but the request: not the archive, the history or its settings', async () => {
    const { ann } = await newsroom();
    await edit(ann, 'quotes', QUOTE, { status: 'verified' });
    await ann.sharing!.sync();
    const folder = ann.history!.folder;
    const { stdout } = await promisify(execFile)('grep', ['-r', '-l', '-a', TOKEN, folder, ann.store.file]).catch((error: { stdout: string; code: number }) => {
      if (error.code === 1) return { stdout: '' };
      throw error;
    });
    expect(stdout).toBe('');
    expect(server.authorizations.some((header) => Buffer.from(header.replace('Basic ', ''), 'base64').toString().endsWith(`:${TOKEN}`))).toBe(true);
  });
});
