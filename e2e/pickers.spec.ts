import { expect, test } from './harness/fixtures';
import { editOpenRecord, matchRow, openView, pick, readArchive } from './harness/editor';

test('a picker is a combobox that finds by any spelling, accents aside, from the keyboard', async ({ app, snap }) => {
  await openView(app, 'Quotes');
  await app.getByRole('button', { name: 'New quote' }).click();
  const form = app.getByRole('form', { name: 'New quote' });
  const speaker = form.getByRole('combobox', { name: 'Speaker' });
  await speaker.fill('konate');
  await expect(speaker).toHaveAttribute('aria-expanded', 'true');
  const list = form.getByRole('listbox', { name: 'Suggestions' });
  await expect(list.getByRole('option')).toHaveText([/Ibrahima Konaté/, /New person “konate”…/]);
  await speaker.fill('Jurgen');
  await expect(list.getByRole('option').first()).toContainText('Jürgen Klopp');
  await speaker.fill('juergen');
  await expect(list.getByRole('option').first()).toContainText('Jürgen Klopp');
  // The highlighted option is announced through aria-activedescendant.
  const first = await list.getByRole('option').first().getAttribute('id');
  await expect(speaker).toHaveAttribute('aria-activedescendant', first!);
  await speaker.press('ArrowDown');
  const second = await list.getByRole('option').nth(1).getAttribute('id');
  await expect(speaker).toHaveAttribute('aria-activedescendant', second!);
  await speaker.press('ArrowUp');
  await snap('picker-speaker-open');
  await speaker.press('Enter');
  await expect(speaker).toHaveValue('Jürgen Klopp');
  await expect(speaker).toHaveAttribute('aria-expanded', 'false');
  // Escape closes the list without closing the form.
  await speaker.fill('gom');
  await speaker.press('Escape');
  await expect(speaker).toHaveAttribute('aria-expanded', 'false');
  await expect(form).toBeVisible();
  await speaker.press('Escape');
  await expect(speaker).toHaveValue('Jürgen Klopp');
});

test('the interviewer and a source are created inline, the quote keeping what was typed', async ({ app, archiveFile, snap }) => {
  await openView(app, 'Quotes');
  await app.getByRole('button', { name: 'New quote' }).click();
  const form = app.getByRole('form', { name: 'New quote' });
  await form.getByLabel('Exact words').fill('We play football, we do not play against a name.');
  await pick(form, 'Speaker', 'klopp', 'Jürgen Klopp');
  await form.getByRole('combobox', { name: 'Interviewer' }).fill('Des Kelly');
  await form.getByRole('option', { name: 'New person “Des Kelly”…' }).click();
  await expect(form.getByLabel('New person’s role')).toHaveValue('journalist');
  await form.getByRole('button', { name: 'Add person' }).click();
  await expect(form.getByRole('combobox', { name: 'Interviewer' })).toHaveValue('Des Kelly');

  await form.getByRole('combobox', { name: 'Sources' }).fill('BT Sport interview');
  await form.getByRole('option', { name: 'New source “BT Sport interview”…' }).click();
  await form.getByLabel('New source’s kind').selectOption('broadcast');
  // An address typed without https:// is taken with it.
  await form.getByLabel('New source’s address').fill('www.bt.com/sport/klopp');
  await snap('picker-new-source');
  await form.getByLabel('New source’s address').press('Enter');
  await expect(form.getByRole('list', { name: 'Chosen sources' })).toContainText('BT Sport interview');
  await expect(form.getByLabel('Exact words')).toHaveValue('We play football, we do not play against a name.');
  await form.getByRole('button', { name: 'Create' }).click();
  await expect(app.getByRole('status')).toContainText('Saved');

  const archive = await readArchive(archiveFile);
  const kelly = archive.people.find((person) => person.name === 'Des Kelly');
  const source = archive.sources.find((candidate) => candidate.title === 'BT Sport interview');
  expect(kelly).toMatchObject({ role: 'journalist' });
  expect(source).toMatchObject({ kind: 'broadcast', url: 'https://www.bt.com/sport/klopp' });
  expect(archive.quotes.find((quote) => quote.text.startsWith('We play football'))).toMatchObject({ speakerId: 'jurgen-klopp', setting: { interviewerId: kelly?.id }, sourceIds: [source?.id] });
});

