import { useCallback, useEffect, useRef, useState } from 'react';
import { RECORD_KINDS } from '../../../../shared/schemas/common';
import type { SharingStatus } from '../../../../shared/contract/sharing';
import { useArchiveData } from '../../data/ArchiveData';
import { useNotices } from '../../components/Notices';
import { onAppAction } from '../../keyboard/appActions';

/** How often a shared archive syncs by itself while the computer is online. */
export const SYNC_EVERY_MS = 5 * 60 * 1000;
/** Said by the Sharing view after it changed something, so the sidebar's figure follows. */
export const SHARING_CHANGED = 'klopp:sharing-changed';

/**
 * The shell's side of sharing: what the sidebar says (changes to send, conflicts to decide),
 * a sync every few minutes while online, and Sync Now from the menu or its shortcut.
 * Offline, a sync only says so; it never blocks editing.
 */
export function useSharing(): { status: SharingStatus | null; waiting: number } {
  const { reload } = useArchiveData();
  const { notify } = useNotices();
  const [status, setStatus] = useState<SharingStatus | null>(null);
  const syncing = useRef(false);

  const refresh = useCallback(async () => {
    setStatus(await window.archive.sharing.status({}).catch(() => null));
  }, []);

  const sync = useCallback(
    async (quiet: boolean) => {
      if (syncing.current) return;
      syncing.current = true;
      try {
        const outcome = await window.archive.sharing.sync({});
        if (outcome.cameIn.length > 0) await Promise.all(RECORD_KINDS.map((kind) => reload(kind)));
        if (!quiet || outcome.newConflicts.length > 0) notify({ tone: 'info', text: outcome.message });
        window.dispatchEvent(new Event(SHARING_CHANGED));
      } catch (error) {
        if (!quiet) notify({ tone: 'error', text: (error as Error).message });
      } finally {
        syncing.current = false;
        await refresh();
      }
    },
    [notify, refresh, reload],
  );

  useEffect(() => {
    void refresh();
    const changed = () => void refresh();
    window.addEventListener(SHARING_CHANGED, changed);
    const timer = window.setInterval(() => {
      if (navigator.onLine) void window.archive.sharing.status({}).then((now) => (now.url ? sync(true) : undefined), () => undefined);
    }, SYNC_EVERY_MS);
    const stop = onAppAction((action) => {
      if (action === 'sync') void sync(false);
    });
    return () => {
      window.removeEventListener(SHARING_CHANGED, changed);
      window.clearInterval(timer);
      stop();
    };
  }, [refresh, sync]);

  return { status, waiting: status?.url ? status.unsentChanges + status.pendingConflicts : 0 };
}
