import { expect, test } from './harness/fixtures';
import { expectNoAxeViolations } from './harness/axe';
import { editOpenRecord, openView, readArchive, recordPage } from './harness/editor';

test.describe('in the UK', () => {
  test.use({ systemLocale: 'en-GB' });

  test('dates are shown, and typed, the way the system writes them, and stored as ISO', async ({ app, archiveFile, snap }) => {
    await app.setViewportSize({ width: 1280, height: 800 });
    await openView(app, 'Matches');
    const matches = app.getByRole('table', { name: 'Matches' });
    await expect(matches.getByRole('row').filter({ hasText: 'Chelsea' }).filter({ hasText: 'League Cup' }).first()).toContainText('25/02/2024');
    await expect(matches).not.toContainText('2024-02-25');
    await snap('dates-uk-matches-1280x800');

    await openView(app, 'Milestones');
    await app.getByRole('table', { name: 'Milestones' }).getByRole('row').filter({ hasText: 'appointed' }).click();
    await expect(recordPage(app)).toContainText('08/10/2015');
    await editOpenRecord(app);
    const form = app.getByRole('form', { name: 'Edit milestone' });
    const date = form.getByLabel('Date');
    await expect(date).toHaveValue('08/10/2015');
    await expect(date).toHaveAttribute('placeholder', 'DD/MM/YYYY');

    // A day that does not exist is refused on the field; nothing is saved.
    await date.fill('31/02/2016');
    await form.getByRole('button', { name: 'Save' }).click();
    await expect(date).toHaveAccessibleDescription(/must be a date/);
    await expectNoAxeViolations(app, 'a milestone form with a bad date, en-GB');
    await snap('dates-uk-bad-date-1280x800');
    expect((await readArchive(archiveFile)).milestones.find((milestone) => milestone.id === 'milestone-appointment')?.date).toBe('2015-10-08');

    // Typed the British way (leading zeros optional), stored as ISO, shown back the British way.
    await date.fill('9/10/2015');
    await form.getByRole('button', { name: 'Save' }).click();
    await expect(app.getByRole('status')).toContainText('Saved');
    expect((await readArchive(archiveFile)).milestones.find((milestone) => milestone.id === 'milestone-appointment')?.date).toBe('2015-10-09');
    await expect(date).toHaveValue('09/10/2015');

    // ISO is always understood.
    await date.fill('2015-10-08');
    await form.getByRole('button', { name: 'Save' }).click();
    // The toast of the save before may still show: wait for the file itself.
    await expect.poll(async () => (await readArchive(archiveFile)).milestones.find((milestone) => milestone.id === 'milestone-appointment')?.date).toBe('2015-10-08');

    await app.setViewportSize({ width: 1024, height: 700 });
    await expectNoAxeViolations(app, 'the milestones with a record open at 1024x700, en-GB');
    await snap('dates-uk-milestone-1024x700');
  });

  test('the preference overrides the system', async ({ app, preferences }) => {
    await preferences.update({ dateFormat: 'MM/DD/YYYY' });
    await app.reload();
    await openView(app, 'Trophies');
    await expect(app.getByRole('table', { name: 'Trophies' }).getByRole('row').filter({ hasText: 'League Cup' }).filter({ hasText: '2023-24' })).toContainText('02/25/2024');
  });
});

test.describe('in the US', () => {
  test.use({ systemLocale: 'en-US' });

  test('the same dates read month first, and a date typed month first is stored right', async ({ app, archiveFile, snap }) => {
    await openView(app, 'Trophies');
    await expect(app.getByRole('table', { name: 'Trophies' }).getByRole('row').filter({ hasText: 'League Cup' }).filter({ hasText: '2023-24' })).toContainText('02/25/2024');
    await openView(app, 'Milestones');
    await app.getByRole('table', { name: 'Milestones' }).getByRole('row').filter({ hasText: 'appointed' }).click();
    await editOpenRecord(app);
    const form = app.getByRole('form', { name: 'Edit milestone' });
    await expect(form.getByLabel('Date')).toHaveValue('10/08/2015');
    await form.getByLabel('Date').fill('10/9/2015');
    await form.getByRole('button', { name: 'Save' }).click();
    await expect(app.getByRole('status')).toContainText('Saved');
    expect((await readArchive(archiveFile)).milestones.find((milestone) => milestone.id === 'milestone-appointment')?.date).toBe('2015-10-09');
    await snap('dates-us-milestone-1280x800');
  });
});
