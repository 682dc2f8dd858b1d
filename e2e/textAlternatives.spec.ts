import { expect, test } from './harness/fixtures';
import { openView } from './harness/editor';

test('the season chart has its figures as a table a screen reader can read', async ({ app, snap }) => {
  await openView(app, 'Seasons');
  await app.getByText('The chart as a table').click();
  const table = app.getByRole('table', { name: /^Won, drawn and lost per season/ });
  // The same figures as the chart's bars (a shoot-out counts as a draw), and the season's two trophies.
  const chart = app.getByRole('group', { name: 'Won, drawn and lost per season, with trophies' });
  await expect(chart.getByRole('button', { name: '2021-22, won: 29' })).toHaveCount(1);
  await expect(chart.getByRole('button', { name: '2021-22, drawn: 12' })).toHaveCount(1);
  await expect(chart.getByRole('button', { name: '2021-22, lost: 3' })).toHaveCount(1);
  const season = table.getByRole('row', { name: /^2021-22/ });
  await expect(season.getByRole('cell')).toHaveText(['29', '12', '3', 'League Cup (5th), FA Cup (6th)']);
  await expect(table.getByRole('row')).toHaveCount(10);
  await snap('seasons-chart-table');
});

test('the timeline lists the records in view as a table, and each opens its record', async ({ app, snap }) => {
  await openView(app, 'Timeline');
  await app.getByRole('group', { name: 'Timeline', exact: true }).getByRole('button', { name: 'Zoom to season 2021-22' }).click();
  await app.getByText(/^The records in view as a table/).click();
  const table = app.getByRole('table', { name: /^Records on the timeline/ });
  await expect(table).toContainText('Liverpool v Leicester City');
  await expect(table).not.toContainText('2019-06-01');
  await snap('timeline-table');
  await table.getByRole('button', { name: /2021-12-22 · Liverpool v Leicester City/ }).click();
  await expect(app.getByRole('article')).toContainText('2021-12-22 · League Cup');
});
