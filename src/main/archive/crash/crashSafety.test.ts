import { readFile, readdir, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundledScript } from '../../../test/bundledScript';
import { startChild } from '../../../test/childProcess';
import { tempArchiveFile } from '../../../test/tempArchive';
import { openArchive } from '../archive';
import { parseArchiveText } from '../archiveFile';

/** How many times the writer is killed; CRASH_KILLS=2000 for the long run. */
const KILLS = Number(process.env['CRASH_KILLS'] ?? 200);
/** Independent archives killed side by side, to get through the kills sooner. */
const LANES = 2;

let editLoop: string;
beforeAll(async () => {
  editLoop = await bundledScript(join(import.meta.dirname, 'editLoop.ts'));
});
afterAll(() => rm(dirname(editLoop), { recursive: true, force: true }));

const temporaries = async (file: string) => (await readdir(dirname(file))).filter((name) => name.startsWith(`.${basename(file)}.`) && name.endsWith('.tmp'));
const randomDelay = () => 5 + Math.floor(Math.random() * 76);

interface Tally {
  acknowledged: number;
  killsWithEditsInFlight: number;
  maxTemporaries: number;
}

/** Kills one writer after another on one archive; after each kill checks the file. */
async function lane(kills: number, tally: Tally): Promise<void> {
  const file = await tempArchiveFile();
  const created = new Set<string>();
  let counter = 0;
  for (let run = 1; run <= kills; run++) {
    const child = startChild(editLoop, [file, String(run)]);
    await child.waitForLine((line) => line === 'ready', 20_000);
    await new Promise((resolve) => setTimeout(resolve, randomDelay()));
    child.process.kill('SIGKILL');
    await child.exited;
    expect(child.process.signalCode, `run ${run} was killed, not finished`).toBe('SIGKILL');

    for (const line of child.lines) {
      const [what, value] = line.split(' ');
      if (what === 'create') created.add(value!);
      if (what === 'counter') counter = Number(value);
      if (what === 'create' || what === 'counter') tally.acknowledged++;
    }
    tally.killsWithEditsInFlight++;

    // The file must open as it is, and hold every acknowledged edit.
    const document = parseArchiveText(await readFile(file, 'utf8'), file);
    const people = new Map(document.people.map((person) => [person.id, person]));
    const missing = [...created].filter((id) => !people.has(id));
    expect(missing, `run ${run}: acknowledged edits missing after the kill`).toEqual([]);
    expect(Number(people.get('crash-counter')?.notes), `run ${run}: the counter went back`).toBeGreaterThanOrEqual(counter);
    tally.maxTemporaries = Math.max(tally.maxTemporaries, (await temporaries(file)).length);
  }
  // Opening cleans up what a killed writer left between writing and renaming.
  await openArchive(file);
  expect(await temporaries(file)).toEqual([]);
}

describe('crash safety', () => {
  it(
    `every acknowledged edit survives SIGKILL at random moments (${KILLS} kills)`,
    async () => {
      const tally: Tally = { acknowledged: 0, killsWithEditsInFlight: 0, maxTemporaries: 0 };
      const perLane = Math.ceil(KILLS / LANES);
      const started = performance.now();
      await Promise.all(Array.from({ length: LANES }, () => lane(perLane, tally)));
      console.info(
        `crash safety: ${tally.killsWithEditsInFlight} kills, ${tally.acknowledged} acknowledged edits all present after their kill, ` +
          `at most ${tally.maxTemporaries} leftover temporary file(s), ${((performance.now() - started) / 1000).toFixed(1)} s`,
      );
      expect(tally.killsWithEditsInFlight).toBeGreaterThanOrEqual(KILLS);
      // The kills must land while edits are being made, or the test proves nothing.
      expect(tally.acknowledged).toBeGreaterThan(KILLS);
    },
    KILLS * 2_000,
  );
});
