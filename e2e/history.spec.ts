import { openArchive } from '../src/main/archive/archive';
import { expect, test } from './harness/fixtures';
import { editOpenRecord, openView, readArchive } from './harness/editor';
import { expectNoAxeViolations } from './harness/axe';

const EDITOR = { name: 'Ada Reporter', email: 'ada@newsroom.example' };

// The app keeps the git history beside the archive; here too, with a known editor.
test.use({
  archive: async ({ archiveFile }, use) => {
    const archive = await openArchive(archiveFile, { history: { author: () => EDITOR } });
    await use(archive);
    await archive.history?.close();
  },
});

test('a quote’s history shows who changed its words, word by word, and restores the earlier version', async ({ app, archiveFile, snap }) => {
  await app.setViewportSize({ width: 1280, height: 800 });
  await openView(app, 'Quotes');
  await app.getByRole('table', { name: 'Quotes' }).getByRole('row').filter({ hasText: 'care less about my legacy' }).click();
  await editOpenRecord(app);
  const form = app.getByRole('form', { name: 'Edit quote' });
  await form.getByLabel('Exact words').fill('I could not care less about my legacy. I’m not here to create one');
  // The quote is verified and its new words differ from its article: saving asks first.
  app.once('dialog', (dialog) => void dialog.accept());
  await form.getByRole('button', { name: 'Save' }).click();
  await expect(app.getByRole('status')).toContainText('Saved');
  // Back from the form to the record's page, where its history is.
  await form.getByRole('button', { name: 'Cancel' }).click();

  const panel = app.getByRole('complementary', { name: /quote/ });
  await panel.getByText('History of this record').click();
  const versions = panel.getByRole('list', { name: 'Versions, newest first' }).getByRole('listitem');
  await expect(versions).toHaveCount(2);
  await expect(versions.first()).toContainText(EDITOR.name);
  await expect(versions.first()).toContainText('Edit quote quote-klopp-legacy: text');
  await expect(versions.first().locator('del')).toHaveText(['couldn’t']);
  // The words added, however the diff splits them: "could" and "not".
  expect((await versions.first().locator('ins').allTextContents()).join('')).toMatch(/^could\s*not\s*$/);
  await expect(versions.nth(1)).toContainText('History begins');
  await expectNoAxeViolations(app, 'a record’s history');
  await snap('history-record');

  app.once('dialog', (dialog) => void dialog.accept());
  await versions.nth(1).getByRole('button', { name: 'Restore this version' }).click();
  await expect(app.getByRole('status')).toContainText('Restored the version');
  await expect.poll(async () => (await readArchive(archiveFile)).quotes.find((quote) => quote.id === 'quote-klopp-legacy')?.text).toBe(
    'I couldn’t care less about my legacy. I’m not here to create one',
  );
  await expect(versions).toHaveCount(3);
  await expect(versions.first()).toContainText('Restore quote quote-klopp-legacy to its version of');

  // A restore is one change of the session: undone, the edited words come back.
  await app.getByRole('status').getByRole('button', { name: 'Undo', exact: true }).click();
  await expect.poll(async () => (await readArchive(archiveFile)).quotes.find((quote) => quote.id === 'quote-klopp-legacy')?.text).toBe(
    'I could not care less about my legacy. I’m not here to create one',
  );
});

test('recent changes list every change, deleted records too, filter by kind, editor and date, and open the record', async ({ app, archive, snap }) => {
  await app.setViewportSize({ width: 1280, height: 800 });
  // A person added and deleted elsewhere (the command line, say): the history still has them.
  const passing = await archive.records.people.create({ name: 'Passing Visitor', aliases: [], role: 'fan' });
  await archive.records.people.delete(passing.id);

  await openView(app, 'Quotes');
  await app.getByRole('table', { name: 'Quotes' }).getByRole('row').filter({ hasText: 'care less about my legacy' }).click();
  await editOpenRecord(app);
  await app.getByRole('form', { name: 'Edit quote' }).getByLabel('Notes').fill('Checked against the AP copy.');
  await app.getByRole('form', { name: 'Edit quote' }).getByRole('button', { name: 'Save' }).click();
  await expect(app.getByRole('status')).toContainText('Saved');

  await openView(app, 'Recent changes');
  const entries = app.getByRole('list', { name: 'Changes, newest first' }).locator('> li');
  await expect(entries).toHaveCount(4);
  await expect(entries.first()).toContainText('Edit quote quote-klopp-legacy: notes');
  await expect(entries.first()).toContainText(EDITOR.email);
  await expect(entries.nth(1)).toContainText('Passing Visitor, no longer in the archive');
  await expect(entries.last()).toContainText('History begins');

  await app.getByLabel('Kind', { exact: true }).selectOption('people');
  await expect(entries).toHaveCount(3);
  await app.getByLabel('Kind', { exact: true }).selectOption('');
  await app.getByLabel('Editor', { exact: true }).fill('nobody-else');
  await expect(app.getByText('No change matches.')).toBeVisible();
  await app.getByLabel('Editor', { exact: true }).fill('ada');
  await expect(entries).toHaveCount(4);
  await app.getByLabel('From', { exact: true }).fill('2000-01-01');
  await app.getByLabel('To', { exact: true }).fill('2000-12-31');
  await expect(app.getByText('No change matches.')).toBeVisible();
  await app.getByRole('button', { name: 'Clear' }).click();
  await expect(entries).toHaveCount(4);
  await expectNoAxeViolations(app, 'recent changes');
  await snap('history-recent-changes');

  await entries.first().getByRole('button', { name: /quote/ }).click();
  await expect(app.getByRole('article').getByRole('heading', { level: 2 })).toContainText('care less about my legacy');
});
