import { expect, test } from './harness/fixtures';
import { arrowToOption, focusedName, openView, readArchive, tabTo } from './harness/editor';

test('a quote created with the keyboard only: new, fill, save, next record', async ({ app, archiveFile, snap }) => {
  await openView(app, 'Quotes');
  await app.getByRole('table', { name: 'Quotes' }).getByRole('row').nth(1).focus();
  await app.keyboard.press('Control+N');
  await expect(app.getByRole('form', { name: 'New quote' })).toBeVisible();
  expect(await focusedName(app)).toBe('Exact words');
  await app.keyboard.type('Boys, we go again.');

  await tabTo(app, 'Speaker');
  await app.keyboard.type('klopp');
  await app.keyboard.press('Enter');
  await expect(app.getByRole('combobox', { name: 'Speaker' })).toHaveValue('Jürgen Klopp');
  await tabTo(app, 'Verification');
  await arrowToOption(app, 'verified');
  await tabTo(app, 'Sources');
  await app.keyboard.type('full time');
  await app.keyboard.press('Enter');
  await snap('editor-keyboard-new-quote');
  // The words are not in that article's text, so "verified" asks first (Enter accepts).
  let asked = '';
  app.once('dialog', (dialog) => {
    asked = dialog.message();
    void dialog.accept();
  });
  await app.keyboard.press('Control+S');
  await expect.poll(() => asked).toContain('not in source');

  await expect(app.getByRole('status')).toContainText('Saved “Boys, we go again.”');
  const form = app.getByRole('form', { name: 'Edit quote' });
  await expect(form.getByLabel('Exact words')).toHaveValue('Boys, we go again.');
  // Focus stays in the editor, now editing the saved quote.
  expect(await focusedName(app)).toBe('Exact words');
  const saved = (await readArchive(archiveFile)).quotes.find((quote) => quote.text === 'Boys, we go again.');
  expect(saved).toMatchObject({ speakerId: 'jurgen-klopp', status: 'verified', sourceIds: ['source-league-cup-qf-report-2021'] });

  // Next record: the list is newest first, so the next row is the next quote in that order.
  const order = await app.getByRole('table', { name: 'Quotes' }).getByRole('row').allInnerTexts();
  const savedRow = order.findIndex((text) => text.includes('Boys, we go again.'));
  const nextWords = order[savedRow + 1]!.split('“')[1]!.slice(0, 20);
  await app.keyboard.press('Alt+ArrowDown');
  await expect(form.getByLabel('Exact words')).toHaveValue(new RegExp(`^${nextWords.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
  expect(await focusedName(app)).toBe('Exact words');
  await app.keyboard.press('Alt+ArrowUp');
  await expect(form.getByLabel('Exact words')).toHaveValue('Boys, we go again.');

  // Escape steps back: from the form to the record's page, from the page to its row in the list.
  await app.keyboard.press('Escape');
  await expect(app.getByRole('form')).toHaveCount(0);
  await expect(app.getByRole('article').getByRole('heading', { level: 2 })).toHaveText('Boys, we go again.');
  await expect(app.getByRole('article').getByRole('button', { name: 'Edit', exact: true })).toBeFocused();
  await app.keyboard.press('Escape');
  await expect(app.getByRole('article')).toHaveCount(0);
  await expect(app.getByRole('table', { name: 'Quotes' }).getByRole('row', { name: /Boys, we go again/ })).toBeFocused();
  await app.keyboard.press('Control+F');
  expect(await focusedName(app)).toBe('Filter quotes');
});

test('the list is walked with the arrow keys and a row opened with Enter', async ({ app }) => {
  await openView(app, 'People');
  await app.keyboard.press('/');
  expect(await focusedName(app)).toBe('Filter people');
  await app.keyboard.press('ArrowDown');
  await app.keyboard.press('ArrowDown');
  await app.keyboard.press('Enter');
  // Enter opens the person's page; E (or F2) turns it into the form, the keyboard in its first field.
  const second = await app.getByRole('table', { name: 'People' }).getByRole('row').nth(2).getByRole('cell').nth(1).innerText();
  await expect(app.getByRole('article').getByRole('heading', { level: 2 })).toHaveText(second.trim());
  await app.keyboard.press('e');
  const form = app.getByRole('form', { name: 'Edit person' });
  await expect(form.getByLabel('Name')).toHaveValue(second.trim());
  expect(await focusedName(app)).toBe('Name');
  // Escape goes back to the page; F2 edits again.
  await app.keyboard.press('Escape');
  await expect(form).toHaveCount(0);
  await app.keyboard.press('F2');
  await expect(form.getByLabel('Name')).toBeFocused();
});

test('the ? sheet lists every shortcut and gives focus back when closed', async ({ app, snap }) => {
  await openView(app, 'Quotes');
  const filter = app.getByLabel('Filter quotes');
  await filter.focus();
  await app.keyboard.press('Tab');
  await app.keyboard.press('?');
  const sheet = app.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(sheet).toBeVisible();
  for (const action of ['New record', 'Save', 'Next record', 'Previous record', 'Search the list', 'Undo the last change', 'Redo']) {
    await expect(sheet.getByRole('row').filter({ hasText: action }).first()).toBeVisible();
  }
  await snap('editor-shortcut-sheet');
  await app.keyboard.press('Escape');
  await expect(sheet).toBeHidden();
  await expect(app.getByRole('button', { name: 'Filter by column' })).toBeFocused();
});

test('leaving a form with unsaved changes asks first, and closing the window is refused', async ({ app, archiveFile }) => {
  await openView(app, 'Quotes');
  const quotes = app.getByRole('table', { name: 'Quotes' });
  await quotes.getByRole('row').filter({ hasText: 'I couldn’t care less' }).click();
  await app.getByRole('article').getByRole('button', { name: 'Edit', exact: true }).click();
  const form = app.getByRole('form', { name: 'Edit quote' });
  await form.getByLabel('Exact words').fill('Changed but not saved');
  expect(await app.evaluate(() => typeof window.onbeforeunload)).toBe('function');

  const asked: string[] = [];
  app.once('dialog', (dialog) => {
    asked.push(dialog.message());
    void dialog.dismiss();
  });
  await quotes.getByRole('row').filter({ hasText: 'That’s the target' }).click();
  expect(asked[0]).toMatch(/^Discard unsaved changes to quote “I couldn’t care less/);
  await expect(form.getByLabel('Exact words')).toHaveValue('Changed but not saved');

  app.once('dialog', (dialog) => {
    asked.push(dialog.message());
    void dialog.dismiss();
  });
  await app.getByRole('navigation', { name: 'Archive' }).getByRole('button', { name: /^Matches/ }).click();
  expect(asked).toHaveLength(2);
  await expect(app.getByRole('heading', { level: 1, name: 'Quotes' })).toBeVisible();

  app.once('dialog', (dialog) => void dialog.accept());
  await app.getByRole('navigation', { name: 'Archive' }).getByRole('button', { name: /^Matches/ }).click();
  await expect(app.getByRole('heading', { level: 1, name: 'Matches' })).toBeVisible();
  expect(await app.evaluate(() => window.onbeforeunload)).toBeNull();
  expect((await readArchive(archiveFile)).quotes.some((quote) => quote.text === 'Changed but not saved')).toBe(false);
});
