import { expect, test } from './harness/fixtures';
import { expectNoAxeViolations } from './harness/axe';
import { editOpenRecord, pick, readArchive } from './harness/editor';

test('a leg of a tie shows its leg and the aggregate, on its page and in the list, and links to its other leg', async ({ app, snap }) => {
  await app.setViewportSize({ width: 1280, height: 800 });
  const list = app.getByRole('table', { name: 'Matches' });
  const secondLeg = list.getByRole('row').filter({ hasText: '2020-03-11' });
  await expect(secondLeg).toContainText('Liverpool v Atlético Madrid (H) · 2nd leg, 2-4 agg');
  await expect(secondLeg).toContainText('2-3 aet');
  await secondLeg.click();
  const page = app.getByRole('complementary', { name: 'match' }).getByRole('article');
  await expect(page.getByRole('heading', { level: 2 })).toHaveText('Liverpool v Atlético Madrid');
  await expect(page.getByLabel('Score')).toContainText('Second leg · lost 2-4 on aggregate');
  await expect(page.getByLabel('Score')).toContainText('After extra time (90 minutes: 1–0)');
  await snap('tie-second-leg');
  for (const colorScheme of ['light', 'dark'] as const) {
    await app.emulateMedia({ colorScheme });
    await expectNoAxeViolations(app, `a tie's second leg, ${colorScheme}`);
  }
  await page.getByRole('button', { name: '2020-02-18 Atlético Madrid v Liverpool' }).click();
  await expect(page.getByRole('heading', { level: 2 })).toHaveText('Atlético Madrid v Liverpool');
  await expect(page.getByLabel('Score')).toContainText('First leg · lost 2-4 on aggregate');

  await list.getByRole('row').filter({ hasText: '2016-01-26' }).click();
  await expect(page.getByLabel('Score')).toContainText('Second leg · 1-1 on aggregate, won 6-5 on penalties');
  await snap('tie-shootout');
});

test('unlinking a second leg shows the single-match rule its extra time breaks; linking it again saves', async ({ app, archiveFile, snap }) => {
  await app.getByRole('table', { name: 'Matches' }).getByRole('row').filter({ hasText: '2016-01-26' }).click();
  await editOpenRecord(app);
  const form = app.getByRole('form', { name: 'Edit match' });
  await expect(form.getByLabel('Other leg')).toHaveValue('2016-01-05 Stoke City v Liverpool');
  await form.getByLabel('Other leg').fill('');
  await form.getByRole('option', { name: 'A single match' }).click();
  await expect(form.getByText('extra time is only played after a level score at full time, or in the second leg of a tie level on aggregate (name its other leg)', { exact: true })).toBeVisible();
  await snap('tie-unlinked-refused');
  await pick(form, 'Other leg', 'stoke 2016-01-05', /2016-01-05 Stoke City v Liverpool/);
  await form.getByLabel('Notes').fill('Checked against the match reports.');
  await form.getByRole('button', { name: 'Save' }).click();
  await expect(app.getByRole('status')).toContainText('Saved');
  const onDisk = (await readArchive(archiveFile)).matches;
  expect(onDisk.find((match) => match.id === 'match-2016-01-26-stoke-city')).toMatchObject({ otherLegId: 'match-2016-01-05-stoke-city', notes: 'Checked against the match reports.' });
  expect(onDisk.find((match) => match.id === 'match-2016-01-05-stoke-city')?.otherLegId).toBe('match-2016-01-26-stoke-city');
});
