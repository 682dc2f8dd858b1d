import type { ArchiveClient } from '../../../shared/contract';
import { ArchiveError } from '../../../shared/contract/errors';
import { bulkEditSummary, type BulkEdit } from '../../../shared/contract/bulkEdit';
import type { RecordKind } from '../../../shared/schemas/common';
import { KIND_NAMES, type InputOf, type RecordOf } from '../../../shared/schemas/kinds';
import { recordLabel } from '../../../shared/derived/labels';
import { canonicalJson } from '../../../shared/derived/canonicalJson';
import { editableValues } from '../components/recordValues';
import type { Command } from './commandHistory';

/** The archive operations the history needs, for any kind. */
export type HistoryClient = Pick<ArchiveClient, RecordKind | 'trash' | 'history'>;

interface RecordApi<K extends RecordKind> {
  get(input: { id: string }): Promise<RecordOf<K>>;
  create(input: { id?: string; values: InputOf<K> }): Promise<RecordOf<K>>;
  update(input: { id: string; values: InputOf<K>; expectedUpdatedAt?: string }): Promise<RecordOf<K>>;
  delete(input: { id: string }): Promise<unknown>;
  editMany(input: { records: Array<{ id: string; expectedUpdatedAt?: string }>; edit: BulkEdit }): Promise<{ before: RecordOf<K>[]; after: RecordOf<K>[] }>;
  updateMany(input: { updates: Array<{ id: string; values: InputOf<K>; expectedValues?: Record<string, unknown> }>; label?: string }): Promise<RecordOf<K>[]>;
}

function api<K extends RecordKind>(client: HistoryClient, kind: K): RecordApi<K> {
  // The client's methods are typed per kind; through the generic K TypeScript cannot see they agree.
  return client[kind] as unknown as RecordApi<K>;
}

type Values<K extends RecordKind> = InputOf<K>;
type Done<T> = { result: T; command: Command };

function valuesOf<K extends RecordKind>(record: RecordOf<K>): Values<K> {
  return editableValues(record) as unknown as Values<K>;
}

/**
 * Puts `to` into a record that should hold `from`. If it holds something else, the record was
 * changed outside this history and undoing would silently overwrite that change: refuse.
 */
async function replace<K extends RecordKind>(client: HistoryClient, kind: K, id: string, from: Values<K>, to: Values<K>): Promise<RecordOf<K>> {
  const current = await api(client, kind).get({ id });
  if (canonicalJson(valuesOf(current)) !== canonicalJson(from)) {
    throw new ArchiveError({
      code: 'conflict',
      message: `${recordLabel(kind, current)} was changed since; undoing would overwrite that change`,
    });
  }
  return api(client, kind).update({ id, values: to, expectedUpdatedAt: current.updatedAt });
}

const one = (kind: RecordKind) => KIND_NAMES[kind].one;

/** Creates a record; undone, it goes to the trash, and redone it comes back under the same id. */
export async function createRecord<K extends RecordKind>(client: HistoryClient, kind: K, values: Values<K>): Promise<Done<RecordOf<K>>> {
  const record = await api(client, kind).create({ values });
  return {
    result: record,
    command: {
      label: `Create ${one(kind)} ${recordLabel(kind, record)}`,
      kinds: [kind],
      undo: async () => void (await api(client, kind).delete({ id: record.id })),
      redo: async () => void (await client.trash.restore({ kind, id: record.id })),
    },
  };
}

export async function updateRecord<K extends RecordKind>(client: HistoryClient, kind: K, before: RecordOf<K>, values: Values<K>): Promise<Done<RecordOf<K>>> {
  const after = await api(client, kind).update({ id: before.id, values, expectedUpdatedAt: before.updatedAt });
  const [was, now] = [valuesOf(before), valuesOf(after)];
  return {
    result: after,
    command: {
      label: `Edit ${one(kind)} ${recordLabel(kind, after)}`,
      kinds: [kind],
      undo: async () => void (await replace(client, kind, before.id, now, was)),
      redo: async () => void (await replace(client, kind, before.id, was, now)),
    },
  };
}

/** Moves a record to the trash; undone, it is restored from there. */
export async function deleteRecord<K extends RecordKind>(client: HistoryClient, kind: K, record: RecordOf<K>): Promise<Done<RecordOf<K>>> {
  await api(client, kind).delete({ id: record.id });
  return {
    result: record,
    command: {
      label: `Delete ${one(kind)} ${recordLabel(kind, record)}`,
      kinds: [kind],
      undo: async () => void (await client.trash.restore({ kind, id: record.id })),
      redo: async () => void (await api(client, kind).delete({ id: record.id })),
    },
  };
}

export async function restoreRecord<K extends RecordKind>(client: HistoryClient, kind: K, id: string): Promise<Done<RecordOf<K>>> {
  const record = (await client.trash.restore({ kind, id })) as RecordOf<K>;
  return {
    result: record,
    command: {
      label: `Restore ${one(kind)} ${recordLabel(kind, record)}`,
      kinds: [kind],
      undo: async () => void (await api(client, kind).delete({ id })),
      redo: async () => void (await client.trash.restore({ kind, id })),
    },
  };
}

/**
 * Puts a record back as a commit of the history left it (a new change, labelled as a restore in
 * the history); undone, the record holds again what it held before.
 */
export async function restoreVersion<K extends RecordKind>(client: HistoryClient, kind: K, before: RecordOf<K>, commit: string): Promise<Done<RecordOf<K>>> {
  const after = (await client.history.restoreVersion({ kind, id: before.id, commit })) as RecordOf<K>;
  const [was, now] = [valuesOf(before), valuesOf(after)];
  return {
    result: after,
    command: {
      label: `Restore an earlier version of ${one(kind)} ${recordLabel(kind, after)}`,
      kinds: [kind],
      undo: async () => void (await replace(client, kind, before.id, now, was)),
      redo: async () => void (await replace(client, kind, before.id, was, now)),
    },
  };
}

/**
 * One bulk edit of many records, as one step of the history: one operation and one write in
 * main, all or nothing. Undone (and redone) by one write too, each record checked to hold the
 * values this history left, so a change made elsewhere since is never overwritten.
 */
export async function editRecords<K extends RecordKind>(
  client: HistoryClient,
  kind: K,
  records: readonly RecordOf<K>[],
  edit: BulkEdit,
  sourceTitle?: string,
): Promise<Done<RecordOf<K>[]>> {
  const many = api(client, kind);
  const { before, after } = await many.editMany({ records: records.map((record) => ({ id: record.id, expectedUpdatedAt: record.updatedAt })), edit });
  const label = bulkEditSummary(kind, edit, after.length, sourceTitle);
  let current = after;
  // `current` and `to` are in the same order: updateMany answers in the order asked.
  const put = async (to: readonly RecordOf<K>[], word: string) => {
    const updates = to.map((record, index) => ({ id: record.id, values: valuesOf(record), expectedValues: current[index] && valuesOf(current[index]) }));
    current = await many.updateMany({ updates, label: `${word}: ${label}` });
  };
  return {
    result: after,
    command: { label, kinds: [kind], undo: () => put(before, 'Undo'), redo: () => put(after, 'Redo') },
  };
}
