import { isDeepStrictEqual } from 'node:util';
import type { ArchiveMeta } from '../../../shared/schemas/archive';
import type { Conflict } from '../../../shared/schemas/conflict';
import { slotKey, type Slot } from './slots';

/**
 * The archive's settings merged like records: each field three-way, saved searches one by
 * one. Pending conflicts are carried over from both sides (one resolved on either side is
 * gone), with those this merge found on top, and only while their record is in the archive.
 */
export function mergeMeta(base: ArchiveMeta, yours: ArchiveMeta, theirs: ArchiveMeta, found: readonly Conflict[], merged: ReadonlyMap<string, Slot>): { meta: ArchiveMeta; notes: string[] } {
  const notes: string[] = [];
  const pick = <T>(field: string, b: T, o: T, t: T): T => {
    if (isDeepStrictEqual(o, t) || isDeepStrictEqual(t, b)) return o;
    if (isDeepStrictEqual(o, b)) return t;
    notes.push(`${field}: both changed it; yours is kept (theirs: ${JSON.stringify(t) ?? 'none'}), and theirs stays in the history`);
    return o;
  };
  const title = pick('title', base.title, yours.title, theirs.title);
  const description = pick('description', base.description, yours.description, theirs.description);
  const savedSearches = mergeKeyed(base.savedSearches ?? [], yours.savedSearches ?? [], theirs.savedSearches ?? [], (search) => search.id, (b, o, t) =>
    pick(`saved search "${o?.name ?? t?.name ?? b?.name}"`, b, o, t),
  );
  const pending = mergeKeyed(base.conflicts ?? [], yours.conflicts ?? [], theirs.conflicts ?? [], conflictKey, (_, o, t) =>
    // Resolved on one side and changed on the other: it stays pending, nothing is lost.
    o && t ? (o.detectedAt >= t.detectedAt ? o : t) : (o ?? t),
  );
  const conflicts = new Map(pending.map((conflict) => [conflictKey(conflict), conflict]));
  for (const conflict of found) conflicts.set(conflictKey(conflict), conflict);
  const stillThere = [...conflicts.values()].filter((conflict) => merged.get(conflictKey(conflict))?.live);
  const meta: ArchiveMeta = {
    title,
    ...(description !== undefined ? { description } : {}),
    ...(savedSearches.length > 0 || yours.savedSearches ? { savedSearches } : {}),
    ...(stillThere.length > 0 ? { conflicts: stillThere } : {}),
    createdAt: yours.createdAt <= theirs.createdAt ? yours.createdAt : theirs.createdAt,
    updatedAt: yours.updatedAt >= theirs.updatedAt ? yours.updatedAt : theirs.updatedAt,
  };
  return { meta, notes };
}

function conflictKey(conflict: Conflict): string {
  return slotKey(conflict.kind, conflict.id);
}

/** A three-way merge of a list of entries with ids: yours' order, then what only they added. */
function mergeKeyed<T>(
  base: readonly T[],
  yours: readonly T[],
  theirs: readonly T[],
  keyOf: (entry: T) => string,
  both: (base: T | undefined, yours: T | undefined, theirs: T | undefined) => T | undefined,
): T[] {
  // A list only one side changed is that side's, order and all: so a sync that merges nothing leaves no difference to merge back.
  if (isDeepStrictEqual(yours, theirs) || isDeepStrictEqual(theirs, base)) return [...yours];
  if (isDeepStrictEqual(yours, base)) return [...theirs];
  const byKey = (list: readonly T[]) => new Map(list.map((entry) => [keyOf(entry), entry]));
  const [b, o, t] = [byKey(base), byKey(yours), byKey(theirs)];
  const result: T[] = [];
  for (const key of new Set([...o.keys(), ...t.keys()])) {
    const [before, mine, other] = [b.get(key), o.get(key), t.get(key)];
    let entry: T | undefined;
    if (isDeepStrictEqual(mine, other) || isDeepStrictEqual(other, before)) entry = mine;
    else if (isDeepStrictEqual(mine, before)) entry = other;
    else entry = both(before, mine, other);
    if (entry !== undefined) result.push(entry);
  }
  return result;
}
