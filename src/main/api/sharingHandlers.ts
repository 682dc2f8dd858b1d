import type { sharingOperations } from '../../shared/contract/sharing';
import { ArchiveError } from '../../shared/contract/errors';
import type { InputOf } from '../../shared/schemas/kinds';
import type { Archive, ArchiveSharing, TokenKeeper } from '../archive';
import type { HandlersOf } from './handlers';

type SharingHandlers = HandlersOf<{ sharing: typeof sharingOperations }>['sharing'];

/** Sharing through a git remote: set up, sync, and the conflicts it leaves for the editor. */
export function sharingHandlers(archive: Archive, tokens?: TokenKeeper): SharingHandlers {
  const sharing = (): ArchiveSharing => {
    if (!archive.sharing) throw new ArchiveError({ code: 'not-found', message: 'This archive is opened without its history, so it cannot be shared' });
    return archive.sharing;
  };
  return {
    status: () => sharing().status(),
    setUp: async ({ how, url, token }) => {
      if (token) {
        if (!tokens) throw new ArchiveError({ code: 'forbidden', message: 'This app cannot keep a token; set it in the environment instead' });
        await tokens.save(token);
      }
      return how === 'publish' ? sharing().publish(url) : sharing().join(url);
    },
    sync: () => sharing().sync(),
    conflicts: () => sharing().conflicts(),
    resolve: async (resolution) => {
      await (resolution.keep === 'record'
        ? sharing().resolve(resolution.kind, resolution.id, { keep: 'record', values: resolution.values as InputOf<typeof resolution.kind> })
        : sharing().resolve(resolution.kind, resolution.id, { keep: 'deleted' }));
      return { pendingConflicts: sharing().conflicts().length };
    },
  };
}
