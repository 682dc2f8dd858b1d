import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Archive } from '../archive';
import { ArchiveDocument } from '../../../shared/schemas/archive';
import { GitServer } from '../../../test/gitServer';
import { edit, EDITORS, filesOf, newDeskFile, newsroom, openDesk, TOKEN } from '../../../test/newsroom';
import { recordHistory } from '../history/historyQueries';
import { cloneSharedArchive } from './cloneSharedArchive';

/** How long the desks edit and sync; `SOAK_SECONDS=120` for the long run the README reports. */
const SECONDS = Number(process.env.SOAK_SECONDS ?? 20);
const server = new GitServer({ token: TOKEN });

beforeAll(() => server.start());
afterAll(() => server.dispose());

/** A small seeded random source, so a failing run can be replayed (the seed is printed). */
function randomSource(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
  return { next, pick: <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]! };
}

interface Acknowledged {
  desk: Archive;
  id: string;
  notes: string;
}

describe('three desks syncing in a loop', () => {
  it(`edit at random and sync concurrently for ${SECONDS} s, then hold the same valid archive with every acknowledged edit in the shared history`, async () => {
    const seed = Number(process.env.SOAK_SEED ?? Date.now() % 100_000);
    console.log(`soak seed ${seed} (SOAK_SEED=${seed} replays it)`);
    const random = randomSource(seed);
    const { ann, ben, url } = await newsroom(server);
    const catFile = await newDeskFile();
    await cloneSharedArchive(catFile, url, { credentials: async () => ({ token: TOKEN }) });
    const cat = await openDesk(catFile, EDITORS.cat);
    const desks = [ann, ben, cat];
    const names = new Map([[ann, 'ann'], [ben, 'ben'], [cat, 'cat']]);
    const quotes = ann.records.quotes.list().map((quote) => quote.id).slice(0, 12);
    const acknowledged: Acknowledged[] = [];
    let [rounds, syncs, edits] = [0, 0, 0];
    try {
      const deadline = Date.now() + SECONDS * 1000;
      while (Date.now() < deadline) {
        rounds++;
        await Promise.all(
          desks.map(async (desk) => {
            for (let n = Math.floor(random.next() * 3); n > 0; n--) {
              const id = random.pick(quotes);
              const notes = `${names.get(desk)} round ${rounds} edit ${++edits}`;
              const fields = random.next() < 0.3 ? { notes, status: random.pick(['verified', 'unverified', 'disputed'] as const) } : { notes };
              await edit(desk, 'quotes', id, fields);
              acknowledged.push({ desk, id, notes });
            }
            syncs++;
            const outcome = await desk.sharing!.sync();
            expect(outcome.state).not.toBe('offline');
          }),
        );
      }
      for (let pass = 0; pass < 2; pass++) for (const desk of desks) await desk.sharing!.sync();
      console.log(`soak: ${rounds} rounds, ${syncs} syncs, ${acknowledged.length} acknowledged edits, ${ann.store.data.meta.conflicts?.length ?? 0} conflicts pending`);

      const files = filesOf(ann);
      for (const desk of [ben, cat]) expect(filesOf(desk)).toEqual(files);
      for (const desk of desks) {
        expect(ArchiveDocument.safeParse(desk.store.data).success).toBe(true);
        expect((await desk.sharing!.sync()).state).toBe('up-to-date');
      }
      const { repository } = await ann.history!.read();
      const head = (await repository.head())!;
      for (const { desk, id, notes } of acknowledged) {
        const version = (await recordHistory(await desk.history!.read(), 'quotes', id)).find((candidate) => (candidate.record as { notes?: string } | null)?.notes === notes);
        expect(version, `${notes} on ${id} is in ${names.get(desk)}'s history`).toBeDefined();
        expect(version!.commit === head || (await repository.descendsFrom(head, version!.commit)), `${notes} reached the shared history`).toBe(true);
      }
    } finally {
      await Promise.all(desks.map((desk) => desk.history?.close()));
    }
  }, (SECONDS + 120) * 1000);
});
