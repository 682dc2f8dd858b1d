import { Low } from 'lowdb';
import { RECORD_KINDS, type RecordKind } from '../../shared/schemas/common';
import type { ArchiveDocument, ArchiveMeta } from '../../shared/schemas/archive';
import type { AnyRecord, RecordOf } from '../../shared/schemas/kinds';
import type { TrashEntry } from '../../shared/schemas/trash';
import { ArchiveError } from '../../shared/contract/errors';
import { loadArchiveFile, parseArchiveText } from './archiveFile';
import { DurableJsonFile, removeLeftoverTemporaries } from './durableJsonFile';
import { MAX_ARCHIVE_BYTES } from './limits';
import type { Migration } from './migrations';
import { takeBackup } from './backups/takeBackup';
import { laterTimestamp } from './timestamps';
import { purgeOperation } from './operationLabels';
import type { HistoryOperation } from '../../shared/contract/history';

/** A record that was added, replaced or removed by one acknowledged write. */
export interface RecordChange<K extends RecordKind = RecordKind> {
  kind: K;
  before?: RecordOf<K>;
  after?: RecordOf<K>;
}

/** A deleted record put into the trash, or taken out of it (restored or purged). */
export interface TrashChange {
  put?: TrashEntry;
  take?: TrashEntry;
}

/** What one write changes: records, the trash beside them, and the archive's own settings. */
export interface Changes {
  records: RecordChange[];
  trash?: TrashChange[];
  meta?: Partial<Omit<ArchiveMeta, 'createdAt' | 'updatedAt'>>;
  /** What the editor did, in words: the history's commit message ("Edit quote q-1: text"). */
  operation?: HistoryOperation;
  /** A colleague's commit this write merges in (a sync): the history's commit gets it as a parent. */
  mergedWith?: string;
}

/**
 * How a change came about. `reset` is true when the whole archive was replaced (a backup
 * restored): the changes then list every record that differs from before, so an index kept
 * up to date change by change stays right, and one that would rather rebuild can do so.
 */
export interface ChangeContext {
  reset: boolean;
  /** The operation's label, when it gave one. */
  operation?: HistoryOperation;
  /** Entries put into or taken out of the trash by the same write. */
  trash: readonly TrashChange[];
  /** The colleague's commit a sync merged in, when it is one. */
  mergedWith?: string;
}

export type ChangeListener = (changes: readonly RecordChange[], context: ChangeContext) => void;

export interface OpenOptions {
  /** A file larger than this is refused before it is read. */
  maxBytes?: number;
  /**
   * Called before an older file is upgraded in memory (the upgrade reaches disk with the
   * next save). By default a backup of the file as it is, so the old format is never lost.
   */
  beforeMigration?: (file: string, steps: readonly Migration[]) => Promise<void>;
}

type IdIndex = { [K in RecordKind]: Map<string, RecordOf<K>> };

/**
 * The archive file in memory, with one writer. Every change runs in turn, is written
 * durably, and only then acknowledged; a failed write puts memory back as it was.
 */
export class ArchiveStore {
  private ids: IdIndex;
  private queue: Promise<unknown> = Promise.resolve();
  private readonly listeners = new Set<ChangeListener>();

  private constructor(
    private readonly db: Low<ArchiveDocument>,
    readonly file: string,
  ) {
    this.ids = buildIdIndex(db.data);
  }

  /** Opens an existing archive file; a missing or invalid one is an error, never overwritten. */
  static async open(file: string, options: OpenOptions = {}): Promise<ArchiveStore> {
    const { maxBytes = MAX_ARCHIVE_BYTES, beforeMigration = backupBeforeMigration } = options;
    const loaded = await loadArchiveFile(file, maxBytes);
    if (!loaded) throw notFound(file);
    if (loaded.migrations.length > 0) await beforeMigration(file, loaded.migrations);
    // A writer killed between writing its temporary file and renaming it leaves the file behind.
    await removeLeftoverTemporaries(file);
    const adapter = new DurableJsonFile<ArchiveDocument>(file, (text) => parseArchiveText(text, file), maxBytes);
    // Built explicitly, over the validated file: lowdb's presets switch to memory under NODE_ENV=test.
    return new ArchiveStore(new Low<ArchiveDocument>(adapter, loaded.document), file);
  }

  /**
   * Reads the file again, in turn with the writes, after something replaced it whole (a
   * backup restored by `replace`, which runs first in the same turn). Listeners are told with
   * `reset: true`. If the new file does not validate, memory keeps the archive as it was.
   */
  reload(replace: () => Promise<void> = async () => undefined, operation?: HistoryOperation): Promise<void> {
    const run = this.queue.then(async () => {
      await replace();
      const loaded = await loadArchiveFile(this.file);
      if (!loaded) throw notFound(this.file);
      const before = this.db.data;
      this.db.data = loaded.document;
      this.ids = buildIdIndex(loaded.document);
      const changes = differences(before, loaded.document);
      this.tell(changes, { reset: true, operation, trash: [] });
    });
    this.queue = run.catch(() => undefined);
    return run;
  }

  get data(): Readonly<ArchiveDocument> {
    return this.db.data;
  }

