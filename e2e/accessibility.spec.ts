import type { Page } from '@playwright/test';
import { expect, test } from './harness/fixtures';
import { expectNoAxeViolations } from './harness/axe';

/** Every view in the sidebar, read from the page so a view added later is checked too. */
async function viewNames(app: Page): Promise<string[]> {
  const buttons = app.getByRole('navigation', { name: 'Archive' }).getByRole('list').first().getByRole('button');
  const names = await buttons.evaluateAll((elements) => elements.map((element) => element.querySelector('span')?.textContent ?? element.textContent ?? ''));
  return names.map((name) => name.trim()).filter(Boolean);
}

async function showView(app: Page, name: string): Promise<void> {
  await app.getByRole('navigation', { name: 'Archive' }).getByRole('list').first().getByRole('button', { name: new RegExp(`^${name}`) }).click();
  await app.getByRole('heading', { level: 1 }).first().waitFor();
}

for (const colorScheme of ['light', 'dark'] as const) {
  test(`every view, record editor and dialog passes axe (WCAG 2.1 AA), ${colorScheme}`, async ({ app, snap }) => {
    test.setTimeout(360_000);
    await app.emulateMedia({ colorScheme });
    const views = await viewNames(app);
    expect(views.length).toBeGreaterThanOrEqual(12);
    for (const view of views) {
      await showView(app, view);
      await expectNoAxeViolations(app, `the ${view} view, ${colorScheme}`);
      // What folds away (a chart's table) is checked unfolded too.
      const folded = app.getByRole('main').locator('details:not([open]) > summary');
      if ((await folded.count()) > 0) {
        for (const summary of await folded.all()) await summary.click();
        await expectNoAxeViolations(app, `the ${view} view, unfolded, ${colorScheme}`);
      }
      // A list of records: the editor of its first record, then the form for a new one.
      const table = app.getByRole('table', { name: view });
      const newButton = app.getByRole('button', { name: /^New \w+$/ });
      if ((await table.count()) === 1 && (await newButton.count()) === 1) {
        const firstRow = table.getByRole('rowgroup').nth(1).getByRole('row').first();
        if ((await firstRow.count()) === 1) {
          await firstRow.click();
          await app.getByRole('article').waitFor();
          await expectNoAxeViolations(app, `the ${view} record page, ${colorScheme}`);
          await app.getByRole('article').getByRole('button', { name: 'Edit', exact: true }).click();
          await app.getByRole('form').first().waitFor();
          await expectNoAxeViolations(app, `the ${view} editor, ${colorScheme}`);
          await app.getByRole('button', { name: 'Filter by column' }).click();
          await expectNoAxeViolations(app, `the ${view} column filters, ${colorScheme}`);
          await app.getByRole('button', { name: 'Filter by column' }).click();
        }
        await newButton.click();
        await app.getByRole('form').first().waitFor();
        await expectNoAxeViolations(app, `the new-record form of ${view}, ${colorScheme}`);
        await app.keyboard.press('Escape');
      }
    }
    await snap(`a11y-last-view-${colorScheme}`);

    await showView(app, 'Matches');
    await app.keyboard.press('Control+k');
    await app.getByRole('dialog', { name: 'Go to' }).waitFor();
    await app.keyboard.type('Leicester');
    await expectNoAxeViolations(app, `the Go to palette, ${colorScheme}`);
    await app.keyboard.press('Escape');

    await app.getByRole('button', { name: 'Keyboard shortcuts' }).click();
    await app.getByRole('dialog', { name: 'Keyboard shortcuts' }).waitFor();
    await expectNoAxeViolations(app, `the keyboard shortcuts sheet, ${colorScheme}`);
    await snap(`a11y-shortcuts-${colorScheme}`);
  });
}
