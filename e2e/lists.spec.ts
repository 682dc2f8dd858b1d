import { readFile } from 'node:fs/promises';
import { expect, test } from './harness/fixtures';
import { expectNoAxeViolations } from './harness/axe';
import { openView } from './harness/editor';
import { preferencesFileIn } from '../src/main/archive';

test("the quotes list shows the words: two lines, whole on hover or when the row has the keyboard", async ({ app, snap }) => {
  await app.setViewportSize({ width: 1280, height: 800 });
  await openView(app, 'Quotes');
  const table = app.getByRole('table', { name: 'Quotes' });
  const row = table.getByRole('row').filter({ hasText: 'he means everything' }).first();
  const words = row.locator('.data-table__cell--words');
  const text = (await words.textContent())!;
  expect(text.length).toBeGreaterThan(120);
  await expect(words.locator('.cell-quote')).toHaveAttribute('title', text.replace(/^“|”$/g, ''));
  // Two lines in the list: cut, not one line, not all of it.
  // The lines shown: of the cell in the list, of the words laid over the rows below once the row has focus.
  const lines = () =>
    words.evaluate((cell) => {
      const over = cell.firstElementChild as HTMLElement;
      const box = getComputedStyle(over).position === 'absolute' ? over : cell;
      const style = getComputedStyle(box);
      return Math.round((box.getBoundingClientRect().height - parseFloat(style.paddingTop) - parseFloat(style.paddingBottom) - parseFloat(style.borderBottomWidth)) / parseFloat(getComputedStyle(cell).lineHeight));
    });
  expect(await lines()).toBe(2);
  await snap('lists-quotes-words-1280x800');
  await row.focus();
  // All of it: more lines than the list's two, as many as the words need at this width.
  expect(await lines()).toBeGreaterThan(2);
  expect(await words.evaluate((cell) => {
    const over = cell.firstElementChild as HTMLElement;
    return over.scrollHeight <= over.clientHeight + 1;
  })).toBe(true);
  await expectNoAxeViolations(app, 'the quotes list with a row focused');
  await snap('lists-quotes-words-focused-1280x800');
});

test('lists let the editor choose and size their columns, kept between launches', async ({ app, snap, userDataFolder }) => {
  await app.setViewportSize({ width: 1024, height: 700 });
  await openView(app, 'Quotes');
  const table = app.getByRole('table', { name: 'Quotes' });
  await expect(table.getByRole('columnheader')).toHaveText(['', /^Date/, 'Speaker', 'Quote', 'Against source', 'Status']);

  await app.getByRole('button', { name: 'Columns' }).click();
  const chooser = app.getByRole('group', { name: 'Columns of the quotes list' });
  await expect(chooser.getByRole('checkbox', { name: 'Date' })).toBeFocused();
  await chooser.getByRole('checkbox', { name: 'Status' }).uncheck();
  await expect(table.getByRole('columnheader')).toHaveText(['', /^Date/, 'Speaker', 'Quote', 'Against source']);
  await expectNoAxeViolations(app, 'the Columns chooser');
  await snap('lists-columns-chooser-1024x700');
  await app.keyboard.press('Escape');
  await expect(app.getByRole('button', { name: 'Columns' })).toBeFocused();

  // A column's edge, from the keyboard: 16 pixels a press.
  const speakerEdge = table.getByRole('separator', { name: 'Width of Speaker' });
  const before = Number(await speakerEdge.getAttribute('aria-valuenow'));
  await speakerEdge.focus();
  await app.keyboard.press('ArrowRight');
  await app.keyboard.press('ArrowRight');
  await expect(speakerEdge).toHaveAttribute('aria-valuenow', String(before + 32));

  // And with the mouse.
  const dateEdge = table.getByRole('separator', { name: 'Width of Date' });
  const box = (await dateEdge.boundingBox())!;
  await app.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await app.mouse.down();
  await app.mouse.move(box.x + box.width / 2 + 40, box.y + box.height / 2, { steps: 4 });
  await app.mouse.up();
  const dateWidth = Number(await dateEdge.getAttribute('aria-valuenow'));
  expect(dateWidth).toBeGreaterThan(140);
  await snap('lists-columns-resized-1024x700');

  const kept = async () => JSON.parse(await readFile(preferencesFileIn(userDataFolder), 'utf8')).lists.quotes;
  await expect.poll(kept).toEqual({ hidden: ['status'], widths: { speaker: before + 32, date: expect.any(Number) } });

  await app.reload();
  await openView(app, 'Quotes');
  await expect(table.getByRole('columnheader')).toHaveText(['', /^Date/, 'Speaker', 'Quote', 'Against source']);
  await expect(table.getByRole('separator', { name: 'Width of Speaker' })).toHaveAttribute('aria-valuenow', String(before + 32));
  // Each list keeps its own: the matches list is as it was.
  await openView(app, 'Matches');
  await expect(app.getByRole('table', { name: 'Matches' }).getByRole('columnheader')).toHaveText(['', /^Date/, 'Match', 'Competition', 'Result']);
  await openView(app, 'Quotes');
  await app.getByRole('button', { name: 'Columns' }).click();
  await app.getByRole('button', { name: 'Reset columns' }).click();
  await expect(table.getByRole('columnheader')).toHaveText(['', /^Date/, 'Speaker', 'Quote', 'Against source', 'Status']);
});
