import { expect, test } from './harness/fixtures';
import { matchRow, openView } from './harness/editor';

for (const size of [
  { width: 1280, height: 800 },
  { width: 1024, height: 700 },
]) {
  test(`the match page reads like a report box, at ${size.width}x${size.height}`, async ({ app, snap }) => {
    await app.setViewportSize(size);
    await (await matchRow(app, '2021-12-22')).click();
    const page = app.getByRole('complementary', { name: 'match' }).getByRole('article');
    await expect(page.getByRole('heading', { level: 2 })).toHaveText('Liverpool v Leicester City');
    await expect(page.getByLabel('Score')).toContainText('3–3');
    await snap(`record-page-match-${size.width}`);
  });
}

test('every kind opens as a page to read', async ({ app, snap }) => {
  await app.setViewportSize({ width: 1280, height: 800 });
  for (const [view, row] of [
    ['Quotes', 'I couldn’t care less'],
    ['People', 'Divock Origi'],
    ['Sources', 'Public'],
    ['Trophies', 'Champions League'],
    ['Milestones', 'appointed'],
  ] as const) {
    await openView(app, view);
    await app.getByRole('table', { name: view }).getByRole('row').filter({ hasText: row }).first().click();
    await expect(app.getByRole('article')).toBeVisible();
    await snap(`record-page-${view.toLowerCase()}`);
  }
});

/** Cells of a column whose text is cut (clamped or overflowing) in the rows on screen. */
async function cutCells(app: import('@playwright/test').Page, columnIndex: number): Promise<string[]> {
  return app.getByRole('table', { name: 'Matches' }).evaluate((table, index) => {
    const rows = Array.from(table.querySelectorAll('[role=rowgroup]:last-child [role=row]'));
    return rows
      .map((row) => row.querySelectorAll('[role=cell]')[index] as HTMLElement | undefined)
      .filter((cell): cell is HTMLElement => cell !== undefined && (cell.scrollHeight > cell.clientHeight + 1 || cell.scrollWidth > cell.clientWidth + 1))
      .map((cell) => cell.textContent ?? '');
  }, columnIndex);
}

test('the list takes the whole width until a record opens; the split is resized by mouse and keyboard and remembered', async ({ app, snap }) => {
  await app.setViewportSize({ width: 1280, height: 800 });
  const list = app.getByRole('table', { name: 'Matches' });
  await expect(app.getByRole('separator')).toHaveCount(0);
  const alone = (await list.boundingBox())!.width;
  const content = (await app.getByRole('main').boundingBox())!.width;
  expect(alone).toBeGreaterThan(content - 60);
  await snap('split-list-alone-1280');

  await list.getByRole('row').filter({ hasText: '2024-05-19' }).click();
  const separator = app.getByRole('separator', { name: 'Resize the list and the open record' });
  await expect(separator).toHaveAttribute('aria-valuenow', '58');
  // Match name and result read whole beside an open record (columns: check, date, match, result).
  expect(await cutCells(app, 2)).toEqual([]);
  expect(await cutCells(app, 3)).toEqual([]);
  await snap('split-beside-1280');

  await separator.focus();
  await app.keyboard.press('ArrowRight');
  await app.keyboard.press('ArrowRight');
  await expect(separator).toHaveAttribute('aria-valuenow', '62');
  await app.keyboard.press('Shift+ArrowLeft');
  await expect(separator).toHaveAttribute('aria-valuenow', '52');

  const box = (await separator.boundingBox())!;
  const panelBefore = (await app.getByRole('complementary', { name: 'match' }).boundingBox())!.width;
  await app.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await app.mouse.down();
  await app.mouse.move(box.x + box.width / 2 + 120, box.y + box.height / 2, { steps: 4 });
  await app.mouse.up();
  const panelAfter = (await app.getByRole('complementary', { name: 'match' }).boundingBox())!.width;
  expect(panelBefore - panelAfter).toBeGreaterThan(100);
  const dragged = Number(await separator.getAttribute('aria-valuenow'));
  expect(dragged).toBeGreaterThan(60);
  await snap('split-resized-1280');

  // Remembered across launches: a reload starts the app again in the same profile.
  await app.reload();
  await app.getByRole('heading', { level: 1, name: 'Matches' }).waitFor();
  await list.getByRole('row').filter({ hasText: '2024-05-19' }).click();
  await expect(app.getByRole('separator')).toHaveAttribute('aria-valuenow', String(dragged));

  await app.getByRole('article').getByRole('button', { name: 'Close' }).click();
  await expect(app.getByRole('separator')).toHaveCount(0);
});

test('on a narrow window the record opens over the list, and no match or result is cut with nothing open', async ({ app, snap }) => {
  await app.setViewportSize({ width: 1024, height: 700 });
  expect(await cutCells(app, 2)).toEqual([]);
  expect(await cutCells(app, 4)).toEqual([]);
  await snap('split-list-alone-1024');
  const list = app.getByRole('table', { name: 'Matches' });
  const alone = (await list.boundingBox())!.width;
  await list.getByRole('row').filter({ hasText: '2024-05-19' }).click();
  // Over the list: the list keeps its width under the record.
  expect((await list.boundingBox())!.width).toBe(alone);
  await expect(app.getByRole('complementary', { name: 'match' })).toBeVisible();
  await snap('split-over-1024');
});
