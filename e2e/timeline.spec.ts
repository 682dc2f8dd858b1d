import { expect, test } from './harness/fixtures';
import { recordPage } from './harness/editor';

const finalName = /^2024-02-25 · Chelsea v Liverpool · League Cup Final/;

test('the timeline shows the whole era, zooms to a season and a month and back', async ({ app, snap }) => {
  await app.getByRole('button', { name: /^Timeline/ }).click();
  const timeline = app.getByRole('group', { name: 'Timeline', exact: true });
  const range = app.getByRole('status', { name: 'Visible range' });
  await expect(range).toContainText('Whole era');
  await expect(timeline.getByRole('button', { name: /8th trophy: League Cup/ })).toBeVisible();
  await expect(timeline.getByRole('button', { name: /Klopp appointed Liverpool manager/ })).toBeVisible();
  await snap('timeline-era');

  await timeline.getByRole('button', { name: 'Zoom to season 2021-22' }).click();
  await expect(range).toContainText('Season');
  await expect(range).toContainText('Jul 2021 – Jul 2022');
  await expect(timeline.getByRole('button', { name: /2021-12-22 · Liverpool v Leicester City/ })).toBeVisible();
  await expect(timeline.getByRole('button', { name: /5th trophy: League Cup/ })).toBeVisible();
  await snap('timeline-season');

  const zoomIn = app.getByRole('button', { name: 'Zoom in', exact: true });
  while (await zoomIn.isEnabled()) await zoomIn.click();
  await expect(range).toContainText('Month');
  await snap('timeline-month');
  // Four quotes on one day fill the lane's three rows even at a month: the cluster shows the fourth.
  const leicesterQuotes = timeline.getByRole('button', { name: /2021-12-22 · Jürgen Klopp/ });
  await expect(leicesterQuotes).toHaveCount(3);
  await timeline.getByRole('button', { name: /^1 more quote, .*show the first/ }).click();
  await expect(leicesterQuotes).toHaveCount(4);

  await app.getByRole('button', { name: 'Whole era' }).click();
  await expect(range).toContainText('Whole era');
  await expect(zoomIn).toBeEnabled();
  await expect(app.getByRole('button', { name: 'Zoom out', exact: true })).toBeDisabled();
});

test('the keyboard and the wheel zoom, and the arrows move from record to record', async ({ app }) => {
  await app.getByRole('button', { name: /^Timeline/ }).click();
  const timeline = app.getByRole('group', { name: 'Timeline', exact: true });
  const range = app.getByRole('status', { name: 'Visible range' });
  await timeline.focus();
  await app.keyboard.press('Home');
  await expect(timeline.getByRole('button', { name: /Klopp appointed Liverpool manager/ })).toBeFocused();
  await app.keyboard.press('ArrowRight');
  await expect(timeline.getByRole('button', { name: /^2015-10-17 · First match/ })).toBeFocused();
  // Down to the nearest trophy, the first, then to the match that won it.
  await app.keyboard.press('ArrowDown');
  await expect(timeline.getByRole('button', { name: /1st trophy: UEFA Champions League/ })).toBeFocused();
  await app.keyboard.press('ArrowDown');
  await expect(timeline.getByRole('button', { name: /^2019-06-01 · Tottenham Hotspur v Liverpool · UEFA Champions League Final/ })).toBeFocused();
  for (let i = 0; i < 8; i++) await app.keyboard.press('+');
  await expect(range).toContainText('Month');
  await expect(range).toContainText('2019');
  await expect(timeline.getByRole('button', { name: /^2019-06-01 · Tottenham Hotspur v Liverpool · UEFA Champions League Final/ })).toBeFocused();
  await app.keyboard.press('0');
  await expect(range).toContainText('Whole era');

  const box = (await timeline.boundingBox())!;
  await app.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await app.mouse.wheel(0, -600);
  await expect(range).not.toContainText('Whole era');
  await app.mouse.wheel(0, 3000);
  await expect(range).toContainText('Whole era');
});

test('filters by kind, competition and several tags at once', async ({ app, snap }) => {
  await app.getByRole('button', { name: /^Timeline/ }).click();
  const timeline = app.getByRole('group', { name: 'Timeline', exact: true });
  const filters = app.getByRole('group', { name: 'Timeline filters' });
  await filters.getByRole('button', { name: 'legacy' }).click();
  await filters.getByRole('button', { name: 'shoot-out' }).click();
  await expect(filters).toContainText('3 of 409 records');
  await expect(timeline.getByRole('button', { name: /I couldn’t care less about my legacy/ })).toBeVisible();
  await expect(timeline.getByRole('button', { name: /2021-12-22 · Liverpool v Leicester City/ })).toBeVisible();
  await expect(timeline.getByRole('button', { name: finalName })).toHaveCount(0);
  await snap('timeline-tags');

  await filters.getByRole('button', { name: 'Clear tags' }).click();
  await filters.getByLabel('Competition').selectOption('FA Cup');
  await filters.getByRole('checkbox', { name: /Trophies/ }).uncheck();
  await expect(filters).toContainText('1 of 409 records');
  await expect(timeline.getByRole('button', { name: /2022-05-14 · Chelsea v Liverpool · FA Cup Final/ })).toBeVisible();
});

test('clicking an item opens its record on its page', async ({ app }) => {
  await app.getByRole('button', { name: /^Timeline/ }).click();
  await app.getByRole('group', { name: 'Timeline', exact: true }).getByRole('button', { name: finalName }).click();
  await expect(app.getByRole('heading', { name: 'Matches', level: 1 })).toBeVisible();
  await expect(recordPage(app)).toContainText('2024-02-25 · League Cup');
  await expect(app.getByRole('table', { name: 'Matches' }).locator('[role=row][aria-current=true]')).toContainText('Chelsea');

  await app.getByRole('button', { name: /^Timeline/ }).click();
  await app.getByRole('group', { name: 'Timeline', exact: true }).getByRole('button', { name: /8th trophy: League Cup/ }).click();
  await expect(recordPage(app)).toContainText('Klopp’s 8th trophy at Liverpool');

  await app.getByRole('button', { name: /^Timeline/ }).click();
  await app.getByRole('group', { name: 'Timeline', exact: true }).getByRole('button', { name: /Klopp announces he will leave/ }).click();
  await expect(recordPage(app).getByRole('heading', { level: 2 })).toHaveText('Klopp announces he will leave at the end of the season');
});
