import { test as base, expect, type Page } from '@playwright/test';
import { copyFile, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { contract } from '../../src/shared/contract';
import { createDispatch, type Dispatch } from '../../src/main/api/dispatch';
import { createHandlers } from '../../src/main/api/handlers';
import { AppPreferences, openArchive, type Archive } from '../../src/main/archive';
import { preferencesHandlers } from '../../src/main/api/preferencesHandlers';
import { FakeDialogs } from './fakeDialogs';
import { bundleBridge } from './bridgeScript';
import { serveFolder } from './staticServer';

const ROOT = join(import.meta.dirname, '..', '..');
const RENDERER = join(ROOT, 'out', 'renderer');
const DEFAULT_ARCHIVE = join(ROOT, 'data', 'klopp-era.json');
const SCREENSHOTS = join(ROOT, 'test-results', 'screenshots');

interface WorkerFixtures {
  rendererUrl: string;
  bridgeScript: string;
}

interface TestFixtures {
  /** A fresh copy of the default archive, in a folder of its own. */
  archiveFile: string;
  /** The archive domain over archiveFile, the same one main opens. */
  archive: Archive;
  /** The app in the page, wired to `archive` through the real handlers. */
  app: Page;
  snap: (name: string) => Promise<string>;
  /** The file dialogs main shows; a test queues the paths the "user" picks. */
  dialogs: FakeDialogs;
  /** The system's locale, as Electron's app.getLocale() gives it: `test.use({ systemLocale: 'en-US' })`. */
  systemLocale: string;
  /** The app's user-data folder, fresh for each test. */
  userDataFolder: string;
  /** The editor's preferences, kept in userDataFolder. */
  preferences: AppPreferences;
}

export const test = base.extend<TestFixtures, WorkerFixtures>({
  rendererUrl: [
    async ({}, use) => {
      await readFile(join(RENDERER, 'index.html')).catch(() => {
        throw new Error(`The renderer is not built (${RENDERER} is missing): run npm run build first`);
      });
      const server = await serveFolder(RENDERER);
      await use(server.url);
      await server.close();
    },
    { scope: 'worker' },
  ],
  bridgeScript: [async ({}, use) => use(await bundleBridge()), { scope: 'worker' }],

  archiveFile: async ({}, use) => {
    const folder = await mkdtemp(join(tmpdir(), 'klopp-archive-e2e-'));
    const file = join(folder, 'klopp-era.json');
    await copyFile(DEFAULT_ARCHIVE, file);
    await use(file);
    await rm(folder, { recursive: true, force: true });
  },
  archive: async ({ archiveFile }, use) => use(await openArchive(archiveFile)),
  dialogs: async ({}, use) => use(new FakeDialogs()),
  // A locale that writes dates as ISO (as Sweden's does), so tests that find records by their stored date read it as stored; the date tests choose en-GB or en-US.
  systemLocale: ['sv-SE', { option: true }],
  userDataFolder: async ({}, use) => {
    const folder = await mkdtemp(join(tmpdir(), 'klopp-archive-user-data-'));
    await use(folder);
    await rm(folder, { recursive: true, force: true });
  },
  preferences: async ({ userDataFolder, systemLocale }, use) =>
    use(await AppPreferences.open(userDataFolder, { editor: { name: 'Test Editor', email: 'editor@newsroom.example' }, locale: systemLocale })),
  app: async ({ page, archive, rendererUrl, bridgeScript, dialogs, preferences }, use) => {
    const dispatch = createDispatch(contract, createHandlers(archive, { dialogs, preferences: preferencesHandlers(preferences, dialogs) }));
    const pageErrors = await openAppPage(page, { rendererUrl, bridgeScript, dispatch });
    await use(page);
    expect(pageErrors, 'uncaught errors in the page').toEqual([]);
  },
  snap: async ({ page }, use, testInfo) => {
    await use(async (name) => {
      const path = join(SCREENSHOTS, `${name}.png`);
      await page.screenshot({ path, fullPage: false });
      await testInfo.attach(name, { path, contentType: 'image/png' });
      return path;
    });
  },
});

/**
 * Loads the built app in the page with `dispatch` as its transport: the page's `window.archive`
 * is the client preload builds, over the real handlers. Resolves with the page's uncaught errors, as they come.
 */
export async function openAppPage(page: Page, { rendererUrl, bridgeScript, dispatch }: { rendererUrl: string; bridgeScript: string; dispatch: Dispatch }): Promise<Error[]> {
  await page.exposeBinding('__archiveInvoke', (_source, channel: string, input: unknown) => dispatch(channel, input));
  await page.addInitScript({ content: bridgeScript });
  const pageErrors: Error[] = [];
  page.on('pageerror', (error) => pageErrors.push(error));
  await page.goto(rendererUrl);
  // Ready once the archive is open and the first page shows: keys pressed earlier would be lost.
  await page.getByRole('heading', { level: 1 }).first().waitFor();
  return pageErrors;
}

export { expect };
