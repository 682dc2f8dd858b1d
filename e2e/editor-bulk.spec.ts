import { expect, test } from './harness/fixtures';
import { openView, readArchive, pick } from './harness/editor';

test('twenty quotes tagged, marked verified and given a source at once, and the tag undone as one step', async ({ app, archive, archiveFile, snap }) => {
  for (let i = 1; i <= 20; i++) {
    await archive.records.quotes.create({ text: `Bulk quote number ${i}`, speakerId: 'jurgen-klopp', date: '2019-06-01', setting: { kind: 'press conference' }, sourceIds: ['source-public-record'] });
  }
  await app.reload();
  await openView(app, 'Quotes');
  const quotes = app.getByRole('table', { name: 'Quotes' });
  await app.getByLabel('Filter quotes').fill('Bulk quote number');
  await expect(app.getByText('20 of 34')).toBeVisible();
  await quotes.getByRole('checkbox', { name: 'Select every row shown' }).check();

  const bar = app.getByRole('toolbar', { name: 'Edit 20 quotes at once' });
  await bar.getByLabel('Tag').fill('champions-league');
  await bar.getByRole('button', { name: 'Add tag' }).click();
  await expect(app.getByRole('status')).toContainText('Add tag “champions-league” to 20 quotes');
  await bar.getByLabel('Verification status').selectOption('verified');
  await bar.getByRole('button', { name: 'Set status' }).click();
  await pick(bar, 'Source to add', 'last dance', /Jurgen Klopp’s last dance at Liverpool is off to the perfect start/);
  await snap('editor-bulk');
  await bar.getByRole('button', { name: 'Add source' }).click();
  await expect(app.getByRole('status')).toContainText('Add source');

  const bulk = (await readArchive(archiveFile)).quotes.filter((quote) => quote.text.startsWith('Bulk quote'));
  expect(bulk).toHaveLength(20);
  for (const quote of bulk) {
    expect(quote.tags).toEqual(['champions-league']);
    expect(quote.status).toBe('verified');
    expect(quote.sourceIds).toEqual(['source-public-record', 'source-last-dance-league-cup-final-2024']);
  }

  // Undo the source, the status, then the tag: each bulk edit is one step.
  await quotes.getByRole('row').nth(2).focus();
  for (let steps = 0; steps < 3; steps++) await app.keyboard.press('Control+Z');
  await expect(app.getByRole('status')).toContainText('Undone: Add tag');
  const undone = (await readArchive(archiveFile)).quotes.filter((quote) => quote.text.startsWith('Bulk quote'));
  expect(undone.every((quote) => quote.tags.length === 0 && quote.status === 'unverified')).toBe(true);
});

test('rows are picked with Shift and Ctrl clicks and the keyboard, and the tag removed again', async ({ app, archiveFile }) => {
  await openView(app, 'Quotes');
  const quotes = app.getByRole('table', { name: 'Quotes' });
  const rows = quotes.getByRole('row');
  await rows.nth(1).click({ modifiers: ['Control'] });
  await rows.nth(3).click({ modifiers: ['Shift'] });
  await expect(app.getByText('3 selected', { exact: false }).first()).toBeVisible();
  await rows.nth(3).press('ArrowDown');
  await app.keyboard.press('Space');
  await expect(quotes.getByRole('row', { selected: true })).toHaveCount(4);

  const bar = app.getByRole('toolbar', { name: 'Edit 4 quotes at once' });
  await bar.getByLabel('Tag').fill('checked');
  await bar.getByRole('button', { name: 'Add tag' }).click();
  await expect(app.getByRole('status')).toContainText('to 4 quotes');
  expect((await readArchive(archiveFile)).quotes.filter((quote) => quote.tags.includes('checked'))).toHaveLength(4);
  await bar.getByRole('button', { name: 'Remove tag' }).click();
  await expect(app.getByRole('status')).toContainText('Remove tag “checked” from 4 quotes');
  expect((await readArchive(archiveFile)).quotes.filter((quote) => quote.tags.includes('checked'))).toHaveLength(0);
  await bar.getByRole('button', { name: 'Clear selection' }).click();
  await expect(quotes.getByRole('row', { selected: true })).toHaveCount(0);
});

test('a list filters by any column', async ({ app }) => {
  await openView(app, 'Quotes');
  await app.getByRole('button', { name: 'Filter by column' }).click();
  await app.getByLabel('Filter by speaker').fill('gomez');
  await app.getByLabel('Filter by quote').fill('target');
  const rows = app.getByRole('table', { name: 'Quotes' }).getByRole('row').filter({ hasText: '2024' });
  await expect(rows).toHaveCount(1);
  await expect(rows).toContainText('That’s the target and we will go again.');
});
