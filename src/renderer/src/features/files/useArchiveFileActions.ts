import { useEffect, useRef } from 'react';
import { useNotices } from '../../components/Notices';
import { useArchiveData } from '../../data/ArchiveData';
import { onAppAction } from '../../keyboard/appActions';
import { fileName, switchArchive } from './archiveFileCommands';

/** File › New Archive…, Open Archive…, Open Recent, Save a Copy As… from the menu; the window titled by the archive open. */
export function useArchiveFileActions(): void {
  const { notify } = useNotices();
  const { info } = useArchiveData();
  const latest = useRef(notify);
  latest.current = notify;

  useEffect(() => {
    document.title = info ? `${fileName(info.path)} — Klopp-era Archive` : 'Klopp-era Archive';
  }, [info]);

  useEffect(
    () =>
      onAppAction((action) => {
        const files = window.archive.archiveFiles;
        const failed = (error: Error) => latest.current({ tone: 'error', text: error.message });
        if (action === 'file:open-archive') switchArchive(() => files.open()).catch(failed);
        else if (action === 'file:new-archive') switchArchive(() => files.create()).catch(failed);
        else if (action === 'file:save-copy') {
          files
            .saveCopy()
            .then(({ savedTo }) => savedTo && latest.current({ tone: 'info', text: `Saved a copy to ${savedTo}` }))
            .catch(failed);
        } else if (action === 'file:clear-recent') files.clearRecent().catch(failed);
        else if (action === 'file:open-requested') switchArchive(() => files.openRequested()).catch(failed);
        else if (action.startsWith('file:open-recent-')) {
          const index = Number(action.slice('file:open-recent-'.length));
          files
            .current()
            .then(({ recent }) => (recent[index] ? switchArchive(() => files.openRecent({ path: recent[index]! })) : null))
            .catch(failed);
        }
      }),
    [],
  );
}
