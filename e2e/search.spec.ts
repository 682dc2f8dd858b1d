import { expect, test } from './harness/fixtures';
import { recordPage } from './harness/editor';

test('typing a query shows ranked quotes with the matched words highlighted', async ({ app, snap }) => {
  await app.getByRole('button', { name: 'Search quotes' }).click();
  const box = app.getByRole('searchbox', { name: 'Search quotes' });
  await box.fill('Jurgen outstandng');
  const results = app.getByRole('list', { name: 'Search results' });
  await expect(results.getByRole('listitem')).toHaveCount(1);
  const hit = results.getByRole('listitem').first();
  await expect(hit).toContainText('It’s absolutely outstanding.');
  await expect(hit.locator('mark')).toHaveText(['outstanding', 'Jürgen']);
  await expect(hit).toContainText('Liverpool v Leicester City');
  await snap('search-typo-highlight');

  await hit.getByRole('button', { name: 'Open the quote of Jürgen Klopp, 2021-12-22' }).click();
  await expect(recordPage(app).getByRole('heading', { level: 2 })).toHaveText(/^Honestly, if I would have known/);
});

test('filters, phrases and exclusions narrow the results; a malformed query says what it ignored', async ({ app, snap }) => {
  await app.getByRole('button', { name: 'Search quotes' }).click();
  const box = app.getByRole('searchbox', { name: 'Search quotes' });
  const results = app.getByRole('list', { name: 'Search results' }).getByRole('listitem');

  await box.fill('speaker:gomez season:2023-24');
  await expect(results).toHaveCount(4);
  await box.fill('speaker:gomez -target');
  await expect(results).toHaveCount(3);
  await box.fill('"push we get"');
  await expect(results).toHaveCount(1);
  await box.fill('club foo:bar before:2021-13-45');
  await expect(app.getByRole('status', { name: 'Parts of the query that were ignored' })).toContainText('foo');
  await expect(results.first()).toBeVisible();
  await snap('search-warnings');
});

test('setting, interviewer, outlet and match filters find what a journalist asks for', async ({ app, snap }) => {
  await app.getByRole('button', { name: 'Search quotes' }).click();
  const box = app.getByRole('searchbox', { name: 'Search quotes' });
  const results = app.getByRole('list', { name: 'Search results' }).getByRole('listitem');

  await box.fill('setting:"post-match interview"');
  await expect(results).toHaveCount(4);
  await box.fill('interviewer:fjortoft responsibility');
  await expect(results).toHaveCount(1);
  await box.fill('outlet:"associated press"');
  await expect(results).toHaveCount(2);
  await box.fill('match:leicester');
  await expect(results).toHaveCount(4);
  await box.fill('match:2024-02-25 speaker:gomez');
  await expect(results).toHaveCount(4);
  await box.fill('match:2024-25-02');
  await expect(app.getByText('No quote matches')).toBeVisible();
  await box.fill('match:chelsea setting:"supporter interview"');
  await expect(results).toHaveCount(2);
  await snap('search-journalist-filters');
});

test('a saved search appears in the sidebar and runs again from there', async ({ app }) => {
  await app.getByRole('button', { name: 'Search quotes' }).click();
  await app.getByRole('searchbox', { name: 'Search quotes' }).fill('tag:supporters speaker:klopp');
  await app.getByRole('button', { name: 'Save search' }).click();
  await app.getByRole('textbox', { name: 'Name of the saved search' }).fill('Klopp on the fans');
  await app.getByRole('button', { name: 'Save', exact: true }).click();
  const saved = app.getByRole('region', { name: 'Saved searches' });
  await expect(saved.getByRole('button', { name: 'Klopp on the fans', exact: true })).toBeVisible();

  await app.getByRole('button', { name: /^Matches/ }).click();
  await saved.getByRole('button', { name: 'Klopp on the fans', exact: true }).click();
  await expect(app.getByRole('searchbox', { name: 'Search quotes' })).toHaveValue('tag:supporters speaker:klopp');
  await expect(app.getByRole('list', { name: 'Search results' }).getByRole('listitem')).toHaveCount(5);
});
