import { expect, test } from './harness/fixtures';
import { openView } from './harness/editor';

for (const size of [
  { width: 1280, height: 800 },
  { width: 1024, height: 700 },
]) {
  test(`the match page reads like a report box, at ${size.width}x${size.height}`, async ({ app, snap }) => {
    await app.setViewportSize(size);
    await app.getByRole('table', { name: 'Matches' }).getByRole('row').filter({ hasText: '2021-12-22' }).click();
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
