import { access, readFile, rm, utimes, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ArchiveError } from '../../shared/contract/errors';
import { bundledScript } from '../../test/bundledScript';
import { startChild, type Child } from '../../test/childProcess';
import { tempArchiveFile } from '../../test/tempArchive';
import { acquireArchiveLock, lockFileOf } from './lockFile';

let holdLock: string;
const children: Child[] = [];
beforeAll(async () => {
  holdLock = await bundledScript(join(import.meta.dirname, '../../test/children/holdLock.ts'));
});
afterAll(() => rm(dirname(holdLock), { recursive: true, force: true }));
afterEach(async () => {
  for (const child of children.splice(0)) {
    child.process.kill('SIGKILL');
    await child.exited;
  }
});

function start(file: string): Child {
  const child = startChild(holdLock, [file]);
  children.push(child);
  return child;
}

const gone = (file: string) => access(file).then(() => false, () => true);

describe('the archive lock (one writer: the app or the command-line tool)', () => {
  it('refuses a second process while a live one holds it, naming the holder, and recovers the lock once the holder is killed', async () => {
    const file = await tempArchiveFile();
    const holder = start(file);
    const pid = Number((await holder.waitForLine((line) => line.startsWith('holding'))).split(' ')[1]);
    expect(pid).toBe(holder.process.pid);

    const second = start(file);
    const refusal = await second.waitForLine((line) => line.startsWith('refused'));
    expect(refusal).toContain('refused locked');
    expect(refusal).toContain(`process ${pid}`);
    await expect(acquireArchiveLock(file)).rejects.toMatchObject({ code: 'locked', message: expect.stringContaining(`process ${pid}`) });

    holder.process.kill('SIGKILL');
    await holder.exited;
    // The holder died without releasing: its lock is stale and taken over by the next writer.
    const lock = await acquireArchiveLock(file, 'test');
    const content = JSON.parse(await readFile(lockFileOf(file), 'utf8'));
    expect(content).toMatchObject({ pid: process.pid, by: 'test' });
    await lock.release();
    expect(await gone(lockFileOf(file))).toBe(true);
  });

  it('refuses a second taker in the same process too, and allows it after release', async () => {
    const file = await tempArchiveFile();
    const lock = await acquireArchiveLock(file);
    const refused = await acquireArchiveLock(file).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(ArchiveError);
    expect((refused as ArchiveError).code).toBe('locked');
    await lock.release();
    await (await acquireArchiveLock(file)).release();
  });

  it("holds a lock from another host, whose process it cannot check", async () => {
    const file = await tempArchiveFile();
    await writeFile(lockFileOf(file), JSON.stringify({ pid: 999_999_999, hostname: 'newsroom-laptop', since: '2026-01-01T00:00:00.000Z', by: 'cli' }));
    await expect(acquireArchiveLock(file)).rejects.toMatchObject({ code: 'locked', message: expect.stringContaining('on newsroom-laptop') });
  });

  it('takes over an unreadable lock once it is old, not while it may still be being written', async () => {
    const file = await tempArchiveFile();
    await writeFile(lockFileOf(file), '');
    await expect(acquireArchiveLock(file)).rejects.toMatchObject({ code: 'locked' });
    const old = new Date(Date.now() - 60_000);
    await utimes(lockFileOf(file), old, old);
    await (await acquireArchiveLock(file)).release();
  });

  it('release leaves alone a lock that is no longer ours', async () => {
    const file = await tempArchiveFile();
    const lock = await acquireArchiveLock(file);
    const someoneElse = JSON.stringify({ pid: 1, hostname: 'x', since: 'now', by: 'other' });
    await writeFile(lockFileOf(file), someoneElse);
    await lock.release();
    expect(await readFile(lockFileOf(file), 'utf8')).toBe(someoneElse);
  });
});
