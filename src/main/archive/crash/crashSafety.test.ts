import { execFileSync } from 'node:child_process';
import { readFile, readdir, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundledScript } from '../../../test/bundledScript';
import { startChild } from '../../../test/childProcess';
import { tempArchiveFile } from '../../../test/tempArchive';
import { openArchive } from '../archive';
import { parseArchiveText } from '../archiveFile';
import { historyFolderOf, recordPath } from '../history/layout';

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
  /** Kills after which the history lacked acknowledged edits, recovered by the next open. */
  recoveries: number;
}

const git = (folder: string, ...args: string[]) => execFileSync('git', ['-C', folder, ...args], { encoding: 'utf8' });

/** Opens the archive as the next start would; its history must then hold every acknowledged edit. */
async function historyHoldsEveryEdit(file: string, created: ReadonlySet<string>, counter: number, run: number): Promise<boolean> {
  const folder = historyFolderOf(file);
  const files = () => new Set(git(folder, 'ls-tree', '-r', '--name-only', 'HEAD').trim().split('\n'));
  // A writer killed before its first commit leaves a history without a branch yet.
  let held = new Set<string>();
  try {
    held = files();
  } catch {
    // Nothing committed yet: everything acknowledged is for the next open to recover.
  }
  const lacked = [...created].some((id) => !held.has(recordPath('people', id)));
  const archive = await openArchive(file, { history: { author: () => ({ name: 'Next start', email: 'next@example.org' }) } });
  await archive.history!.close();
  expect(archive.history!.status().notices, `run ${run}: the history needed no repair`).toEqual([]);
  const now = files();
  expect([...created].filter((id) => !now.has(recordPath('people', id))), `run ${run}: acknowledged edits missing from the history`).toEqual([]);
  const counterFile = JSON.parse(git(folder, 'show', `HEAD:${recordPath('people', 'crash-counter')}`)) as { notes: string };
  expect(Number(counterFile.notes), `run ${run}: the history's counter went back`).toBeGreaterThanOrEqual(counter);
  return lacked;
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
    if (await historyHoldsEveryEdit(file, created, counter, run)) tally.recoveries++;
  }
  // Native git finds the repository whole after every kill and recovery.
  expect(() => git(historyFolderOf(file), 'fsck', '--strict', '--no-dangling')).not.toThrow();
  // Opening cleans up what a killed writer left between writing and renaming.
  await openArchive(file);
  expect(await temporaries(file)).toEqual([]);
}

describe('crash safety', () => {
  it(
    `every acknowledged edit survives SIGKILL at random moments (${KILLS} kills)`,
    async () => {
      const tally: Tally = { acknowledged: 0, killsWithEditsInFlight: 0, maxTemporaries: 0, recoveries: 0 };
      const perLane = Math.ceil(KILLS / LANES);
      const started = performance.now();
      await Promise.all(Array.from({ length: LANES }, () => lane(perLane, tally)));
      console.info(
        `crash safety: ${tally.killsWithEditsInFlight} kills, ${tally.acknowledged} acknowledged edits all present after their kill, ` +
          `at most ${tally.maxTemporaries} leftover temporary file(s), ${tally.recoveries} kill(s) left the history behind, recovered on the next open, ` +
          `${((performance.now() - started) / 1000).toFixed(1)} s`,
      );
      expect(tally.killsWithEditsInFlight).toBeGreaterThanOrEqual(KILLS);
      // The kills must land while edits are being made, or the test proves nothing.
      expect(tally.acknowledged).toBeGreaterThan(KILLS);
      // And some must land between an acknowledgement and its commit, or recovery is not tested.
      expect(tally.recoveries).toBeGreaterThan(0);
    },
    KILLS * 2_000,
  );
});
