/**
 * A child process for the lock tests: takes the archive's lock, says so on stdout, and
 * holds it until killed. `holding <pid>` or `refused <code> <message>`.
 */
import { writeSync } from 'node:fs';
import { acquireArchiveLock } from '../../main/archive/lockFile';
import { ArchiveError } from '../../shared/contract/errors';

const file = process.argv[2]!;
try {
  await acquireArchiveLock(file, 'lock-test-child');
  writeSync(1, `holding ${process.pid}\n`);
  setInterval(() => undefined, 60_000);
} catch (error) {
  writeSync(1, `refused ${error instanceof ArchiveError ? error.code : 'error'} ${(error as Error).message}\n`);
  process.exit(0);
}
