import { Low } from 'lowdb';
import { RECORD_KINDS, type RecordKind } from '../../shared/schemas/common';
import type { ArchiveDocument } from '../../shared/schemas/archive';
import type { AnyRecord, RecordOf } from '../../shared/schemas/kinds';
import { ArchiveError } from '../../shared/contract/errors';
import { parseArchiveText } from './archiveFile';
import { DurableJsonFile } from './durableJsonFile';

/** A record that was added, replaced or removed by one acknowledged write. */
export interface RecordChange<K extends RecordKind = RecordKind> {
  kind: K;
  before?: RecordOf<K>;
  after?: RecordOf<K>;
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
  commit<T>(plan: () => { changes: RecordChange[]; result: T }): Promise<T> {
    const run = this.queue.then(async () => {
      const { changes, result } = plan();
      const previousUpdatedAt = this.db.data.meta.updatedAt;
      for (const change of changes) this.apply(change);
      this.db.data.meta.updatedAt = new Date().toISOString();
      try {
        await this.db.write();
      } catch (error) {
        for (const change of [...changes].reverse()) this.apply({ kind: change.kind, before: change.after, after: change.before });
        this.db.data.meta.updatedAt = previousUpdatedAt;
        throw new ArchiveError({ code: 'internal', message: `Could not save the archive to ${this.file}: ${(error as Error).message}` });
      }
      for (const listener of this.listeners) listener(changes);
      return result;
    });
    this.queue = run.catch(() => undefined);
    return run;
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
