import { expect, test } from './harness/fixtures';
import { expectNoAxeViolations } from './harness/axe';
import { openView } from './harness/editor';

/** The window's usual size and a small laptop's: nothing may be cut off or overlap. */
for (const size of [
  { width: 1280, height: 800 },
  { width: 1024, height: 700 },
]) {
  test(`the daily views fit a ${size.width}x${size.height} window`, async ({ app, snap }) => {
    await app.setViewportSize(size);
    const name = `${size.width}x${size.height}`;
    for (const view of ['Matches', 'Quotes', 'Timeline', 'Seasons']) {
      await openView(app, view);
      const table = app.getByRole('table', { name: view });
      if ((await table.count()) === 1) await table.getByRole('rowgroup').nth(1).getByRole('row').first().click();
      // Nothing scrolls sideways: the page fits the window's width.
      const overflow = await app.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, `${view} is wider than the window`).toBeLessThanOrEqual(0);
      await expectNoAxeViolations(app, `${view} at ${name}`);
      await snap(`size-${name}-${view.toLowerCase()}`);
    }
  });
}
