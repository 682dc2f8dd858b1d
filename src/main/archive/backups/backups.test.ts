import { SCHEMA_VERSION } from '../../../shared/schemas/archive';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempArchiveFile } from '../../../test/tempArchive';
import { openArchive } from '../archive';
import type { RecordChange } from '../store';
import { backupName, backupsFolderOf, parseBackupName } from './backupNames';
import { listBackups } from './listBackups';
import { restoreBackup } from './restoreBackup';
import { takeBackup } from './takeBackup';

describe('backups', () => {
  it('copies the archive byte for byte under a timestamped name in a backups folder beside it', async () => {
    const file = await tempArchiveFile();
    const name = await takeBackup(file, 'launch', new Date('2026-05-01T09:30:00.000Z'));
    expect(name).toBe('klopp-era.2026-05-01T09-30-00-000Z.launch.json');
    expect(await readFile(join(backupsFolderOf(file), name))).toEqual(await readFile(file));
    expect(parseBackupName(file, name)).toEqual({ takenAt: new Date('2026-05-01T09:30:00.000Z'), reason: 'launch' });
    expect(parseBackupName(file, 'notes.txt')).toBeNull();
  });

  it('rotates as it goes: 40 launches a minute apart leave the last 10', async () => {
    const file = await tempArchiveFile();
    const start = Date.parse('2026-05-01T09:00:00.000Z');
    for (let i = 0; i < 40; i++) await takeBackup(file, 'launch', new Date(start + i * 60_000));
    const names = await readdir(backupsFolderOf(file));
    expect(names).toHaveLength(10);
    expect(names.sort().at(-1)).toBe(backupName(file, new Date(start + 39 * 60_000), 'launch'));
  });

  it('lists backups newest first with size and validity, and says why one is not valid', async () => {
    const file = await tempArchiveFile();
    await takeBackup(file, 'launch', new Date('2026-05-01T09:00:00.000Z'));
    const broken = backupName(file, new Date('2026-05-02T09:00:00.000Z'), 'launch');
    await writeFile(join(backupsFolderOf(file), broken), '{"schemaVersion": 2, "meta": ');
    const backups = await listBackups(file);
    expect(backups.map((backup) => [backup.name, backup.valid])).toEqual([
      [broken, false],
      ['klopp-era.2026-05-01T09-00-00-000Z.launch.json', true],
    ]);
    expect(backups[0]!.problem).toMatch(/not valid JSON/);
    expect(backups[1]!.bytes).toBe((await readFile(file)).length);
  });

  it('restores a backup: the current archive is backed up first, and the open archive reloads in place telling its listeners', async () => {
    const file = await tempArchiveFile();
    const archive = await openArchive(file);
    const name = await takeBackup(file, 'launch', new Date('2020-01-01T00:00:00.000Z'));
    const original = await readFile(file);
    await archive.records.milestones.create({ date: '2024-05-19', title: 'Last match at Anfield', kind: 'last match' }, 'milestone-after-backup');
    const afterEdit = await readFile(file);

    const seen: { changes: readonly RecordChange[]; reset: boolean }[] = [];
    archive.store.onChange((changes, { reset }) => seen.push({ changes, reset }));
    const { restored, previous } = await restoreBackup(archive.store, name);

    expect(restored.name).toBe(name);
    expect(await readFile(file)).toEqual(original);
    expect(await readFile(join(backupsFolderOf(file), previous))).toEqual(afterEdit);
    expect(archive.store.has('milestones', 'milestone-after-backup')).toBe(false);
    expect(seen).toEqual([{ reset: true, changes: [{ kind: 'milestones', before: expect.objectContaining({ id: 'milestone-after-backup' }) }] }]);
    // The reloaded archive keeps working: the next edit is written over the restored file.
    const { id: _id, createdAt: _created, updatedAt: _updated, ...klopp } = archive.records.people.get('jurgen-klopp');
    await archive.records.people.update('jurgen-klopp', { ...klopp, notes: 'after restore' });
    expect(JSON.parse(await readFile(file, 'utf8')).people.find((person: { id: string }) => person.id === 'jurgen-klopp').notes).toBe('after restore');
  });

  it('refuses to restore an invalid or unknown backup, writing nothing', async () => {
    const file = await tempArchiveFile();
    const archive = await openArchive(file);
    const broken = backupName(file, new Date('2026-05-02T09:00:00.000Z'), 'launch');
    await takeBackup(file, 'launch');
    await writeFile(join(backupsFolderOf(file), broken), '{}');
    const before = await readFile(file);
    const backupsBefore = await readdir(backupsFolderOf(file));
    await expect(restoreBackup(archive.store, broken)).rejects.toMatchObject({ code: 'invalid-archive', message: expect.stringContaining('cannot be restored') });
    await expect(restoreBackup(archive.store, '../klopp-era.json')).rejects.toMatchObject({ code: 'not-found' });
    expect(await readFile(file)).toEqual(before);
    expect(await readdir(backupsFolderOf(file))).toEqual(backupsBefore);
  });

  it('backs up an older file before it is migrated', async () => {
    const file = await tempArchiveFile();
    const current = JSON.parse(await readFile(file, 'utf8'));
    delete current.trash;
    const formatOne = JSON.stringify({ ...current, schemaVersion: 1 });
    await writeFile(file, formatOne);
    await openArchive(file);
    const backups = await listBackups(file);
    // One backup before the whole upgrade, named after the format it ends at.
    expect(backups.map((backup) => backup.reason)).toEqual([`before-format-${SCHEMA_VERSION}`]);
    expect(await readFile(join(backupsFolderOf(file), backups[0]!.name), 'utf8')).toBe(formatOne);
    // The format-1 backup is itself valid: it opens by migrating.
    expect(backups[0]!.valid).toBe(true);
  });
});
