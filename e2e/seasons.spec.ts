import { expect, test } from './harness/fixtures';
import { recordPage } from './harness/editor';

test('season tables count shoot-outs as draws, and every figure opens the records it counts', async ({ app, snap }) => {
  await app.getByRole('button', { name: /^Seasons/ }).click();
  await expect(app.getByRole('heading', { name: 'Seasons', level: 1 })).toBeVisible();
  await snap('seasons-era');

  await app.getByRole('group', { name: 'Season', exact: true }).getByRole('button', { name: '2021-22' }).click();
  const table = app.getByRole('table', { name: 'Results by competition, 2021-22' });
  const leagueCup = table.getByRole('row').filter({ has: app.getByRole('rowheader', { name: 'League Cup' }) });
  await expect(leagueCup.getByRole('cell')).toHaveText(['4', '1', '3', '0', '5', '3', '–', '2 won · 0 lost']);
  const league = table.getByRole('row').filter({ has: app.getByRole('rowheader', { name: 'Premier League' }) });
  await expect(league.getByRole('cell')).toHaveText(['38', '28', '8', '2', '94', '26', '92', '–']);

  await leagueCup.getByRole('button', { name: 'League Cup 2021-22, drawn: 3' }).click();
  const counted = app.getByRole('region', { name: 'Records counted' });
  await expect(counted.getByRole('heading', { name: 'League Cup 2021-22, drawn' })).toBeVisible();
  await expect(counted.getByRole('button')).toHaveText([/2021-12-22 Liverpool v Leicester City/, /2022-01-13 Arsenal v Liverpool|2022-01-13 Liverpool v Arsenal/, /2022-02-27 Chelsea v Liverpool/]);
  await expect(counted).toContainText('won 5-4 on penalties');
  await expect(app.getByRole('list').filter({ hasText: 'League Cup' }).first()).toBeVisible();
  await expect(app.getByRole('table', { name: 'Top scorers' }).getByRole('row').nth(1)).toContainText('Diogo Jota3');
  await snap('seasons-2021-22');

  await counted.getByRole('button', { name: /2021-12-22 Liverpool v Leicester City/ }).click();
  await expect(recordPage(app)).toContainText('2021-12-22 · League Cup');
});

test('the chart shows results per season with trophies marked, and opens what it counts', async ({ app, snap }) => {
  await app.getByRole('button', { name: /^Seasons/ }).click();
  const chart = app.getByRole('group', { name: 'Won, drawn and lost per season, with trophies' });
  await expect(chart.getByRole('button', { name: /^Trophy \d/ })).toHaveCount(8);
  await chart.getByRole('button', { name: 'Trophy 8: League Cup, 2024-02-25' }).click();
  const counted = app.getByRole('region', { name: 'Records counted' });
  await expect(counted.getByRole('heading', { name: '8th trophy, 2023-24' })).toBeVisible();

  // Eight league draws, the League Cup semi-final first leg, and three shoot-outs: a shoot-out counts as a draw.
  await chart.getByRole('button', { name: '2021-22, drawn: 12' }).click();
  await expect(counted.getByRole('heading', { name: 'Drawn in 2021-22' })).toBeVisible();
  await expect(counted.getByRole('button')).toHaveCount(12);
  await snap('seasons-chart');

  await app.getByRole('group', { name: 'Season', exact: true }).getByRole('button', { name: '2019-20' }).click();
  await app.getByRole('button', { name: 'FIFA Club World Cup', exact: true }).click();
  await expect(recordPage(app)).toContainText('Klopp’s 3rd trophy at Liverpool');
});

test.describe('in the dark theme', () => {
  test.use({ colorScheme: 'dark' });
  test('the chart and the tables stay readable', async ({ app, snap }) => {
    await app.getByRole('button', { name: /^Seasons/ }).click();
    await expect(app.getByRole('group', { name: 'Won, drawn and lost per season, with trophies' })).toBeVisible();
    await snap('seasons-dark');
    await app.getByRole('button', { name: /^Timeline/ }).click();
    await expect(app.getByRole('group', { name: 'Timeline', exact: true })).toBeVisible();
    await snap('timeline-dark');
  });
});
