import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempFolder } from '../../../test/tempArchive';
import { archivePlaces, archiveSlug, chosenBackupsFolder, isFolderWritable } from './archivePlaces';

describe('archivePlaces', () => {
  it('keeps lock, backups and history beside an archive whose folder takes files', () => {
    expect(archivePlaces('/media/usb/klopp-era.json', { userDataFolder: '/home/jo/.config/app', folderWritable: true })).toEqual({
      archive: '/media/usb/klopp-era.json',
      lock: '/media/usb/klopp-era.json.lock',
      backups: '/media/usb/backups',
      history: '/media/usb/klopp-era.history',
      keptIn: 'beside',
    });
  });

  it('keeps them in the user-data folder, one folder per archive, when its folder is read-only', () => {
    const places = archivePlaces('/media/cdrom/klopp-era.json', { userDataFolder: '/home/jo/.config/app', folderWritable: false });
    const home = `/home/jo/.config/app/elsewhere/${archiveSlug('/media/cdrom/klopp-era.json')}`;
    expect(places).toEqual({ archive: '/media/cdrom/klopp-era.json', lock: `${home}/klopp-era.json.lock`, backups: `${home}/backups`, history: `${home}/klopp-era.history`, keptIn: 'user-data' });
    expect(archiveSlug('/media/cdrom/klopp-era.json')).toMatch(/^klopp-era-[0-9a-f]{8}$/);
    expect(archiveSlug('/media/usb/klopp-era.json')).not.toBe(archiveSlug('/media/cdrom/klopp-era.json'));
  });

  it('sends backups to the folder chosen in the preferences, in a subfolder per archive', () => {
    const places = archivePlaces('/media/usb/klopp-era.json', { userDataFolder: '/u', folderWritable: true });
    expect(chosenBackupsFolder(places, null)).toBe('/media/usb/backups');
    expect(chosenBackupsFolder(places, '/backups')).toBe(`/backups/${archiveSlug('/media/usb/klopp-era.json')}`);
  });

  it('tries a folder to know whether it takes files', async () => {
    const folder = await tempFolder();
    expect(await isFolderWritable(folder)).toBe(true);
    expect(await isFolderWritable(join(folder, 'missing'))).toBe(false);
    await mkdir(join(folder, 'made'));
    expect(await isFolderWritable(join(folder, 'made'))).toBe(true);
  });
});
