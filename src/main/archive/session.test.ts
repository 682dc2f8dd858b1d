import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contract } from '../../shared/contract';
import { DEFAULT_ARCHIVE_FILE, tempFolder } from '../../test/tempArchive';
import { createDispatch, dispatchChannels } from '../api/dispatch';
import { createSessionHandlers } from '../api/sessionHandlers';
import { backupsFolderOf } from './backups/backupNames';
import { lockFileOf } from './lockFile';
import { openArchiveForApp } from './session';

async function appFile(): Promise<string> {
  return join(await tempFolder(), 'klopp-era.json');
}

const launch = (file: string, at = '2026-05-01T09:00:00.000Z') =>
  openArchiveForApp({ file, defaultArchiveFile: DEFAULT_ARCHIVE_FILE, now: () => new Date(at) });

describe('opening the archive at launch', () => {
  it('creates the archive from the default on first launch, then backs it up on each later launch', async () => {
    const file = await appFile();
    const first = await launch(file);
    expect(first.status()).toMatchObject({ state: 'open', archivePath: file, backupsFolder: backupsFolderOf(file) });
    expect(await readFile(file)).toEqual(await readFile(DEFAULT_ARCHIVE_FILE));
    await first.close();
    const second = await launch(file, '2026-05-02T09:00:00.000Z');
    expect((await second.backups()).map((backup) => [backup.reason, backup.takenAt, backup.valid])).toEqual([['launch', '2026-05-02T09:00:00.000Z', true]]);
    await second.close();
  });

  it('holds the lock while open: a second launch (or the command-line tool) is refused until it closes', async () => {
    const file = await appFile();
    const session = await launch(file);
    await expect(launch(file)).rejects.toMatchObject({ code: 'locked', message: expect.stringContaining(`process ${process.pid}`) });
    await session.close();
    expect(await readdir(dirname(file))).not.toContain(basename(lockFileOf(file)));
    await (await launch(file)).close();
  });

  it('keeps a corrupt archive aside untouched, refuses record operations, and recovers from the newest valid backup', async () => {
    const file = await appFile();
    await (await launch(file, '2026-05-01T09:00:00.000Z')).close();
    await (await launch(file, '2026-05-02T09:00:00.000Z')).close();
    const corrupt = (await readFile(file, 'utf8')).replace('"people": [', '"people": [{"id": "Not An Id"},');
    await writeFile(file, corrupt);

    const session = await launch(file, '2026-05-03T09:00:00.000Z');
    const status = session.status();
    expect(status.state).toBe('recovery');
    expect(status.recovery?.problem).toContain(file);
    expect(status.recovery?.problem).toMatch(/people\.0\.id/);
    expect(status.recovery?.keptAside).toBe(join(dirname(file), 'klopp-era.unreadable-2026-05-03T09-00-00-000Z.json'));
    expect(await readFile(status.recovery!.keptAside!, 'utf8')).toBe(corrupt);
    expect(status.recovery?.newestValidBackup?.takenAt).toBe('2026-05-02T09:00:00.000Z');

    const dispatch = createDispatch(contract, createSessionHandlers(session));
    const refused = await dispatch('quotes.list', undefined);
    expect(refused).toMatchObject({ ok: false, error: { code: 'invalid-archive', message: expect.stringContaining('The archive is not open') } });
    expect(await dispatch('safety.restore', { name: status.recovery!.newestValidBackup!.name })).toMatchObject({ ok: false, error: { code: 'invalid-archive' } });

    // Every record, trash and info operation is refused while in recovery, whatever it is sent.
    for (const channel of dispatchChannels(contract).filter((name) => !name.startsWith('safety.'))) {
      for (const input of [undefined, { id: 'jurgen-klopp' }, { kind: 'people', id: 'jurgen-klopp' }]) {
        const result = await dispatch(channel, input);
        expect(result.ok, channel).toBe(false);
        expect(['invalid-archive', 'invalid-input'], channel).toContain(!result.ok && result.error.code);
      }
    }

    const recovered = await dispatch('safety.recover', { from: 'backup', name: status.recovery!.newestValidBackup!.name });
    expect(recovered).toMatchObject({ ok: true, value: { state: 'open' } });
    const quotes = await dispatch('quotes.list', undefined);
    expect(quotes.ok && (quotes.value as unknown[]).length).toBeGreaterThan(0);
    expect(await dispatch('safety.recover', { from: 'default' })).toMatchObject({ ok: false, error: { code: 'conflict' } });
    await session.close();
  });

  it('offers the default archive when there is no valid backup, and never overwrites a file', async () => {
    const file = await appFile();
    await writeFile(file, Buffer.from([0x7b, 0xff, 0xfe, 0x7d]));
    const session = await launch(file);
    expect(session.status().recovery).toMatchObject({ problem: expect.stringContaining('not valid UTF-8'), newestValidBackup: null });
    await writeFile(file, 'someone put a file here');
    await expect(session.recover({ from: 'default' })).rejects.toBeTruthy();
    expect(await readFile(file, 'utf8')).toBe('someone put a file here');
    await rm(file);
    expect(await session.recover({ from: 'default' })).toMatchObject({ state: 'open' });
    expect(await readFile(file)).toEqual(await readFile(DEFAULT_ARCHIVE_FILE));
    await session.close();
  });

  it('refuses a file from a newer version of the app with a clear message, keeping it aside', async () => {
    const file = await appFile();
    const newer = JSON.stringify({ schemaVersion: 99, meta: {} });
    await writeFile(file, newer);
    const session = await launch(file);
    expect(session.status().recovery?.problem).toMatch(/written by a newer version of the app \(format 99/);
    expect(await readFile(session.status().recovery!.keptAside!, 'utf8')).toBe(newer);
    await session.close();
  });
});
