/**
 * The crash test's victim: opens an archive through the domain and edits it as fast as it
 * can until killed. After each edit is acknowledged (the domain's promise resolved, so it is
 * on disk) it writes one line to stdout, synchronously, before starting the next:
 *   create <id>      a new person was saved
 *   counter <value>  the counter person's notes were set to <value> (increasing)
 * It keeps the archive's git history as the app does, so kills also land between an
 * acknowledgement and its commit, and in the middle of writing a commit's objects.
 * Usage: node editLoop.mjs <archive file> <run number>
 */
import { writeSync } from 'node:fs';
import { openArchive } from '../archive';

export const COUNTER_ID = 'crash-counter';

const [file, runText] = process.argv.slice(2);
const run = Number(runText);
const archive = await openArchive(file!, { history: { author: () => ({ name: `Crash run ${run}`, email: 'crash@example.org' }) } });
if (!archive.store.has('people', COUNTER_ID)) {
  await archive.records.people.create({ name: 'Crash counter', role: 'fan', notes: '0' }, COUNTER_ID);
}
writeSync(1, 'ready\n');
for (let n = 1; ; n++) {
  if (n % 3 === 0) {
    // Increases across runs: run 7's values are all above run 6's.
    const value = String(run * 1_000_000 + n);
    await archive.records.people.update(COUNTER_ID, { name: 'Crash counter', role: 'fan', notes: value });
    writeSync(1, `counter ${value}\n`);
  } else {
    const id = `crash-${run}-${n}`;
    await archive.records.people.create({ name: `Edit ${run}.${n}`, role: 'journalist', notes: 'x'.repeat(n % 50) }, id);
    writeSync(1, `create ${id}\n`);
  }
}
