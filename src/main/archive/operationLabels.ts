import type { HistoryOperation } from '../../shared/contract/history';
import type { RecordKind } from '../../shared/schemas/common';
import { KIND_NAMES, type AnyRecord } from '../../shared/schemas/kinds';

/** The labels the record operations put on their changes; the history's commit messages. */
const one = (kind: RecordKind) => KIND_NAMES[kind].one;
const count = (n: number, kind: RecordKind) => `${n} ${n === 1 ? one(kind) : KIND_NAMES[kind].many}`;

/** The fields an edit changed, in the record's order; timestamps are not an editor's change. */
export function changedFields(before: AnyRecord, after: AnyRecord): string[] {
  const names = new Set([...Object.keys(before), ...Object.keys(after)]);
  names.delete('updatedAt');
  const value = (record: AnyRecord, name: string) => JSON.stringify((record as Record<string, unknown>)[name]);
  return [...names].filter((name) => value(before, name) !== value(after, name));
}

export function createOperation(kind: RecordKind, record: AnyRecord): HistoryOperation {
  return { kind: 'create', summary: `Create ${one(kind)} ${record.id}` };
}

export function editOperation(kind: RecordKind, before: AnyRecord, after: AnyRecord): HistoryOperation {
  const fields = changedFields(before, after);
  return { kind: 'edit', summary: `Edit ${one(kind)} ${after.id}${fields.length > 0 ? `: ${fields.join(', ')}` : ''}` };
}

export function deleteOperation(kind: RecordKind, record: AnyRecord): HistoryOperation {
  return { kind: 'delete', summary: `Delete ${one(kind)} ${record.id}` };
}

export function trashRestoreOperation(kind: RecordKind, record: AnyRecord): HistoryOperation {
  return { kind: 'trash-restore', summary: `Restore ${one(kind)} ${record.id} from the trash` };
}

export function purgeOperation(purged: number): HistoryOperation {
  return { kind: 'trash-purge', summary: `Purge ${purged} ${purged === 1 ? 'record' : 'records'} from the trash` };
}

export function restoreVersionOperation(kind: RecordKind, id: string, versionTime: string): HistoryOperation {
  return { kind: 'restore-version', summary: `Restore ${one(kind)} ${id} to its version of ${versionTime.slice(0, 16).replace('T', ' ')} UTC` };
}

/** "Import openfootball 2019-20: 38 matches", "Import CSV quotes.csv: 12 quotes". */
export function importOperation(what: string, changes: ReadonlyArray<{ kind: RecordKind }>): HistoryOperation {
  const counts = new Map<RecordKind, number>();
  for (const { kind } of changes) counts.set(kind, (counts.get(kind) ?? 0) + 1);
  const parts = [...counts].map(([kind, n]) => count(n, kind));
  return { kind: 'import', summary: `Import ${what}: ${parts.length > 0 ? parts.join(', ') : 'nothing new'}` };
}
