import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempFolder } from '../../../test/tempArchive';
import { MAX_RECENT_ARCHIVES, RecentArchives, withRecent } from './recentArchives';

describe('recent archives', () => {
  it('puts the latest first, once, and keeps ten', () => {
    expect(withRecent(['/a.json', '/b.json'], '/b.json')).toEqual(['/b.json', '/a.json']);
    const many = Array.from({ length: 12 }, (_, index) => `/${index}.json`).reduce<string[]>((list, file) => withRecent(list, file), []);
    expect(many).toHaveLength(MAX_RECENT_ARCHIVES);
    expect(many[0]).toBe('/11.json');
  });

  it('is kept in the user-data folder, and cleared', async () => {
    const folder = await tempFolder();
    const recent = await RecentArchives.open(folder);
    await recent.add('/usb/klopp-era.json');
    expect(JSON.parse(await readFile(join(folder, 'recent-archives.json'), 'utf8'))).toEqual({ archives: ['/usb/klopp-era.json'] });
    expect((await RecentArchives.open(folder)).list()).toEqual(['/usb/klopp-era.json']);
    await recent.clear();
    expect((await RecentArchives.open(folder)).list()).toEqual([]);
  });

  it('starts empty from a file it cannot read', async () => {
    const folder = await tempFolder();
    await writeFile(join(folder, 'recent-archives.json'), '{"archives": "not a list"}');
    expect((await RecentArchives.open(folder)).list()).toEqual([]);
  });
});
