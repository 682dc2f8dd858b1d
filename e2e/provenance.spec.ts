import { expect, test } from './harness/fixtures';
import { editOpenRecord, openView, readArchive, recordPage } from './harness/editor';
import { expectNoAxeViolations } from './harness/axe';

test('the quote editor checks the words against the source as they are typed', async ({ app, archiveFile, snap }) => {
  await app.setViewportSize({ width: 1280, height: 800 });
  await openView(app, 'Quotes');
  const list = app.getByRole('table', { name: 'Quotes' });
  await expect(list.getByRole('row').filter({ hasText: 'That’s the target' })).toContainText('word for word');
  await list.getByRole('row').filter({ hasText: 'That’s the target' }).click();
  const page = recordPage(app);
  await expect(page.getByRole('region', { name: 'Against the source' })).toContainText('word for word against Jurgen Klopp’s last dance');
  await editOpenRecord(app);

  const words = app.getByRole('textbox', { name: 'Exact words' });
  const check = app.getByRole('region', { name: 'The words against the source' });
  await words.fill("That's the target and we will go again.");
  await expect(check).toContainText('same words (apostrophes)');
  await expect(check.getByRole('blockquote', { name: 'The passage in the source' }).locator('mark')).toHaveText('That’s the target and we will go again.');

  await words.fill('That’s the goal and we will go again.');
  await expect(check).toContainText('differs from source');
  await expect(check.locator('del')).toHaveText(/target/);
  await expect(check.locator('ins')).toHaveText(/goal/);
  await snap('provenance-quote-editor-differs');
  await expectNoAxeViolations(app, 'the quote editor with its check, light');

  // "Verified" on words that differ asks first; declining saves nothing.
  await app.getByRole('combobox', { name: 'Verification' }).selectOption('verified');
  let asked = '';
  app.once('dialog', (dialog) => {
    asked = dialog.message();
    void dialog.dismiss();
  });
  await app.getByRole('button', { name: 'Save', exact: true }).click();
  await expect.poll(() => asked).toContain('differs from source');
  expect((await readArchive(archiveFile)).quotes.find((quote) => quote.id === 'quote-gomez-go-again')?.text).toBe('That’s the target and we will go again.');

  app.once('dialog', (dialog) => void dialog.accept());
  await app.getByRole('button', { name: 'Save', exact: true }).click();
  await expect.poll(async () => (await readArchive(archiveFile)).quotes.find((quote) => quote.id === 'quote-gomez-go-again')?.status).toBe('verified');

  // The list's toggle keeps only the quotes that are not word for word.
  await app.keyboard.press('Escape');
  await app.getByRole('button', { name: 'Not word for word' }).click();
  await expect(list.getByRole('row').filter({ hasText: '“' })).toHaveCount(1);
  await expect(list).toContainText('That’s the goal and we will go again.');
  await snap('provenance-quotes-not-word-for-word');
});

test('search results carry each quote’s check', async ({ app }) => {
  await openView(app, 'Search quotes');
  await app.getByRole('searchbox', { name: 'Search quotes' }).fill('legacy');
  await expect(app.getByRole('list', { name: 'Search results' }).getByRole('listitem').first()).toContainText('word for word');
});
