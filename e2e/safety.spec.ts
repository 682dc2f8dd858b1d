import { copyFile, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { contract } from '../src/shared/contract';
import { createDispatch } from '../src/main/api/dispatch';
import { createSessionHandlers } from '../src/main/api/sessionHandlers';
import { backupName, backupsFolderOf } from '../src/main/archive/backups/backupNames';
import { takeBackup } from '../src/main/archive/backups/takeBackup';
import { openArchiveForApp } from '../src/main/archive/session';
import { expect, test } from './harness/fixtures';

const DEFAULT_ARCHIVE = join(import.meta.dirname, '..', 'data', 'klopp-era.json');

test('Data safety lists the backups and restores one after confirmation, reloading every list', async ({ app, archive, archiveFile, snap }) => {
  await takeBackup(archiveFile, 'launch', new Date('2026-05-01T09:30:00.000Z'));
  const backupBytes = await readFile(archiveFile);
  await writeFile(join(backupsFolderOf(archiveFile), backupName(archiveFile, new Date('2026-05-02T09:30:00.000Z'), 'launch')), '{"half a file": ');
  const { id: _id, createdAt: _c, updatedAt: _u, ...legacy } = archive.records.quotes.get('quote-klopp-legacy');
  await archive.records.quotes.update('quote-klopp-legacy', { ...legacy, text: 'Words changed after the backup.' });

  await app.getByRole('button', { name: 'Data safety' }).click();
  const page = app.getByRole('region', { name: 'Data safety' });
  await expect(page.getByRole('heading', { name: 'Data safety' })).toBeVisible();
  await expect(page.getByText(archiveFile, { exact: true })).toBeVisible();
  await expect(page.getByText(backupsFolderOf(archiveFile), { exact: true })).toBeVisible();
  const table = page.getByRole('table', { name: 'Backups' });
  await expect(table.getByRole('row')).toHaveCount(3);
  const broken = table.getByRole('row').nth(1);
  await expect(broken).toContainText('Cannot be opened');
  await expect(broken.getByRole('button', { name: /^Restore the backup of/ })).toBeDisabled();
  await snap('safety-backups');

  await table.getByRole('row').nth(2).getByRole('button', { name: /^Restore the backup of/ }).click();
  const question = app.getByRole('alertdialog');
  await expect(question).toContainText('The archive as it is now is backed up first');
  await snap('safety-restore-confirm');
  await question.getByRole('button', { name: 'Restore this backup' }).click();

  await expect(app.getByRole('status')).toContainText('Restored the backup of');
  expect((await readFile(archiveFile)).equals(backupBytes)).toBe(true);
  // The backup taken just before the restore is listed, and holds the edit.
  await expect(table.getByRole('row').filter({ hasText: 'Before a restore' })).toHaveCount(1);
  await snap('safety-restored');
  await app.getByRole('button', { name: /^Quotes/ }).click();
  await expect(app.getByRole('table', { name: 'Quotes' }).getByText('Words changed after the backup.')).toHaveCount(0);
  await expect(app.getByRole('table', { name: 'Quotes' }).getByText('I couldn’t care less about my legacy', { exact: false })).toBeVisible();
});

test.describe('an archive that will not open at launch', () => {
  let folder: string;
  test.beforeEach(async () => {
    folder = await mkdtemp(join(tmpdir(), 'klopp-archive-e2e-recovery-'));
  });
  test.afterEach(async () => {
    await rm(folder, { recursive: true, force: true });
  });

  async function openInRecovery(page: import('@playwright/test').Page, rendererUrl: string, bridgeScript: string, withBackup: boolean) {
    const file = join(folder, 'klopp-era.json');
    await copyFile(DEFAULT_ARCHIVE, file);
    if (withBackup) await takeBackup(file, 'launch', new Date('2026-04-30T18:00:00.000Z'));
    const text = await readFile(file, 'utf8');
    await writeFile(file, text.replace('"jurgen-klopp"', '"Jurgen Klopp!"'));
    const session = await openArchiveForApp({ file, defaultArchiveFile: DEFAULT_ARCHIVE, now: () => new Date('2026-05-01T08:00:00.000Z') });
    const dispatch = createDispatch(contract, createSessionHandlers(session));
    await page.exposeBinding('__archiveInvoke', (_source, channel: string, input: unknown) => dispatch(channel, input));
    await page.addInitScript({ content: bridgeScript });
    await page.goto(rendererUrl);
    return { file, session };
  }

  test('explains what is wrong, keeps the file aside, and restores the newest valid backup', async ({ page, rendererUrl, bridgeScript }, testInfo) => {
    const { file, session } = await openInRecovery(page, rendererUrl, bridgeScript, true);
    await expect(page.getByRole('heading', { name: 'The archive could not be opened' })).toBeVisible();
    await expect(page.getByText('does not pass validation: 9 problems, the first five below')).toBeVisible();
    await expect(page.getByText(file, { exact: true })).toBeVisible();
    await expect(page.getByRole('list', { name: 'Problems found' })).toContainText('people.0.id');
    await expect(page.getByText('klopp-era.unreadable-2026-05-01T08-00-00-000Z.json')).toBeVisible();
    await page.screenshot({ path: join('test-results', 'screenshots', 'recovery-screen.png') });
    await testInfo.attach('recovery-screen', { path: join('test-results', 'screenshots', 'recovery-screen.png'), contentType: 'image/png' });

    await page.getByRole('button', { name: /Restore the newest valid backup/ }).click();
    await expect(page.getByRole('heading', { name: 'Matches' })).toBeVisible();
    await expect(page.getByRole('table', { name: 'Matches' }).getByRole('row').filter({ hasText: 'Wolverhampton Wanderers' }).first()).toBeVisible();
    await session.close();
  });

  test('with no valid backup, starts from the default archive', async ({ page, rendererUrl, bridgeScript }) => {
    const { file, session } = await openInRecovery(page, rendererUrl, bridgeScript, false);
    await expect(page.getByText('There is no valid backup to restore.')).toBeVisible();
    await page.getByRole('button', { name: 'Start from the default archive' }).click();
    await expect(page.getByRole('heading', { name: 'Matches' })).toBeVisible();
    expect((await readFile(file)).equals(await readFile(DEFAULT_ARCHIVE))).toBe(true);
    await session.close();
  });
});
