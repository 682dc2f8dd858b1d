import { Low } from 'lowdb';
import { RECORD_KINDS, type RecordKind } from '../../shared/schemas/common';
import type { ArchiveDocument, ArchiveMeta } from '../../shared/schemas/archive';
import type { AnyRecord, RecordOf } from '../../shared/schemas/kinds';
import type { TrashEntry } from '../../shared/schemas/trash';
import { ArchiveError } from '../../shared/contract/errors';
import { parseArchiveText } from './archiveFile';
import { DurableJsonFile } from './durableJsonFile';

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
}

export type ChangeListener = (changes: readonly RecordChange[]) => void;

type IdIndex = { [K in RecordKind]: Map<string, RecordOf<K>> };

/**
 * The archive file in memory, with one writer. Every change runs in turn, is written
 * durably, and only then acknowledged; a failed write puts memory back as it was.
 */
export class ArchiveStore {
  private readonly ids: IdIndex;
  private queue: Promise<unknown> = Promise.resolve();
  private readonly listeners = new Set<ChangeListener>();

  private constructor(
    private readonly db: Low<ArchiveDocument>,
    readonly file: string,
  ) {
    this.ids = buildIdIndex(db.data);
  }

  /** Opens an existing archive file; a missing or invalid one is an error, never overwritten. */
  static async open(file: string): Promise<ArchiveStore> {
    const adapter = new DurableJsonFile<ArchiveDocument>(file, (text) => parseArchiveText(text, file));
    const data = await adapter.read();
    if (!data) throw new ArchiveError({ code: 'not-found', message: `There is no archive file at ${file}` });
    // Built explicitly, over the validated file: lowdb's presets switch to memory under NODE_ENV=test.
    return new ArchiveStore(new Low<ArchiveDocument>(adapter, data), file);
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
      this.db.data.meta = { ...previousMeta, ...changes.meta, updatedAt: new Date().toISOString() };
      try {
        await this.db.write();
      } catch (error) {
        for (const change of [...trash].reverse()) this.applyTrash({ put: change.take, take: change.put });
        for (const change of [...changes.records].reverse()) this.apply({ kind: change.kind, before: change.after, after: change.before });
        this.db.data.meta = previousMeta;
        throw new ArchiveError({ code: 'internal', message: `Could not save the archive to ${this.file}: ${(error as Error).message}` });
      }
      for (const listener of this.listeners) listener(changes.records);
      return result;
    });
    this.queue = run.catch(() => undefined);
    return run;
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
      return { changes: { records: [], trash: taken.map((entry) => ({ take: entry })) }, result: taken.length };
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
