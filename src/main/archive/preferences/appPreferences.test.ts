import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AppPreferences, preferencesFileIn } from './appPreferences';

const system = { editor: { name: 'jo', email: 'jo@desk' }, locale: 'en-GB' };
let folder: string;
beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'klopp-preferences-'));
});
afterEach(() => rm(folder, { recursive: true, force: true }));

describe('AppPreferences', () => {
  it('starts from the defaults, the system deciding the editor and the locale', async () => {
    const preferences = await AppPreferences.open(folder, system);
    expect(preferences.state()).toMatchObject({ preferences: { theme: 'system', dateFormat: 'system', backupFolder: null }, systemLocale: 'en-GB' });
    expect(preferences.author()).toEqual({ name: 'jo', email: 'jo@desk' });
  });

  it('writes a change to preferences.json and reads it back at the next launch', async () => {
    const preferences = await AppPreferences.open(folder, system);
    await preferences.update({ editor: { name: 'Melissa Reddy', email: 'melissa@newsroom.example' }, theme: 'dark', dateFormat: 'DD.MM.YYYY' });
    expect(JSON.parse(await readFile(preferencesFileIn(folder), 'utf8'))).toMatchObject({ theme: 'dark', dateFormat: 'DD.MM.YYYY' });
    const reopened = await AppPreferences.open(folder, system);
    expect(reopened.preferences.theme).toBe('dark');
    expect(reopened.author()).toEqual({ name: 'Melissa Reddy', email: 'melissa@newsroom.example' });
  });

  it('fills an empty name or email from the system', async () => {
    const preferences = await AppPreferences.open(folder, system);
    await preferences.update({ editor: { name: 'Melissa Reddy', email: '' } });
    expect(preferences.author()).toEqual({ name: 'Melissa Reddy', email: 'jo@desk' });
  });

  it('refuses a bad change by field and rule, writing nothing', async () => {
    const preferences = await AppPreferences.open(folder, system);
    await expect(preferences.update({ editor: { name: 'Jo <x>', email: 'not an email' } })).rejects.toMatchObject({
      code: 'invalid-input',
      issues: [
        { path: 'editor.name', message: 'must not contain < > or a line break' },
        { path: 'editor.email', message: 'must be an email address such as name@example.com' },
      ],
    });
    await expect(readFile(preferencesFileIn(folder))).rejects.toMatchObject({ code: 'ENOENT' });
    await expect(preferences.setBackupFolder('relative/backups')).rejects.toThrow(/backupFolder: must be an absolute path/);
  });

  it('keeps a chosen backup folder, and forgets it on reset', async () => {
    const preferences = await AppPreferences.open(folder, system);
    await preferences.setBackupFolder('/media/usb/backups');
    expect((await AppPreferences.open(folder, system)).preferences.backupFolder).toBe('/media/usb/backups');
    await preferences.update({ backupFolder: null });
    expect((await AppPreferences.open(folder, system)).preferences.backupFolder).toBeNull();
  });

  it("keeps each list's columns apart, and refuses a width out of bounds by field", async () => {
    const preferences = await AppPreferences.open(folder, system);
    await preferences.update({ list: { name: 'quotes', layout: { hidden: ['status'], widths: { text: 420 } } } });
    await preferences.update({ list: { name: 'matches', layout: { hidden: [], widths: { date: 96 } } } });
    expect((await AppPreferences.open(folder, system)).preferences.lists).toEqual({
      quotes: { hidden: ['status'], widths: { text: 420 } },
      matches: { hidden: [], widths: { date: 96 } },
    });
    await expect(preferences.update({ list: { name: 'quotes', layout: { hidden: [], widths: { text: 12 } } } })).rejects.toMatchObject({
      issues: [{ path: 'lists.quotes.widths.text', message: 'must be at least 48 pixels' }],
    });
    expect(preferences.preferences.lists['quotes']?.widths).toEqual({ text: 420 });
  });

  it('uses the defaults and says why when the file is damaged', async () => {
    await writeFile(preferencesFileIn(folder), '{"theme": "purple"');
    const preferences = await AppPreferences.open(folder, system);
    expect(preferences.preferences.theme).toBe('system');
    expect(preferences.state().problem).toMatch(/preferences\.json could not be read/);
    await writeFile(preferencesFileIn(folder), '{"theme": "purple"}');
    expect((await AppPreferences.open(folder, system)).state().problem).toMatch(/theme/);
  });
});
