import type { Page } from '@playwright/test';
import { join } from 'node:path';
import { contract } from '../../src/shared/contract';
import { createDispatch } from '../../src/main/api/dispatch';
import { createSessionHandlers } from '../../src/main/api/sessionHandlers';
import { preferencesHandlers } from '../../src/main/api/preferencesHandlers';
import { archiveFilesHandlers } from '../../src/main/api/archiveFilesHandlers';
import { ArchiveWorkspace, RecentArchives } from '../../src/main/archive';
import { expect, openAppPage, test as base } from './fixtures';

const DEFAULT_ARCHIVE = join(import.meta.dirname, '..', '..', 'data', 'klopp-era.json');

/**
 * The app as main runs it: a workspace in its own user-data folder that can open other
 * archives, and the page bound to the handlers over whichever archive is open.
 */
export const test = base.extend<{ workspace: ArchiveWorkspace; windowApp: Page }>({
  workspace: async ({ userDataFolder, preferences }, use) => {
    const workspace = await ArchiveWorkspace.launch({
      userDataFolder,
      appArchiveFile: join(userDataFolder, 'klopp-era.json'),
      defaultArchiveFile: DEFAULT_ARCHIVE,
      recent: await RecentArchives.open(userDataFolder),
      backupFolderPreference: () => preferences.preferences.backupFolder,
    });
    await use(workspace);
    await workspace.close();
  },
  windowApp: async ({ page, workspace, rendererUrl, bridgeScript, dialogs, preferences }, use) => {
    const handlers = createSessionHandlers(() => workspace.session, {
      dialogs,
      preferences: preferencesHandlers(preferences, dialogs),
      archiveFiles: archiveFilesHandlers(workspace, dialogs),
    });
    const pageErrors = await openAppPage(page, { rendererUrl, bridgeScript, dispatch: createDispatch(contract, handlers) });
    await use(page);
    expect(pageErrors, 'uncaught errors in the page').toEqual([]);
  },
});

export { expect };
