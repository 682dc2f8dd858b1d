import { expect, test } from './harness/fixtures';
import { ActionCounter } from './harness/actions';
import { openView, readArchive } from './harness/editor';

// Liverpool 4-0 Barcelona, Champions League semi-final second leg, 2019-05-07:
// Origi 7', Wijnaldum 54', Wijnaldum 56', Origi 79'; half time 1-0. Wijnaldum is not in the archive yet.
test('entering Liverpool 4-0 Barcelona: the actions it takes', async ({ app, archiveFile }) => {
  const user = new ActionCounter(app);
  // The scorer cannot be created from a goal row: Wijnaldum is added in People first.
  await openView(app, 'People');
  user.log.push('(open People)');
  user.actions += 1;
  user.clicks += 1;
  await user.click(app.getByRole('button', { name: 'New person' }), 'New person');
  const person = app.getByRole('form', { name: 'New person' });
  await user.fill(person.getByLabel('Name'), 'Georginio Wijnaldum', 'name');
  await user.fill(person.getByLabel('Club'), 'Liverpool', 'club');
  await user.click(person.getByRole('button', { name: 'Create' }), 'Create');
  await expect(app.getByRole('status')).toContainText('Saved');
  await openView(app, 'Matches');
  user.log.push('(open Matches)');
  user.actions += 1;
  user.clicks += 1;

  await user.click(app.getByRole('button', { name: 'New match' }), 'New match');
  const form = app.getByRole('form', { name: 'New match' });
  await user.fill(form.getByLabel('Date', { exact: true }), '2019-05-07', 'date');
  await user.fill(form.getByLabel('Opponent', { exact: true }), 'Barcelona', 'opponent');
  await user.fill(form.getByLabel('Competition'), 'UEFA Champions League', 'competition');
  await user.fill(form.getByLabel('Stage or round'), 'Semi-final, second leg', 'stage');
  await user.fill(form.getByLabel('Full time: Liverpool'), '4', 'full time');
  await user.click(form.getByLabel('Half-time score known'), 'half time known');
  await user.fill(form.getByLabel('Half time: Liverpool'), '1', 'half time');
  const goals: Array<[string, string]> = [['7', 'Divock Origi'], ['54', 'Georginio Wijnaldum'], ['56', 'Georginio Wijnaldum'], ['79', 'Divock Origi']];
  for (const [index, [minute, scorer]] of goals.entries()) {
    await user.click(form.getByRole('button', { name: 'Add goal' }), 'Add goal');
    await user.fill(form.getByLabel(`Goal ${index + 1} minute`), minute, 'minute');
    await user.select(form.getByLabel(`Goal ${index + 1} scorer`), { label: scorer }, 'scorer');
  }
  await user.click(form.getByRole('button', { name: 'Create' }), 'Create');
  await expect(app.getByRole('status')).toContainText('Saved 2019-05-07 Liverpool v Barcelona');

  const match = (await readArchive(archiveFile)).matches.find((candidate) => candidate.opponent === 'Barcelona');
  expect(match).toMatchObject({ date: '2019-05-07', fullTime: { liverpool: 4, opponent: 0 }, halfTime: { liverpool: 1, opponent: 0 } });
  console.log(`Liverpool 4-0 Barcelona: ${user.actions} actions (${user.clicks} clicks, ${user.keystrokes} keystrokes)\n${user.log.join('\n')}`);
  expect(user.actions).toBe(27);
});
