import { writeFile } from 'node:fs/promises';
import { generateArchiveDocument } from '../bench/synthetic/archiveDocument';
import { expect, test as base } from './harness/fixtures';
import { openView } from './harness/editor';

const ROWS = 50_000;

/** The app over a valid synthetic archive of 50,000 quotes, read through the real handlers. */
const test = base.extend({
  archiveFile: async ({ archiveFile }, use) => {
    await writeFile(archiveFile, JSON.stringify(generateArchiveDocument(ROWS)));
    await use(archiveFile);
  },
});
test.setTimeout(120_000);

test('a list of 50,000 quotes renders only the rows in view, sorted and filtered', async ({ app, snap }) => {
  await openView(app, 'Quotes');
  const table = app.getByRole('table', { name: 'Quotes' });
  await expect(app.getByText(`${ROWS} quotes`)).toBeVisible({ timeout: 60_000 });
  await expect(table).toHaveAttribute('aria-rowcount', String(ROWS));
  const rendered = await table.getByRole('row').count();
  expect(rendered).toBeGreaterThan(5);
  expect(rendered).toBeLessThan(80);

  await table.getByRole('row').nth(1).focus();
  await app.keyboard.press('End');
  await expect(table.getByRole('row', { name: /.+/ }).last()).toHaveAttribute('aria-rowindex', String(ROWS));
  expect(await table.getByRole('row').count()).toBeLessThan(80);
  await snap('editor-50k-quotes');

  await table.getByRole('button', { name: 'Speaker' }).click();
  await expect(table.getByRole('columnheader', { name: 'Speaker' })).toHaveAttribute('aria-sort', 'ascending');
  expect(await table.getByRole('row').count()).toBeLessThan(80);
});
