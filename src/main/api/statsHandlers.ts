import type { ArchiveContract } from '../../shared/contract';
import type { Archive } from '../archive';
import type { HandlersOf } from './handlers';

/** Figures computed from the archive as it is at the moment of asking. */
export function statsHandlers(archive: Archive): HandlersOf<ArchiveContract>['stats'] {
  return {
    seasons: (filter) => archive.stats.seasons(filter ?? {}),
  };
}
