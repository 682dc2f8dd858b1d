import { expect, test } from './harness/fixtures';
import { ActionCounter } from './harness/actions';
import { readArchive } from './harness/editor';

// Liverpool 4-0 Barcelona, Champions League semi-final second leg, 2019-05-07:
// Origi 7', Wijnaldum 54', Wijnaldum 56', Origi 79'; half time 1-0. Wijnaldum is not in the archive yet.
// With the form before issue 17 the same match took 27 actions (this test at commit 8e0c0b1):
// Wijnaldum added in People first, a goal's row added, its minute typed and its scorer chosen
// one by one, and both scores typed by hand.
test('entering Liverpool 4-0 Barcelona from the keyboard: 15 actions', async ({ app, archiveFile, snap }) => {
  const user = new ActionCounter(app);
  await user.press('Control+N');
  const form = app.getByRole('form', { name: 'New match' });
  // A new match's date starts empty, never today.
  await expect(form.getByLabel('Date', { exact: true })).toHaveValue('');
  await user.fill(form.getByLabel('Date', { exact: true }), '2019-05-07', 'date');
  await user.fill(form.getByLabel('Opponent', { exact: true }), 'Barcelona', 'opponent');
  await user.fill(form.getByLabel('Competition'), 'UEFA Champions League', 'competition');
  await user.fill(form.getByLabel('Stage or round'), 'Semi-final, second leg', 'stage');

  // A goal is one line; Enter takes the scorer and starts the next line.
  const nextGoal = form.getByRole('combobox', { name: 'Next goal' });
  await user.fill(nextGoal, '7 origi', 'next goal');
  await user.press('Enter');
  await user.type('54 Georginio Wijnaldum');
  await expect(form.getByRole('option', { name: '54\' New person “Georginio Wijnaldum”…' })).toBeVisible();
  await user.press('Enter');
  // The new person starts as typed, a player of the scorer's side: Enter adds them and the goal.
  await expect(form.getByLabel('New person’s name')).toHaveValue('Georginio Wijnaldum');
  await expect(form.getByLabel('New person’s club')).toHaveValue('Liverpool');
  await user.press('Enter');
  await expect(form.getByLabel('Goal 2 scorer')).toHaveValue('Georginio Wijnaldum');
  await expect(nextGoal).toBeFocused();
  await user.type('56 wijn');
  await user.press('Enter');
  await user.type('79 origi');
  await user.press('Enter');
  // The score follows the goals: 4-0, half time 1-0.
  await expect(form.getByLabel('Full time: Liverpool')).toHaveValue('4');
  await expect(form.getByLabel('Half time: Liverpool')).toHaveValue('1');
  await snap('match-entry-keyboard');
  await user.press('Control+S');
  await expect(app.getByRole('status')).toContainText('Saved 2019-05-07 Liverpool v Barcelona');

  const archive = await readArchive(archiveFile);
  const wijnaldum = archive.people.find((person) => person.name === 'Georginio Wijnaldum');
  expect(wijnaldum).toMatchObject({ role: 'player', club: 'Liverpool' });
  // The default archive holds the openfootball record of the same match; this is the one entered.
  const match = archive.matches.find((candidate) => candidate.opponent === 'Barcelona' && candidate.stage === 'Semi-final, second leg');
  expect(match).toMatchObject({
    date: '2019-05-07',
    competition: 'UEFA Champions League',
    stage: 'Semi-final, second leg',
    fullTime: { liverpool: 4, opponent: 0 },
    halfTime: { liverpool: 1, opponent: 0 },
  });
  expect(match?.goals.map((goal) => [goal.minute, goal.scorerId, goal.team])).toEqual([
    [7, 'divock-origi', 'liverpool'],
    [54, wijnaldum?.id, 'liverpool'],
    [56, wijnaldum?.id, 'liverpool'],
    [79, 'divock-origi', 'liverpool'],
  ]);
  console.log(`Liverpool 4-0 Barcelona: ${user.actions} actions (${user.clicks} clicks, ${user.keystrokes} keystrokes)\n${user.log.join('\n')}`);
  expect(user.actions).toBe(15);
});
