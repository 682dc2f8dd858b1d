import type { ArchiveClient } from '../../shared/contract';
import type { MenuAction } from '../../shared/menuActions';

declare global {
  interface Window {
    /** The archive, exposed by preload (or by the browser-test harness). */
    archive: ArchiveClient;
    /** Native menu actions; absent outside Electron. */
    appMenu?: { onAction(listener: (action: MenuAction) => void): () => void };
  }
}
