import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Archive } from '../archive';
import { GitServer } from '../../../test/gitServer';
import { edit, EDITORS, filesOf, newDesk, newDeskFile, openDesk, TOKEN } from '../../../test/newsroom';
import { cloneSharedArchive } from './cloneSharedArchive';

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
