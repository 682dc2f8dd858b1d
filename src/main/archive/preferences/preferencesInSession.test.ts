import { execFileSync } from 'node:child_process';
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_ARCHIVE_FILE, tempFolder } from '../../../test/tempArchive';
import { archivePlaces, archiveSlug } from '../places/archivePlaces';
import { openArchiveForApp } from '../session';
import { AppPreferences } from './appPreferences';

const git = (folder: string, ...args: string[]) => execFileSync('git', ['-C', folder, ...args], { encoding: 'utf8' });

describe('the preferences in the open archive', () => {
  it("sign each change with the editor's name and email, as changed between two edits", async () => {
    const folder = await tempFolder();
    const preferences = await AppPreferences.open(folder, { editor: { name: 'jo', email: 'jo@desk' }, locale: 'en-GB' });
    const file = join(folder, 'klopp-era.json');
    const session = await openArchiveForApp({ file, defaultArchiveFile: DEFAULT_ARCHIVE_FILE, history: { author: () => preferences.author() } });
    const archive = session.archive();
    await archive.records.people.create({ name: 'Pepijn Lijnders', role: 'staff' });
    await preferences.update({ editor: { name: 'Melissa Reddy', email: 'melissa@newsroom.example' } });
    await archive.records.people.create({ name: 'Vitor Matos', role: 'staff' });
    await archive.history!.idle();
    expect(git(session.places.history, 'log', '-2', '--format=%an <%ae>').trim().split('\n')).toEqual(['Melissa Reddy <melissa@newsroom.example>', 'jo <jo@desk>']);
    await session.close();
  });

  it('put backups in the chosen folder, in a subfolder of the archive’s own, from the moment it is chosen', async () => {
    const folder = await tempFolder();
    const preferences = await AppPreferences.open(folder, { editor: { name: 'jo', email: 'jo@desk' }, locale: 'en-GB' });
    const file = join(folder, 'klopp-era.json');
    const where = { places: archivePlaces(file, { userDataFolder: folder, folderWritable: true }), backupFolderPreference: () => preferences.preferences.backupFolder };
    await (await openArchiveForApp({ file, defaultArchiveFile: DEFAULT_ARCHIVE_FILE, where })).close();
    const chosen = join(folder, 'usb-stick');
    await preferences.setBackupFolder(chosen);
    const session = await openArchiveForApp({ file, defaultArchiveFile: DEFAULT_ARCHIVE_FILE, where });
    expect(session.status().backupsFolder).toBe(join(chosen, archiveSlug(file)));
    expect(await readdir(join(chosen, archiveSlug(file)))).toEqual([expect.stringMatching(/^klopp-era\..*\.launch\.json$/)]);
    expect((await session.backups()).map((backup) => backup.reason)).toEqual(['launch']);
    await session.close();
  });
});
