import { expect, test } from './harness/fixtures';
import { openView, editOpenRecord } from './harness/editor';

for (const colorScheme of ['light', 'dark'] as const) {
  test(`the editor follows the system's ${colorScheme} theme`, async ({ app, snap }) => {
    await app.emulateMedia({ colorScheme });
    await openView(app, 'Quotes');
    await app.getByRole('table', { name: 'Quotes' }).getByRole('row').nth(1).click({ modifiers: ['Control'] });
    await app.getByRole('table', { name: 'Quotes' }).getByRole('row').nth(3).click();
    await editOpenRecord(app);
    const form = app.getByRole('form', { name: 'Edit quote' });
    await form.getByLabel('Exact words').fill('');
    await expect(form.getByLabel('Exact words')).toHaveAccessibleDescription('must not be empty');
    const background = await app.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
    expect(background).toBe(colorScheme === 'dark' ? 'rgb(23, 22, 20)' : 'rgb(247, 246, 243)');
    await snap(`editor-theme-${colorScheme}`);
  });
}
