import { expect, test } from './harness/fixtures';
import { recordPage } from './harness/editor';

test('Ctrl+K finds a quote, a match, a person and a trophy, and opens the one chosen', async ({ app, snap }) => {
  await app.keyboard.press('Control+k');
  const palette = app.getByRole('dialog', { name: 'Go to' });
  const input = palette.getByRole('combobox', { name: 'Go to a quote, match, person or trophy' });
  await expect(input).toBeFocused();

  await input.fill('konate');
  await expect(palette.getByRole('option')).toHaveText([/Ibrahima Konaté/]);

  await input.fill('chelsea');
  await expect(palette.getByRole('option').filter({ hasText: '2024-02-25 Chelsea v Liverpool' })).toBeVisible();
  await input.fill('legacy');
  await expect(palette.getByRole('option').first()).toContainText('I couldn’t care less about my legacy');
  await snap('palette-quote');
  await input.press('Enter');
  await expect(palette).toBeHidden();
  await expect(recordPage(app).getByRole('heading', { level: 2 })).toHaveText('I couldn’t care less about my legacy. I’m not here to create one');

  await app.keyboard.press('Control+k');
  await app.getByRole('combobox', { name: 'Go to a quote, match, person or trophy' }).fill('8th');
  await app.getByRole('option', { name: /League Cup 2023-24/ }).click();
  await expect(recordPage(app)).toContainText('Klopp’s 8th trophy at Liverpool');

  await app.keyboard.press('Control+k');
  await app.getByRole('combobox', { name: 'Go to a quote, match, person or trophy' }).fill('flamengo');
  await app.keyboard.press('ArrowDown');
  await app.keyboard.press('ArrowUp');
  await app.keyboard.press('Enter');
  await expect(recordPage(app).getByRole('heading', { level: 2 })).toHaveText('Liverpool v Flamengo');
});

test('Escape closes the palette and gives focus back', async ({ app }) => {
  const quotes = app.getByRole('button', { name: /^Quotes/ });
  await quotes.focus();
  await app.keyboard.press('Control+k');
  await expect(app.getByRole('dialog', { name: 'Go to' })).toBeVisible();
  await app.keyboard.press('Escape');
  await expect(app.getByRole('dialog', { name: 'Go to' })).toBeHidden();
  await expect(quotes).toBeFocused();
});
