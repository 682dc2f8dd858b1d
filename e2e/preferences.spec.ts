import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test } from './harness/fixtures';
import { expectNoAxeViolations } from './harness/axe';
import { openView } from './harness/editor';
import { preferencesFileIn } from '../src/main/archive';

test.use({ systemLocale: 'en-GB' });

test('Preferences: the editor, theme, date format and backup folder, kept outside the archive', async ({ app, snap, userDataFolder, dialogs, archiveFile }) => {
  await app.setViewportSize({ width: 1280, height: 800 });
  await openView(app, 'Preferences');
  const editor = app.getByRole('form', { name: 'Editor' });
  await expect(editor.getByLabel('Name')).toHaveAttribute('placeholder', 'Test Editor');
  await expect(app.getByLabel('Date format')).toContainText('As the system (en-GB): 25/02/2024');
  await expectNoAxeViolations(app, 'the Preferences view, light');
  await snap('preferences-1280x800-light');

  // A bad email is refused on its field, by rule, and nothing is written.
  await editor.getByLabel('Name').fill('Melissa Reddy');
  await editor.getByLabel('Email').fill('melissa at the newsroom');
  await editor.getByRole('button', { name: 'Save name and email' }).click();
  await expect(editor.getByLabel('Email')).toHaveAccessibleDescription('must be an email address such as name@example.com');
  await expect(readFile(preferencesFileIn(userDataFolder))).rejects.toMatchObject({ code: 'ENOENT' });

  await editor.getByLabel('Email').fill('melissa@newsroom.example');
  await editor.getByRole('button', { name: 'Save name and email' }).click();
  await expect(app.getByRole('status')).toContainText('signed with this name and email');
  const saved = () => readFile(preferencesFileIn(userDataFolder), 'utf8').then((text) => JSON.parse(text));
  expect((await saved()).editor).toEqual({ name: 'Melissa Reddy', email: 'melissa@newsroom.example' });

  // The theme applies at once, whatever the system's.
  await app.getByRole('radio', { name: 'Dark' }).click();
  await expect(app.getByRole('radio', { name: 'Dark' })).toBeChecked();
  await expect(app.locator('html')).toHaveAttribute('data-theme', 'dark');
  expect(await app.evaluate(() => getComputedStyle(document.documentElement).backgroundColor)).toBe('rgb(23, 22, 20)');
  await expectNoAxeViolations(app, 'the Preferences view, dark');

  await app.getByLabel('Date format').selectOption('MM/DD/YYYY');
  await expect(app.getByRole('status')).toContainText('Dates are now written 02/25/2024');

  // The backup folder comes from main's dialog; the archive's own folder is never touched.
  const backups = join(userDataFolder, 'chosen-backups');
  dialogs.answer(backups);
  await app.getByRole('button', { name: 'Choose a backup folder…' }).click();
  await expect(app.locator('.preferences-page__folder')).toContainText(backups);
  expect(dialogs.asked).toEqual(['Keep backups in this folder']);
  expect(await saved()).toMatchObject({ theme: 'dark', dateFormat: 'MM/DD/YYYY', backupFolder: backups });
  expect(await readFile(archiveFile, 'utf8')).not.toContain('Melissa Reddy');
  await snap('preferences-1280x800-dark');

  // Kept between launches.
  await app.reload();
  await openView(app, 'Preferences');
  await expect(app.getByRole('form', { name: 'Editor' }).getByLabel('Name')).toHaveValue('Melissa Reddy');
  await expect(app.getByRole('radio', { name: 'Dark' })).toBeChecked();
  await app.getByRole('button', { name: 'Keep backups beside the archive' }).click();
  await expect(app.locator('.preferences-page__folder')).toContainText('beside each archive');
  expect((await saved()).backupFolder).toBeNull();

  await app.setViewportSize({ width: 1024, height: 700 });
  const overflow = await app.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await snap('preferences-1024x700-dark');
});