test("a scorer and a kick taker are created from their rows, and the scorer's side follows the person", async ({ app, archiveFile }) => {
  await (await matchRow(app, '2021-12-22')).click();
  await editOpenRecord(app);
  const form = app.getByRole('form', { name: 'Edit match' });
  // Goal 1 is Vardy's: choosing a Liverpool player makes it Liverpool's (the score then objects).
  await expect(form.getByLabel('Goal 1 team')).toHaveValue('opponent');
  await pick(form, 'Goal 1 scorer', 'salah', /Mohamed Salah/);
  await expect(form.getByLabel('Goal 1 team')).toHaveValue('liverpool');
  await pick(form, 'Goal 1 scorer', 'vardy', /Jamie Vardy/);
  await expect(form.getByLabel('Goal 1 team')).toHaveValue('opponent');

  await form.getByRole('combobox', { name: 'Goal 1 scorer' }).fill('Jamie Vardy Jr');
  await form.getByRole('option', { name: 'New person “Jamie Vardy Jr”…' }).click();
  await expect(form.getByLabel('New person’s club')).toHaveValue('Leicester City');
  await form.getByRole('button', { name: 'Add person' }).click();
  await expect(form.getByRole('combobox', { name: 'Goal 1 scorer' })).toHaveValue('Jamie Vardy Jr');
  await expect(form.getByLabel('Goal 1 team')).toHaveValue('opponent');

  await form.getByRole('button', { name: 'Add kick' }).click();
  await form.getByRole('combobox', { name: 'Kick 8 taker' }).fill('Harvey Elliott');
  await form.getByRole('option', { name: 'New person “Harvey Elliott”…' }).click();
  await form.getByRole('button', { name: 'Add person' }).click();
  await expect(form.getByRole('combobox', { name: 'Kick 8 taker' })).toHaveValue('Harvey Elliott');
  await form.getByLabel('Kick 8 outcome').selectOption('saved');
  await form.getByRole('button', { name: 'Save' }).click();
  await expect(app.getByRole('status')).toContainText('Saved');
  const archive = await readArchive(archiveFile);
  const junior = archive.people.find((person) => person.name === 'Jamie Vardy Jr');
  const elliott = archive.people.find((person) => person.name === 'Harvey Elliott');
  expect(junior).toMatchObject({ club: 'Leicester City' });
  const match = archive.matches.find((candidate) => candidate.id === 'match-2021-12-22-leicester-city');
  expect(match?.goals[0]).toMatchObject({ scorerId: junior?.id, team: 'opponent' });
  expect(match?.shootout?.kicks.at(-1)).toMatchObject({ takerId: elliott?.id, team: 'liverpool', outcome: 'saved' });
});

test('the deciding match and a milestone match are found by opponent or date', async ({ app, archiveFile }) => {
  await openView(app, 'Trophies');
  await app.getByRole('table', { name: 'Trophies' }).getByRole('row').filter({ hasText: 'FA Community' }).click();
  await editOpenRecord(app);
  const form = app.getByRole('form', { name: 'Edit trophy' });
  await form.getByRole('combobox', { name: 'Deciding match' }).fill('2022-07');
  await expect(form.getByRole('option')).toHaveText([/2022-07-30 Liverpool v Manchester City/]);
  await form.getByRole('combobox', { name: 'Deciding match' }).fill('');
  await form.getByRole('option', { name: 'No single deciding match' }).click();
  await form.getByRole('button', { name: 'Save' }).click();
  await expect(app.getByRole('status')).toContainText('Saved');
  expect((await readArchive(archiveFile)).trophies.find((trophy) => trophy.competition === 'FA Community Shield')?.decidingMatchId).toBeUndefined();
});