  list<K extends RecordKind>(kind: K): readonly RecordOf<K>[] {
    return this.db.data[kind] as unknown as RecordOf<K>[];
  }

  find<K extends RecordKind>(kind: K, id: string): RecordOf<K> | undefined {
    return this.ids[kind].get(id) as RecordOf<K> | undefined;
  }

  has(kind: RecordKind, id: string): boolean {
    return this.ids[kind].has(id);
  }

  onChange(listener: ChangeListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /**
   * Applies record changes (computed from the current state by `plan`, which may throw to
   * refuse) and resolves once they are on disk. Changes are applied in order.
   */
  commit<T>(plan: () => { changes: Changes; result: T }): Promise<T> {
    const run = this.queue.then(async () => {
      const { changes, result } = plan();
      const trash = changes.trash ?? [];
      const previousMeta = this.db.data.meta;
      for (const change of changes.records) this.apply(change);
      for (const change of trash) this.applyTrash(change);
      // Strictly increasing: the history tells by it whether it has every acknowledged write.
      this.db.data.meta = { ...previousMeta, ...changes.meta, updatedAt: laterTimestamp(new Date(), previousMeta.updatedAt) };
      try {
        await this.db.write();
      } catch (error) {
        for (const change of [...trash].reverse()) this.applyTrash({ put: change.take, take: change.put });
        for (const change of [...changes.records].reverse()) this.apply({ kind: change.kind, before: change.after, after: change.before });
        this.db.data.meta = previousMeta;
        throw new ArchiveError({ code: 'internal', message: `Could not save the archive to ${this.file}: ${(error as Error).message}` });
      }
      this.tell(changes.records, { reset: false, operation: changes.operation, trash, ...(changes.mergedWith ? { mergedWith: changes.mergedWith } : {}) });
      return result;
    });
    this.queue = run.catch(() => undefined);
    return run;
  }

  /** The edit is on disk whatever a listener does: one that fails is reported, not rethrown. */
  private tell(changes: readonly RecordChange[], context: ChangeContext): void {
    for (const listener of this.listeners) {
      try {
        listener(changes, context);
      } catch (error) {
        console.error('An archive change listener failed:', error);
      }
    }
  }

  trash(): readonly TrashEntry[] {
    return this.db.data.trash;
  }

  /** Whether an id is taken, by a live record or by one in the trash that may come back. */
  isTaken(kind: RecordKind, id: string): boolean {
    return this.has(kind, id) || this.db.data.trash.some((entry) => entry.kind === kind && entry.record.id === id);
  }

  /** Removes entries from the trash for good; resolves with how many went. */
  purgeTrash(which: (entry: TrashEntry) => boolean): Promise<number> {
    return this.commit(() => {
      const taken = this.db.data.trash.filter(which);
      return { changes: { records: [], trash: taken.map((entry) => ({ take: entry })), operation: purgeOperation(taken.length) }, result: taken.length };
    });
  }

  private applyTrash({ put, take }: TrashChange): void {
    const trash = this.db.data.trash;
    if (take) {
      const index = trash.findIndex((entry) => entry.kind === take.kind && entry.record.id === take.record.id);
      if (index >= 0) trash.splice(index, 1);
    }
    if (put) trash.push(put);
  }

  private apply({ kind, before, after }: RecordChange): void {
    const records = this.db.data[kind] as AnyRecord[];
    const index = before ? records.findIndex((record) => record.id === before.id) : -1;
    if (after && index >= 0) records[index] = after;
    else if (after) records.push(after);
    else if (index >= 0) records.splice(index, 1);
    if (before) this.ids[kind].delete(before.id);
    if (after) (this.ids[kind] as Map<string, AnyRecord>).set(after.id, after);
  }
}

function buildIdIndex(data: ArchiveDocument): IdIndex {
  const index = {} as Record<RecordKind, Map<string, AnyRecord>>;
  for (const kind of RECORD_KINDS) index[kind] = new Map(data[kind].map((record: AnyRecord) => [record.id, record]));
  return index as IdIndex;
}

function notFound(file: string): ArchiveError {
  return new ArchiveError({ code: 'not-found', message: `There is no archive file at ${file}` });
}

function backupBeforeMigration(file: string, steps: readonly Migration[]): Promise<void> {
  return takeBackup(file, `before-format-${steps.at(-1)?.to ?? 'next'}`).then(() => undefined);
}

/** Every record added, changed or gone between two whole documents. */
export function differences(before: ArchiveDocument, after: ArchiveDocument): RecordChange[] {
  const changes: RecordChange[] = [];
  for (const kind of RECORD_KINDS) {
    const old = new Map<string, AnyRecord>(before[kind].map((record: AnyRecord) => [record.id, record]));
    for (const record of after[kind] as AnyRecord[]) {
      const previous = old.get(record.id);
      old.delete(record.id);
      if (!previous) changes.push({ kind, after: record } as RecordChange);
      else if (JSON.stringify(previous) !== JSON.stringify(record)) changes.push({ kind, before: previous, after: record } as RecordChange);
    }
    for (const gone of old.values()) changes.push({ kind, before: gone } as RecordChange);
  }
  return changes;
}
