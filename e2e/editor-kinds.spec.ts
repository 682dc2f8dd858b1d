import { expect, test } from './harness/fixtures';
import { openView, readArchive, editOpenRecord, pick, matchRow } from './harness/editor';

test('a match: goals edited until the score adds up, the rule shown on the goals as they are typed', async ({ app, archiveFile, snap }) => {
  await app.getByRole('table', { name: 'Matches' }).getByRole('row').filter({ hasText: '2024-05-19' }).click();
  await editOpenRecord(app);
  const form = app.getByRole('form', { name: 'Edit match' });
  await form.getByRole('button', { name: 'Add goal' }).click();
  // Live: no save attempt yet, the rule is already on the goals and the footer says why saving is refused.
  await expect(form.getByText("Liverpool's goals in normal time add up to 1 but the full-time score says 2", { exact: true })).toBeVisible();
  await expect(form.getByRole('alert').filter({ hasText: /^Cannot save yet\. Goals:/ })).toBeVisible();
  await form.getByLabel('Goal 1 minute').fill('34');
  await pick(form, 'Goal 1 scorer', 'salah', /Mohamed Salah/);
  await form.getByRole('button', { name: 'Add goal' }).click();
  await form.getByLabel('Goal 2 minute').fill('60+2');
  await expect(form.getByLabel('Goal 2 minute')).toHaveAccessibleDescription('added time only follows the 45th, 90th, 105th or 120th minute');
  await form.getByLabel('Goal 2 minute').fill('90+2');
  await expect(form.getByText(/add up to/)).toHaveCount(0);
  await snap('editor-match');
  await form.getByRole('button', { name: 'Save' }).click();
  await expect(app.getByRole('status')).toContainText('Saved');
  const wolves = (await readArchive(archiveFile)).matches.find((match) => match.id === 'match-2024-05-19-wolverhampton-wanderers');
  expect(wolves?.goals.map((goal) => [goal.minute, goal.addedTime, goal.scorerId])).toEqual([[34, undefined, 'mohamed-salah'], [90, 2, undefined]]);
});

test('a match: shoot-out kicks may be partial but never contradict the score', async ({ app, archiveFile, snap }) => {
  await (await matchRow(app, '2021-12-22')).click();
  await editOpenRecord(app);
  const form = app.getByRole('form', { name: 'Edit match' });
  for (const kick of [8, 9, 10]) {
    await form.getByRole('button', { name: 'Add kick' }).click();
    await pick(form, `Kick ${kick} taker`, 'mo sal', /Mohamed Salah/);
  }
  await expect(form.getByText('Liverpool has 6 kicks logged as scored but the shoot-out score says 5', { exact: true })).toBeVisible();
  await snap('editor-match-shootout-error');
  await form.getByLabel('Kick 10 outcome').selectOption('saved');
  await expect(form.getByText(/kicks logged as scored/)).toHaveCount(0);
  await form.getByRole('button', { name: 'Save' }).click();
  await expect(app.getByRole('status')).toContainText('Saved');
  const leicester = (await readArchive(archiveFile)).matches.find((match) => match.id === 'match-2021-12-22-leicester-city');
  expect(leicester?.shootout?.kicks.slice(7).map((kick) => [kick.takerId, kick.outcome])).toEqual([
    ['mohamed-salah', 'scored'],
    ['mohamed-salah', 'scored'],
    ['mohamed-salah', 'saved'],
  ]);
});

test('a quote: the speaker is created inline, without leaving the quote', async ({ app, archiveFile, snap }) => {
  await openView(app, 'Quotes');
  await app.getByRole('button', { name: 'New quote' }).click();
  const form = app.getByRole('form', { name: 'New quote' });
  await form.getByLabel('Exact words').fill('Mentality giants, that is what they are.');
  // Not in the archive: the picker offers to add the person as typed, and the quote keeps its words.
  await form.getByRole('combobox', { name: 'Speaker' }).fill('Pepijn Lijnders');
  await form.getByRole('option', { name: 'New person “Pepijn Lijnders”…' }).click();
  await expect(form.getByLabel('New person’s name')).toHaveValue('Pepijn Lijnders');
  await form.getByLabel('New person’s role').selectOption('staff');
  await form.getByRole('button', { name: 'Add person' }).click();
  await expect(form.getByRole('combobox', { name: 'Speaker' })).toHaveValue('Pepijn Lijnders');
  await expect(form.getByLabel('Exact words')).toHaveValue('Mentality giants, that is what they are.');
  await form.getByLabel('Verification').selectOption('disputed');
  await pick(form, 'Sources', 'full time', /full time reveals the truth/);
  await snap('editor-quote');
  await form.getByRole('button', { name: 'Create' }).click();
  await expect(app.getByRole('status')).toContainText('Saved');
  const archive = await readArchive(archiveFile);
  const speaker = archive.people.find((person) => person.name === 'Pepijn Lijnders');
  expect(speaker).toMatchObject({ role: 'staff' });
  expect(archive.quotes.find((quote) => quote.text.startsWith('Mentality giants'))).toMatchObject({ speakerId: speaker?.id, status: 'disputed' });
});

