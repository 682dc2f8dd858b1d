import { expect, test } from './harness/fixtures';
import { expectNoAxeViolations } from './harness/axe';
import { recordPage } from './harness/editor';

test('the Coverage view says what the archive holds of each season and competition, and on which sources', async ({ app, snap }) => {
  await app.getByRole('button', { name: /^Coverage/ }).click();
  await expect(app.getByRole('heading', { name: 'Coverage', level: 1 })).toBeVisible();
  const table = app.getByRole('table', { name: 'Coverage by season and competition' });
  const row = (season: string, competition: string) => table.getByRole('row').filter({ hasText: season }).filter({ has: app.getByRole('rowheader', { name: competition, exact: true }) });
  await expect(row('2019-20', 'Premier League').getByRole('cell')).toHaveText(['2019-20', '38', 'complete', '37 of 38', '1 of 38', '1 of 38', /openfootball football\.json: 2019-20\/en\.1\.json \(38\)/]);
  await expect(row('2019-20', 'UEFA Champions League')).toContainText('7 of 8 matches');
  await expect(row('2021-22', 'League Cup')).toContainText('not known to be whole');
  await expectNoAxeViolations(app, 'coverage');
  await snap('coverage');

  await row('2019-20', 'Premier League').getByRole('button', { name: 'openfootball football.json: 2019-20/en.1.json' }).click();
  await expect(recordPage(app)).toContainText('Repository openfootball/football.json, file 2019-20/en.1.json');
});

test('the Seasons page marks a competition whose matches are not all in the archive', async ({ app, snap }) => {
  await app.getByRole('button', { name: /^Seasons/ }).click();
  await app.getByRole('group', { name: 'Season', exact: true }).getByRole('button', { name: '2019-20' }).click();
  const table = app.getByRole('table', { name: 'Results by competition, 2019-20' });
  await expect(table.getByRole('rowheader', { name: 'UEFA Champions League (7 of 8 matches)' })).toBeVisible();
  await expect(table.getByRole('rowheader', { name: 'Premier League', exact: true })).toBeVisible();
  await expect(table.getByRole('rowheader', { name: 'UEFA Super Cup (not known to be whole)' })).toBeVisible();
  await snap('seasons-2019-20-coverage');
});

test.describe('in the dark theme', () => {
  test.use({ colorScheme: 'dark' });
  test('the Coverage view stays readable', async ({ app, snap }) => {
    await app.getByRole('button', { name: /^Coverage/ }).click();
    await expect(app.getByRole('table', { name: 'Coverage by season and competition' })).toBeVisible();
    await expectNoAxeViolations(app, 'coverage, dark');
    await snap('coverage-dark');
  });
});
