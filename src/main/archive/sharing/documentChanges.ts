import { isDeepStrictEqual } from 'node:util';
import type { ArchiveDocument } from '../../../shared/schemas/archive';
import type { TrashEntry } from '../../../shared/schemas/trash';
import { differences, type Changes, type TrashChange } from '../store';
import { slotKey } from './slots';

/**
 * The one write that turns an archive into another (a merged one): every record added,
 * changed or gone, every trash entry put or taken, and the settings, so the store writes it
 * durably in one step and the history commits exactly that.
 */
export function documentChanges(from: ArchiveDocument, to: ArchiveDocument): Omit<Changes, 'operation'> {
  const trashed = (document: ArchiveDocument) => new Map<string, TrashEntry>(document.trash.map((entry) => [slotKey(entry.kind, entry.record.id), entry]));
  const [before, after] = [trashed(from), trashed(to)];
  const trash: TrashChange[] = [];
  for (const [key, entry] of before) if (!isDeepStrictEqual(entry, after.get(key))) trash.push({ take: entry });
  for (const [key, entry] of after) if (!isDeepStrictEqual(entry, before.get(key))) trash.push({ put: entry });
  const { title, description, savedSearches, conflicts } = to.meta;
  return { records: differences(from, to), trash, meta: { title, description, savedSearches, conflicts } };
}
