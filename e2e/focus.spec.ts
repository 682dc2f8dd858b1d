import type { Page } from '@playwright/test';
import { expect, test } from './harness/fixtures';
import { editOpenRecord, focusedName, openView } from './harness/editor';

/** Where the keyboard is: never the page itself once an action is done. */
function focusIsLost(app: Page): Promise<boolean> {
  return app.evaluate(() => document.activeElement === null || document.activeElement === document.body);
}

test('saving with the Save button keeps the keyboard on it', async ({ app }) => {
  await openView(app, 'People');
  await app.getByRole('table', { name: 'People' }).getByRole('row', { name: /Joe Gomez/ }).click();
  await editOpenRecord(app);
  const form = app.getByRole('form', { name: 'Edit person' });
  await form.getByLabel('Club').fill('Liverpool FC');
  await form.getByRole('button', { name: 'Save' }).focus();
  await app.keyboard.press('Enter');
  await expect(app.getByRole('status')).toContainText('Saved');
  expect(await focusIsLost(app)).toBe(false);
  await expect(form.getByRole('button', { name: 'Save' })).toBeFocused();
});

test('deleting a record gives the keyboard to the next row of the list', async ({ app }) => {
  await openView(app, 'Milestones');
  const rows = app.getByRole('table', { name: 'Milestones' }).getByRole('rowgroup').nth(1).getByRole('row');
  const secondTitle = (await rows.nth(1).innerText()).split('\n')[1]!.trim();
  await rows.first().click();
  await editOpenRecord(app);
  await app.getByRole('form', { name: 'Edit milestone' }).getByRole('button', { name: 'Delete' }).click();
  await expect(app.getByRole('status')).toContainText('Deleted');
  // Focus moves once the list has re-rendered without the deleted row.
  await expect.poll(() => focusedName(app)).toContain(secondTitle);
  expect(await focusIsLost(app)).toBe(false);
});

test('closing a dialog gives the keyboard back to what opened it', async ({ app }) => {
  const shortcuts = app.getByRole('button', { name: 'Keyboard shortcuts' });
  await shortcuts.click();
  const sheet = app.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await sheet.getByRole('button', { name: 'Close' }).click();
  await expect(sheet).toBeHidden();
  await expect(shortcuts).toBeFocused();

  await openView(app, 'Quotes');
  const filter = app.getByRole('searchbox', { name: 'Filter quotes' });
  await filter.focus();
  await app.keyboard.press('Control+k');
  await expect(app.getByRole('dialog', { name: 'Go to' })).toBeVisible();
  await app.keyboard.press('Escape');
  await expect(app.getByRole('dialog', { name: 'Go to' })).toHaveCount(0);
  await expect(filter).toBeFocused();
});

test('cancelling an edit gives the keyboard back to the record’s page, closing it to its row', async ({ app }) => {
  await openView(app, 'Trophies');
  const row = app.getByRole('table', { name: 'Trophies' }).getByRole('row', { name: /8th/ });
  await row.click();
  await editOpenRecord(app);
  await app.getByRole('form', { name: 'Edit trophy' }).getByRole('button', { name: 'Cancel' }).click();
  await expect(app.getByRole('form')).toHaveCount(0);
  await expect(app.getByRole('article').getByRole('button', { name: 'Edit', exact: true })).toBeFocused();
  await app.getByRole('article').getByRole('button', { name: 'Close' }).click();
  await expect(row).toBeFocused();
});
