import { copyFile, mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { expect, test } from './harness/workspace';
import { expectNoAxeViolations } from './harness/axe';
import { openView, withFakeMenu } from './harness/editor';
import { acquireArchiveLock } from '../src/main/archive/lockFile';

const DEFAULT_ARCHIVE = join(import.meta.dirname, '..', 'data', 'klopp-era.json');

test('archive files like documents: new, open, refusals that change nothing, open recent, save a copy', async ({ windowApp: app, workspace, dialogs, userDataFolder, snap }) => {
  await app.setViewportSize({ width: 1280, height: 800 });
  await expect(app).toHaveTitle('klopp-era.json — Klopp-era Archive');
  await openView(app, 'Archive files');
  await expectNoAxeViolations(app, 'the Archive files view');
  await snap('files-1280x800');

  // New Archive…: an empty archive where the editor says, opened in its place.
  const notes = join(userDataFolder, 'season-notes.json');
  dialogs.answer(notes);
  await app.getByRole('button', { name: 'New archive…' }).click();
  await expect(app).toHaveTitle('season-notes.json — Klopp-era Archive');
  await expect(app.getByRole('navigation', { name: 'Archive' }).getByRole('button', { name: /^Matches/ })).toContainText('0');
  expect(JSON.parse(await readFile(notes, 'utf8')).meta.title).toBe('season-notes');

  // Open Archive…: a colleague's, with its own lock and backups beside it.
  const colleague = join(userDataFolder, 'from-usb', 'klopp-era.json');
  await mkdir(join(userDataFolder, 'from-usb'));
  await copyFile(DEFAULT_ARCHIVE, colleague);
  await openView(app, 'Archive files');
  dialogs.answer(colleague);
  await app.getByRole('button', { name: 'Open archive…' }).click();
  await expect(app).toHaveTitle('klopp-era.json — Klopp-era Archive');
  await openView(app, 'Archive files');
  await expect(app.locator('.files-page__card')).toContainText(colleague);
  await expect(app.locator('.files-page__kept')).toContainText('kept beside it');
  expect(await readdir(join(userDataFolder, 'from-usb'))).toEqual(expect.arrayContaining(['klopp-era.json', 'klopp-era.json.lock']));
  expect(workspace.session.file).toBe(colleague);

  // Refusals: a file that is not an archive, one from a newer app, one another window holds.
  // Each in a folder of its own, to show that nothing (lock, backup, history) is made beside it.
  for (const folder of ['not-archive', 'future', 'held']) await mkdir(join(userDataFolder, folder));
  const notAnArchive = join(userDataFolder, 'not-archive', 'package.json');
  await writeFile(notAnArchive, '{"name": "not-an-archive"}\n');
  const newer = join(userDataFolder, 'future', 'from-the-future.json');
  await writeFile(newer, JSON.stringify({ ...JSON.parse(await readFile(DEFAULT_ARCHIVE, 'utf8')), schemaVersion: 99 }));
  const held = join(userDataFolder, 'held', 'klopp-era.json');
  await copyFile(DEFAULT_ARCHIVE, held);
  const otherWindow = await acquireArchiveLock(held, 'another Klopp-era Archive window');
  for (const [file, message] of [
    [notAnArchive, /is not a Klopp-era archive/],
    [newer, /written by a newer version of the app/],
    [held, /in use by another Klopp-era Archive window/],
  ] as const) {
    const before = await readFile(file);
    dialogs.answer(file);
    await app.getByRole('button', { name: 'Open archive…' }).click();
    await expect(app.getByRole('alert')).toContainText(message);
    expect(await readFile(file)).toEqual(before);
    expect(await readdir(dirname(file))).toEqual(file === held ? ['klopp-era.json', 'klopp-era.json.lock'] : [basename(file)]);
    expect(workspace.session.file).toBe(colleague);
    await app.getByRole('button', { name: 'Dismiss' }).click();
  }
  await otherWindow.release();
  await expect(app).toHaveTitle('klopp-era.json — Klopp-era Archive');

  // Save a Copy As…: written where asked; the archive open stays open.
  const copy = join(userDataFolder, 'copy-for-the-desk.json');
  dialogs.answer(copy);
  await app.getByRole('button', { name: 'Save a copy as…' }).click();
  await expect(app.getByRole('status')).toContainText(`Saved a copy to ${copy}`);
  expect(JSON.parse(await readFile(copy, 'utf8')).quotes).toHaveLength(JSON.parse(await readFile(colleague, 'utf8')).quotes.length);
  expect(workspace.session.file).toBe(colleague);

  // Open Recent, newest first.
  const recent = app.getByRole('list', { name: 'Recent archives' });
  await expect(recent.getByRole('listitem')).toHaveText([new RegExp(colleague), new RegExp(notes), /klopp-era\.json$/]);
  await snap('files-recent-1280x800');
  await app.setViewportSize({ width: 1024, height: 700 });
  await expectNoAxeViolations(app, 'the Archive files view at 1024x700');
  await snap('files-recent-1024x700');
  await recent.getByRole('button', { name: 'Open season-notes.json' }).click();
  await expect(app).toHaveTitle('season-notes.json — Klopp-era Archive');
  await openView(app, 'Archive files');
  await app.getByRole('button', { name: 'Clear recent archives' }).click();
  await expect(app.getByText('No archive opened yet besides this one.')).toBeVisible();
});

test('the File menu runs the same commands, and "open with" while the app runs opens the archive named', async ({ windowApp: app, workspace, dialogs, userDataFolder }) => {
  const chooseMenuItem = await withFakeMenu(app);
  await app.getByRole('heading', { level: 1 }).first().waitFor();
  const copy = join(userDataFolder, 'menu-copy.json');
  dialogs.answer(copy);
  await chooseMenuItem('file:save-copy');
  await expect(app.getByRole('status')).toContainText(`Saved a copy to ${copy}`);
  expect(dialogs.asked).toEqual(['Save a Copy As']);

  // A second launch with a path: main remembers it and asks the page, which opens it.
  workspace.request(copy);
  await chooseMenuItem('file:open-requested');
  await expect(app).toHaveTitle('menu-copy.json — Klopp-era Archive');
  expect(workspace.session.file).toBe(copy);
});