test('a person: name, role and other spellings', async ({ app, archiveFile, snap }) => {
  await openView(app, 'People');
  await app.getByRole('table', { name: 'People' }).getByRole('row').filter({ hasText: 'Joe Gomez' }).click();
  await editOpenRecord(app);
  const form = app.getByRole('form', { name: 'Edit person' });
  await form.getByLabel('Name').fill('');
  await expect(form.getByLabel('Name')).toHaveAccessibleDescription('must not be empty');
  await expect(form.getByRole('alert').filter({ hasText: 'Cannot save yet. Name: must not be empty' })).toBeVisible();
  await form.getByLabel('Name').fill('Joe Gomez');
  await form.getByLabel('Also written').fill('Joseph Gomez, Joe Gómez');
  await form.getByLabel('Club').fill('Liverpool');
  await snap('editor-person');
  await form.getByRole('button', { name: 'Save' }).click();
  await expect(app.getByRole('status')).toContainText('Saved');
  expect((await readArchive(archiveFile)).people.find((person) => person.id === 'joe-gomez')).toMatchObject({ aliases: ['Joseph Gomez', 'Joe Gómez'], club: 'Liverpool' });
});

test('a source: kind, publisher, author, date, address and full text', async ({ app, archiveFile, snap }) => {
  await openView(app, 'Sources');
  await app.getByRole('button', { name: 'New source' }).click();
  const form = app.getByRole('form', { name: 'New source' });
  await form.getByLabel('Title').fill('Klopp: “I am the Normal One”');
  await form.getByLabel('Kind').selectOption('broadcast');
  await form.getByLabel('Publisher').fill('Sky Sports');
  await form.getByLabel('Author').fill('Press pool');
  await form.getByLabel('Date').fill('2015-10-09');
  await form.getByLabel('Address (URL)').fill('ftp://example.org/normal-one');
  await expect(form.getByLabel('Address (URL)')).toHaveAccessibleDescription('must be an http(s) address');
  await form.getByLabel('Address (URL)').fill('https://example.org/normal-one');
  await form.getByLabel('Full text').fill('I am a normal guy from the Black Forest.\nI am the Normal One.');
  await snap('editor-source');
  await form.getByRole('button', { name: 'Create' }).click();
  await expect(app.getByRole('status')).toContainText('Saved');
  const source = (await readArchive(archiveFile)).sources.find((candidate) => candidate.title.includes('Normal One'));
  expect(source).toMatchObject({ kind: 'broadcast', publisher: 'Sky Sports', author: 'Press pool', date: '2015-10-09', url: 'https://example.org/normal-one' });
  expect(source?.text).toContain('Black Forest');
});

test('a trophy: its deciding match and its ordinal in the era', async ({ app, archiveFile, snap }) => {
  await openView(app, 'Trophies');
  await app.getByRole('table', { name: 'Trophies' }).getByRole('row').filter({ hasText: 'FA Community' }).click();
  await editOpenRecord(app);
  const form = app.getByRole('form', { name: 'Edit trophy' });
  await expect(form).toContainText('Klopp’s 7th trophy at Liverpool · season 2022-23');
  // The ordinal follows the date as it is typed: before the Champions League it would be the first.
  await form.getByLabel('Date won').fill('2019-05-01');
  await expect(form).toContainText('Klopp’s 1st trophy at Liverpool · season 2018-19');
  await form.getByLabel('Date won').fill('2022-07-30');
  await pick(form, 'Deciding match', '', 'No single deciding match');
  await pick(form, 'Deciding match', 'man city 2022', /2022-07-30 Liverpool v Manchester City/);
  await form.getByLabel('Notes').fill('Played at the King Power Stadium.');
  await snap('editor-trophy');
  await form.getByRole('button', { name: 'Save' }).click();
  await expect(app.getByRole('status')).toContainText('Saved');
  const shield = (await readArchive(archiveFile)).trophies.find((trophy) => trophy.competition === 'FA Community Shield');
  expect(shield).toMatchObject({ dateWon: '2022-07-30', decidingMatchId: 'match-2022-07-30-manchester-city', notes: 'Played at the King Power Stadium.' });
});

test('a milestone: date, kind, title and match', async ({ app, archiveFile, snap }) => {
  await openView(app, 'Milestones');
  await app.getByRole('table', { name: 'Milestones' }).getByRole('row').filter({ hasText: 'appointed' }).click();
  await editOpenRecord(app);
  const form = app.getByRole('form', { name: 'Edit milestone' });
  await form.getByLabel('Description').fill('Unveiled at Anfield as “the Normal One”.');
  await snap('editor-milestone');
  await form.getByRole('button', { name: 'Save' }).click();
  await expect(app.getByRole('status')).toContainText('Saved');
  expect((await readArchive(archiveFile)).milestones.find((milestone) => milestone.id === 'milestone-appointment')?.description).toBe('Unveiled at Anfield as “the Normal One”.');
});
