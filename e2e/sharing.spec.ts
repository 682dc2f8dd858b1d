import { join } from 'node:path';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { openArchive, type Archive } from '../src/main/archive/archive';
import { cloneSharedArchive } from '../src/main/archive/sharing/cloneSharedArchive';
import { GitServer } from '../src/test/gitServer';
import { expectNoAxeViolations } from './harness/axe';
import { expect, test as base } from './harness/fixtures';

const QUOTE = 'quote-klopp-legacy';
const ann = { name: 'Ann Editor', email: 'ann@newsroom.test' };
const ben = { name: 'Ben Reporter', email: 'ben@newsroom.test' };

/** The page's archive keeps its history (sharing builds on it), and a git remote runs in the test process. */
const test = base.extend<{ remote: GitServer }>({
  archive: async ({ archiveFile }, use) => {
    const archive = await openArchive(archiveFile, { history: { author: () => ann } });
    await use(archive);
    await archive.history?.close();
  },
  remote: async ({}, use) => {
    const server = new GitServer();
    await server.start();
    await use(server);
    await server.dispose();
  },
});

async function edit(archive: Archive, id: string, text: string): Promise<void> {
  const { id: _id, createdAt: _c, updatedAt: _u, ...values } = archive.records.quotes.get(id);
  await archive.records.quotes.update(id, { ...values, text });
}

test('Sharing publishes the archive, syncs a colleague’s change in, and resolves a conflict field by field', async ({ app, archive, remote, snap }) => {
  test.setTimeout(120_000);
  await app.getByRole('button', { name: 'Sharing' }).click();
  const page = app.getByRole('region', { name: 'Sharing' });
  const form = page.getByRole('form', { name: 'Set up sharing' });
  await expect(form).toBeVisible();

  await form.getByLabel('Repository address').fill('http://git.example.com/newsroom.git');
  await form.getByRole('button', { name: 'Publish this archive' }).click();
  await expect(form.getByText('Repository address: must use https (plain http is allowed only to this computer, for tests)')).toBeVisible();
  await snap('sharing-set-up');
  await expectNoAxeViolations(app, 'the Sharing set-up');

  const url = remote.createRepository('newsroom');
  await form.getByLabel('Repository address').fill(url);
  await form.getByRole('button', { name: 'Publish this archive' }).click();
  await expect(page.getByRole('status')).toContainText('Synced: 0 change(s) came in, 1 went out');
  await expect(page.getByText(url, { exact: true })).toBeVisible();

  // Ben clones it on his laptop and changes the quote's words; Ann changes them too.
  const folder = await mkdtemp(join(tmpdir(), 'klopp-e2e-ben-'));
  try {
    const benFile = join(folder, 'klopp-era.json');
    await cloneSharedArchive(benFile, url);
    const benDesk = await openArchive(benFile, { history: { author: () => ben } });
    await edit(benDesk, QUOTE, 'Ben heard it differently on the tape.');
    await benDesk.sharing!.sync();
    await benDesk.history!.close();
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
  await edit(archive, QUOTE, 'Ann’s reading of the tape.');

  await page.getByRole('button', { name: 'Sync now' }).click();
  await expect(page.getByRole('status')).toContainText('1 conflict(s) to decide');
  await expect(page.getByRole('region', { name: 'Came in' })).toContainText('Ben Reporter: Edit quote quote-klopp-legacy: text');
  const conflict = page.getByRole('article', { name: /quote quote-klopp-legacy/ });
  await expect(conflict).toContainText('Both changed the same field');
  await expect(conflict.getByRole('columnheader', { name: /^Yours · Ann Editor/ })).toBeVisible();
  await expect(conflict.getByRole('columnheader', { name: /^Theirs · Ben Reporter/ })).toBeVisible();
  await expect(app.getByRole('navigation', { name: 'Archive' }).getByRole('button', { name: 'Sharing 1 to sync' })).toBeVisible();
  await snap('sharing-conflict');
  await expectNoAxeViolations(app, 'the Sharing view with a conflict');

  await conflict.getByRole('radio', { name: 'Ben heard it differently on the tape.' }).check();
  await conflict.getByRole('button', { name: 'Keep the chosen fields' }).click();
  await expect(page.getByRole('article')).toHaveCount(0);
  await expect(page.getByRole('status')).toHaveText(/^Decided on quote-klopp-legacy; the next sync shares the decision\./);
  await expect(page.getByText('no conflicts')).toBeVisible();
  expect(archive.records.quotes.get(QUOTE).text).toBe('Ben heard it differently on the tape.');
  expect(archive.store.data.meta.conflicts).toBeUndefined();
  // The decision is a change of its own, waiting to go out with the next sync.
  const sidebar = app.getByRole('navigation', { name: 'Archive' });
  await expect(sidebar.getByRole('button', { name: 'Sharing 1 to sync' })).toBeVisible();
  await expect(page.getByText('1 change(s)', { exact: true })).toBeVisible();
  await snap('sharing-resolved');
  await page.getByRole('button', { name: 'Sync now' }).click();
  await expect(page.getByRole('status')).toContainText('Synced: 0 change(s) came in, 1 went out');
  await expect(sidebar.getByText('to sync')).toHaveCount(0);
});
