import type { ArchiveContract } from '../../shared/contract';
import type { Archive } from '../archive/archive';
import { seasonFigures } from '../archive/stats/seasonFigures';
import type { HandlersOf } from './handlers';

/** Figures computed from the archive as it is at the moment of asking. */
export function statsHandlers(archive: Archive): HandlersOf<ArchiveContract>['stats'] {
  return {
    seasons: (filter) => seasonFigures({ matches: archive.store.list('matches'), trophies: archive.store.list('trophies'), sources: archive.store.list('sources') }, filter ?? {}),
  };
}
