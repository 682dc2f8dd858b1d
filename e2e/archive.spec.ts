import { readFile } from 'node:fs/promises';
import { expect, test } from './harness/fixtures';
import { editOpenRecord, matchRow, pick } from './harness/editor';

test('the default archive shows in every list', async ({ app, snap }) => {
  await expect(app.getByRole('heading', { name: 'Matches' })).toBeVisible();
  // Every league match of the era: the list opens on the last season, the rest a filter away.
  const matches = app.getByRole('table', { name: 'Matches' });
  await expect(matches.getByRole('row').filter({ hasText: 'Wolverhampton Wanderers' }).first()).toBeVisible();
  await expect(await matchRow(app, 'Leicester City')).toBeVisible();
  await snap('matches-list');

  await app.getByRole('button', { name: /^Quotes/ }).click();
  await expect(app.getByRole('table', { name: 'Quotes' }).getByRole('row').filter({ hasText: 'I couldn’t care less about my legacy' })).toBeVisible();

  await app.getByRole('button', { name: /^Trophies/ }).click();
  const trophies = app.getByRole('table', { name: 'Trophies' });
  await expect(trophies.getByRole('row').filter({ hasText: '8th' })).toContainText('League Cup');
  await snap('trophies-list');

  await app.getByRole('button', { name: /^People/ }).click();
  await expect(app.getByRole('table', { name: 'People' }).getByRole('row').filter({ hasText: 'Jürgen Klopp' })).toBeVisible();
  await app.getByRole('button', { name: /^Sources/ }).click();
  await expect(app.getByRole('table', { name: 'Sources' }).getByRole('row').filter({ hasText: 'public record' })).toBeVisible();
});

test('the app shows where the archive file is', async ({ app, archiveFile }) => {
  await expect(app.getByRole('navigation', { name: 'Archive' })).toContainText(archiveFile);
});

test('a new quote appears in the list and is in the file after a reload', async ({ app, archiveFile, snap }) => {
  await app.getByRole('button', { name: /^Quotes/ }).click();
  await app.getByRole('button', { name: 'New quote' }).click();
  const form = app.getByRole('form', { name: 'New quote' });
  const words = 'We are not a team that gives up, not today, not ever — and Anfield knew it.';
  await form.getByLabel('Exact words').fill(words);
  await pick(form, 'Speaker', 'jurgen', 'Jürgen Klopp');
  await form.getByLabel('Date').fill('2021-12-22');
  await pick(form, 'About the match', 'leicester 2021-12-22', /2021-12-22 Liverpool v Leicester City/);
  await form.getByLabel('Outlet').fill('Viaplay Fotball');
  await pick(form, 'Sources', 'full time', /full time reveals the truth/);
  await snap('quote-form-filled');
  await form.getByRole('button', { name: 'Create' }).click();

  await expect(app.getByRole('status')).toContainText('Saved');
  await expect(app.getByRole('table', { name: 'Quotes' }).getByRole('row').filter({ hasText: 'not a team that gives up' })).toBeVisible();

  const onDisk = JSON.parse(await readFile(archiveFile, 'utf8')) as { quotes: Array<{ text: string; speakerId: string; setting: { outlet?: string } }> };
  const saved = onDisk.quotes.find((quote) => quote.text === words);
  expect(saved).toMatchObject({ speakerId: 'jurgen-klopp', setting: { outlet: 'Viaplay Fotball' } });

  await app.reload();
  await app.getByRole('button', { name: /^Quotes/ }).click();
  await expect(app.getByRole('table', { name: 'Quotes' }).getByRole('row').filter({ hasText: 'not a team that gives up' })).toBeVisible();
});

test('a quote without a source cannot be saved, and says why beside the field', async ({ app, archiveFile, snap }) => {
  const before = await readFile(archiveFile);
  await app.getByRole('button', { name: /^Quotes/ }).click();
  await app.getByRole('button', { name: 'New quote' }).click();
  const form = app.getByRole('form', { name: 'New quote' });
  await form.getByLabel('Exact words').fill('Words with no source behind them.');
  await pick(form, 'Speaker', 'gomez', 'Joe Gomez');
  await form.getByRole('button', { name: 'Create' }).click();
  await expect(form.getByText('a quote needs at least one source', { exact: true })).toBeVisible();
  await snap('quote-form-error');
  expect(await readFile(archiveFile)).toEqual(before);
});

test('a match whose goals do not add up is refused on the goals, and fixed it saves', async ({ app, archiveFile, snap }) => {
  await app.getByRole('table', { name: 'Matches' }).getByRole('row').filter({ hasText: '2024-05-19' }).click();
  await editOpenRecord(app);
  const form = app.getByRole('form', { name: 'Edit match' });
  await form.getByRole('button', { name: 'Add goal' }).click();
  await form.getByRole('button', { name: 'Save' }).click();
  await expect(form.getByText("Liverpool's goals in normal time add up to 1 but the full-time score says 2", { exact: true })).toBeVisible();
  await snap('match-form-goals-error');

  await form.getByRole('button', { name: 'Add goal' }).click();
  await form.getByLabel('Goal 2 minute').fill('90+3');
  await form.getByRole('button', { name: 'Save' }).click();
  await expect(app.getByRole('status')).toContainText('Saved');
  const onDisk = JSON.parse(await readFile(archiveFile, 'utf8')) as { matches: Array<{ id: string; goals: Array<{ minute: number; addedTime?: number }> }> };
  const wolves = onDisk.matches.find((match) => match.id === 'match-2024-05-19-wolverhampton-wanderers');
  expect(wolves?.goals.map((goal) => [goal.minute, goal.addedTime])).toEqual([[1, undefined], [90, 3]]);
});
