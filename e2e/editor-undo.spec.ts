import { expect, test } from './harness/fixtures';
import { openView, readArchive, withFakeMenu, editOpenRecord } from './harness/editor';

const LEGACY = 'I couldn’t care less about my legacy';

test('an edit is undone with Ctrl+Z and redone with Ctrl+Shift+Z, on disk and in the form', async ({ app, archive, archiveFile }) => {
  const club = archive.store.find('people', 'joe-gomez')?.club;
  expect(club).toBe('Liverpool');
  await openView(app, 'People');
  await app.getByRole('table', { name: 'People' }).getByRole('row').filter({ hasText: 'Joe Gomez' }).click();
  await editOpenRecord(app);
  const form = app.getByRole('form', { name: 'Edit person' });
  await form.getByLabel('Club').fill('Liverpool FC');
  await app.keyboard.press('Control+S');
  await expect(app.getByRole('status')).toContainText('Saved Joe Gomez');
  expect((await readArchive(archiveFile)).people.find((person) => person.id === 'joe-gomez')?.club).toBe('Liverpool FC');

  // In the text box Ctrl+Z would undo typing; from the list it undoes the saved change.
  await app.getByRole('table', { name: 'People' }).getByRole('row').filter({ hasText: 'Joe Gomez' }).focus();
  await app.keyboard.press('Control+Z');
  await expect(app.getByRole('status')).toContainText('Undone: Edit person Joe Gomez');
  await expect(form.getByLabel('Club')).toHaveValue(club!);
  expect((await readArchive(archiveFile)).people.find((person) => person.id === 'joe-gomez')?.club).toBe(club);

  await app.keyboard.press('Control+Shift+Z');
  await expect(app.getByRole('status')).toContainText('Redone: Edit person Joe Gomez');
  await expect(form.getByLabel('Club')).toHaveValue('Liverpool FC');
  expect((await readArchive(archiveFile)).people.find((person) => person.id === 'joe-gomez')?.club).toBe('Liverpool FC');
});

test('a delete is undone from the Edit menu and redone, the record keeping its id', async ({ app, archiveFile, snap }) => {
  const chooseMenuItem = await withFakeMenu(app);
  await openView(app, 'Quotes');
  const quotes = app.getByRole('table', { name: 'Quotes' });
  await quotes.getByRole('row').filter({ hasText: LEGACY }).click();
  await editOpenRecord(app);
  await app.getByRole('form', { name: 'Edit quote' }).getByRole('button', { name: 'Delete' }).click();
  await expect(app.getByRole('status')).toContainText('it is in the trash');
  await expect(quotes.getByRole('row').filter({ hasText: LEGACY })).toHaveCount(0);
  await snap('editor-deleted-with-undo');
  expect((await readArchive(archiveFile)).quotes.some((quote) => quote.id === 'quote-klopp-legacy')).toBe(false);

  await chooseMenuItem('undo');
  await expect(quotes.getByRole('row').filter({ hasText: LEGACY })).toHaveCount(1);
  const restored = await readArchive(archiveFile);
  expect(restored.quotes.some((quote) => quote.id === 'quote-klopp-legacy')).toBe(true);
  expect(restored.trash).toEqual([]);

  await chooseMenuItem('redo');
  await expect(quotes.getByRole('row').filter({ hasText: LEGACY })).toHaveCount(0);
  expect((await readArchive(archiveFile)).trash.map((entry) => entry.record.id)).toEqual(['quote-klopp-legacy']);
});

test('a deleted record is restored from the trash', async ({ app, archiveFile, snap }) => {
  await openView(app, 'Quotes');
  await app.getByRole('table', { name: 'Quotes' }).getByRole('row').filter({ hasText: LEGACY }).click();
  await app.keyboard.press('Delete');
  await expect(app.getByRole('status')).toContainText('it is in the trash');

  await openView(app, 'Trash');
  const trash = app.getByRole('table', { name: 'Deleted records' });
  await trash.getByRole('row').filter({ hasText: LEGACY }).click();
  await snap('editor-trash');
  await app.getByRole('button', { name: 'Restore' }).click();
  await expect(app.getByRole('status')).toContainText('Restored quote');
  await expect(trash.getByText('The trash is empty.')).toBeVisible();
  expect((await readArchive(archiveFile)).quotes.find((quote) => quote.id === 'quote-klopp-legacy')?.text).toContain(LEGACY);

  await openView(app, 'Quotes');
  await expect(app.getByRole('table', { name: 'Quotes' }).getByRole('row').filter({ hasText: LEGACY })).toHaveCount(1);
});

test('a record others refer to is not deleted, and the reason names them', async ({ app }) => {
  await openView(app, 'People');
  await app.getByRole('table', { name: 'People' }).getByRole('row').filter({ hasText: 'Jürgen Klopp' }).click();
  await app.keyboard.press('Delete');
  await expect(app.getByRole('alert')).toContainText('refer to it');
  await expect(app.getByRole('table', { name: 'People' }).getByRole('row').filter({ hasText: 'Jürgen Klopp' })).toHaveCount(1);
});
