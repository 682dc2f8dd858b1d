import { copyFile, mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_ARCHIVE_FILE, tempFolder } from '../../../test/tempArchive';
import { acquireArchiveLock } from '../lockFile';
import { archiveSlug } from '../places/archivePlaces';
import { ArchiveWorkspace, type WorkspaceOptions } from './archiveWorkspace';
import { RecentArchives } from './recentArchives';

async function setUp(overrides: Partial<WorkspaceOptions> = {}): Promise<{ userData: string; options: WorkspaceOptions }> {
  const userData = await tempFolder();
  const options: WorkspaceOptions = {
    userDataFolder: userData,
    appArchiveFile: join(userData, 'klopp-era.json'),
    defaultArchiveFile: DEFAULT_ARCHIVE_FILE,
    recent: await RecentArchives.open(userData),
    ...overrides,
  };
  return { userData, options };
}

async function colleagueArchive(name = 'usb'): Promise<string> {
  const folder = join(await tempFolder(), name);
  await mkdir(folder);
  const file = join(folder, 'klopp-era.json');
  await copyFile(DEFAULT_ARCHIVE_FILE, file);
  return file;
}

describe('ArchiveWorkspace', () => {
  it("opens the app's own archive at first launch, and the archive open last at the next", async () => {
    const { options, userData } = await setUp();
    const first = await ArchiveWorkspace.launch(options);
    expect(first.session.file).toBe(join(userData, 'klopp-era.json'));
    const colleague = await colleagueArchive();
    await first.open(colleague);
    await first.close();
    const second = await ArchiveWorkspace.launch({ ...options, recent: await RecentArchives.open(userData) });
    expect(second.session.file).toBe(colleague);
    expect(second.state().recent).toEqual([colleague, join(userData, 'klopp-era.json')]);
    await second.close();
  });

  it('opens the archive named on the command line first, and says why when it cannot', async () => {
    const { options } = await setUp();
    const colleague = await colleagueArchive();
    const named = await ArchiveWorkspace.launch(options, colleague);
    expect(named.session.file).toBe(colleague);
    await named.close();
    const missing = await ArchiveWorkspace.launch(options, '/nowhere/gone.json');
    expect(missing.session.file).toBe(options.appArchiveFile);
    expect(missing.state().notice).toMatch(/^Cannot open \/nowhere\/gone\.json: there is no such file.*The app’s own archive was opened instead\.$/);
    await missing.close();
  });

  it('refuses a file that is not an archive, is newer than the app, or is locked, changing nothing', async () => {
    const { options } = await setUp();
    const workspace = await ArchiveWorkspace.launch(options);
    const folder = await tempFolder();
    const notArchive = join(folder, 'notes.json');
    await writeFile(notArchive, '[1, 2, 3]');
    await expect(workspace.open(notArchive)).rejects.toMatchObject({ code: 'invalid-archive', message: expect.stringContaining('is not a Klopp-era archive') });
    const notJson = join(folder, 'broken.json');
    await writeFile(notJson, '{"schemaVersion": 2,');
    await expect(workspace.open(notJson)).rejects.toThrow(/is not a Klopp-era archive \(it is not JSON\)/);
    const newer = join(folder, 'newer.json');
    await writeFile(newer, JSON.stringify({ ...JSON.parse(await readFile(DEFAULT_ARCHIVE_FILE, 'utf8')), schemaVersion: 99 }));
    await expect(workspace.open(newer)).rejects.toThrow(/written by a newer version of the app \(format 99/);
    expect((await readdir(folder)).sort()).toEqual(['broken.json', 'newer.json', 'notes.json']);

    const held = await colleagueArchive();
    const otherWindow = await acquireArchiveLock(held, 'another window');
    await expect(workspace.open(held)).rejects.toMatchObject({ code: 'locked', message: expect.stringContaining('in use by another window') });
    await otherWindow.release();
    expect(workspace.session.file).toBe(options.appArchiveFile);
    expect(workspace.state().recent).toEqual([options.appArchiveFile]);
    await workspace.close();
  });

  it('keeps the lock, backups and history of an archive in a read-only folder in the user-data folder, and says so', async () => {
    const readOnly = await colleagueArchive('read-only');
    const { options, userData } = await setUp({ folderWritable: async (folder) => !folder.endsWith('read-only') });
    const workspace = await ArchiveWorkspace.launch(options, readOnly);
    const home = join(userData, 'elsewhere', archiveSlug(readOnly));
    expect(workspace.state()).toMatchObject({
      path: readOnly,
      keptIn: 'user-data',
      lockFile: join(home, 'klopp-era.json.lock'),
      backupsFolder: join(home, 'backups'),
      historyFolder: join(home, 'klopp-era.history'),
    });
    expect(await readdir(home)).toEqual(expect.arrayContaining(['klopp-era.json.lock', 'backups']));
    await workspace.close();
  });

  it('creates a new archive only where there is no file, and saves a copy without opening it', async () => {
    const { options } = await setUp();
    const workspace = await ArchiveWorkspace.launch(options);
    const folder = await tempFolder();
    const fresh = join(folder, 'desk.json');
    const state = await workspace.create(fresh);
    expect(state).toMatchObject({ path: fresh, title: 'desk' });
    expect(workspace.session.archive().info().counts.quotes).toBe(0);
    await expect(workspace.create(fresh)).rejects.toMatchObject({ code: 'conflict' });
    const copy = join(folder, 'desk copy.json');
    await workspace.saveCopy(copy);
    expect(JSON.parse(await readFile(copy, 'utf8')).meta.title).toBe('desk');
    expect(workspace.session.file).toBe(fresh);
    await expect(workspace.saveCopy(fresh)).rejects.toMatchObject({ code: 'conflict' });
    await expect(workspace.openRecent('/etc/passwd.json')).rejects.toMatchObject({ code: 'forbidden' });
    // "Open with" from a second launch: remembered until the page asks for it, once.
    expect(await workspace.openRequested()).toBeNull();
    workspace.request(copy);
    expect((await workspace.openRequested())?.path).toBe(copy);
    expect(await workspace.openRequested()).toBeNull();
    await workspace.close();
  });
});
