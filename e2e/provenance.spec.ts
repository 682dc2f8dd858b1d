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

test('a source’s page reads its text with its quotes marked; a mark opens the quote, a selection makes a new one', async ({ app, archiveFile, snap }) => {
  await app.setViewportSize({ width: 1280, height: 800 });
  await openView(app, 'Sources');
  await app.getByRole('table', { name: 'Sources' }).getByRole('row').filter({ hasText: 'last dance' }).click();
  const page = recordPage(app);
  const marks = page.locator('.source-reader__mark');
  const fromThisSource = (await readArchive(archiveFile)).quotes.filter((quote) => quote.sourceIds.includes('source-last-dance-league-cup-final-2024'));
  await expect(marks).toHaveCount(fromThisSource.length);
  await expect(page.getByRole('button', { name: 'I couldn’t care less about my legacy. I’m not here to create one (open the quote of Jürgen Klopp)' })).toBeVisible();
  await page.getByRole('group', { name: 'The selected passage' }).scrollIntoViewIfNeeded();
  await snap('provenance-source-reader');
  await expectNoAxeViolations(app, 'the source reader, light');

  await page.getByRole('button', { name: /^I couldn’t care less about my legacy.*\(open the quote/ }).click();
  await expect(recordPage(app).getByRole('heading', { level: 2 })).toContainText('I couldn’t care less about my legacy');

  await openView(app, 'Sources');
  await app.getByRole('table', { name: 'Sources' }).getByRole('row').filter({ hasText: 'last dance' }).click();
  const words = 'Liverpool fans are savoring their final moments with Klopp';
  // Select the words as a mouse would: a range over the reader's text, then the mouse let go.
  await recordPage(app).locator('.source-reader__text').evaluate((reader, wanted) => {
    const walker = document.createTreeWalker(reader, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = node.textContent!.indexOf(wanted);
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(node, Math.max(0, at - 1));
      range.setEnd(node, at + wanted.length);
      window.getSelection()!.removeAllRanges();
      window.getSelection()!.addRange(range);
      reader.dispatchEvent(new MouseEvent('mouseup', { bubbles: true }));
      return;
    }
    throw new Error(`"${wanted}" is not in the reader`);
  }, words);
  await expect(recordPage(app).getByRole('group', { name: 'The selected passage' })).toContainText(`Selected: “${words}”`);
  await recordPage(app).locator('mark').nth(3).scrollIntoViewIfNeeded();
  await snap('provenance-source-reader-selection');
  await recordPage(app).getByRole('button', { name: 'New quote from this' }).click();

  const form = app.getByRole('form', { name: 'New quote' });
  await expect(form.getByRole('textbox', { name: 'Exact words' })).toHaveValue(words);
  await expect(form.getByLabel('Date')).toHaveValue('2024-02-26');
  await expect(form.getByRole('region', { name: 'The words against the source' })).toContainText('word for word');
  await expect(form).toContainText('Jurgen Klopp’s last dance at Liverpool is off to the perfect start');
  await snap('provenance-new-quote-from-selection');
});

test('sources that disagree: side by side on the match, picked and resolved in its form, counted in Provenance', async ({ app, archiveFile, snap }) => {
  await app.setViewportSize({ width: 1280, height: 800 });
  const matches = app.getByRole('table', { name: 'Matches' });
  await app.getByRole('button', { name: 'Open disagreements (1)' }).click();
  await expect(matches.getByRole('row').filter({ hasText: 'Leicester' })).toHaveCount(1);
  await matches.getByRole('row').filter({ hasText: 'Leicester' }).click();

  const page = recordPage(app);
  const minutes = page.getByRole('group', { name: /Minamino’s equaliser/ });
  await expect(minutes).toContainText('Jurgen Klopp’s performance at full time');
  await expect(minutes).toContainText('Liverpool FC honours and results, public record');
  await expect(page.getByRole('group', { name: /Ryan Bertrand’s penalty/ })).toContainText('missed');
  await minutes.scrollIntoViewIfNeeded();
  await snap('provenance-claims-on-the-match');

  await editOpenRecord(app);
  const form = app.getByRole('form', { name: 'Edit match' });
  const inForm = form.getByRole('group', { name: /Minamino’s equaliser/ });
  await inForm.getByRole('radio').nth(1).check();
  await inForm.getByRole('checkbox', { name: /Resolved/ }).check();
  await inForm.scrollIntoViewIfNeeded();
  await snap('provenance-claims-in-the-form');
  await expectNoAxeViolations(app, 'the claims in the match form, light');
  await form.getByRole('button', { name: 'Save', exact: true }).click();
  await expect.poll(async () => (await readArchive(archiveFile)).matches.find((match) => match.id === 'match-2021-12-22-leicester-city')?.goals[5]?.addedTime).toBe(5);
  const saved = (await readArchive(archiveFile)).matches.find((match) => match.id === 'match-2021-12-22-leicester-city')!;
  expect(saved.claims?.[0]).toMatchObject({ chosen: 1, resolved: true });

  await openView(app, 'Provenance');
  const counts = app.locator('.provenance-page__counts');
  await expect(counts).toContainText('Open disagreements between sources1');
  await expect(counts).toContainText('Quotes not word for word in their source0');
  await expect(counts).toContainText('Records that rest on no source0');
  await expect(app.getByRole('main')).toContainText('Ryan Bertrand’s penalty in the shoot-out: saved');
  await snap('provenance-view');
  await expectNoAxeViolations(app, 'the provenance view, light');
});

test('the provenance screens in the dark theme', async ({ app }) => {
  // Three axe walks: room for them on a loaded machine.
  test.setTimeout(120_000);
  await app.setViewportSize({ width: 1280, height: 800 });
  await app.emulateMedia({ colorScheme: 'dark' });
  await openView(app, 'Quotes');
  await app.getByRole('table', { name: 'Quotes' }).getByRole('row').filter({ hasText: 'That’s the target' }).click();
  await editOpenRecord(app);
  await app.getByRole('textbox', { name: 'Exact words' }).fill('That’s the goal and we will go again.');
  await expect(app.getByRole('region', { name: 'The words against the source' })).toContainText('differs from source');
  await expectNoAxeViolations(app, 'the quote editor with its check, dark');
  await app.getByRole('button', { name: 'Cancel' }).click();
  app.once('dialog', (dialog) => void dialog.accept());

  await openView(app, 'Sources');
  await app.getByRole('table', { name: 'Sources' }).getByRole('row').filter({ hasText: 'last dance' }).click();
  await expectNoAxeViolations(app, 'the source reader, dark');

  await openView(app, 'Provenance');
  await expectNoAxeViolations(app, 'the provenance view, dark');
});

test('a record that rests on no source is listed in Provenance, and opens from there', async ({ app, archive }) => {
  await archive.records.milestones.create({ date: '2019-06-02', kind: 'other', title: 'Trophy parade through the city' });
  await app.reload();
  await openView(app, 'Provenance');
  await expect(app.locator('.provenance-page__counts')).toContainText('Records that rest on no source1');
  await app.getByRole('button', { name: /Trophy parade through the city/ }).click();
  await expect(recordPage(app)).toContainText('This milestone rests on no source');
});
