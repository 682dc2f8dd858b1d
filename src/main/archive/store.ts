import { Low } from 'lowdb';
import { RECORD_KINDS, type RecordKind } from '../../shared/schemas/common';
import { ArchiveMeta, type ArchiveDocument } from '../../shared/schemas/archive';
import type { AnyRecord, RecordOf } from '../../shared/schemas/kinds';
import type { TrashEntry } from '../../shared/schemas/trash';
import { ArchiveError, invalidInput } from '../../shared/contract/errors';
import { loadArchiveFile, parseArchiveText } from './archiveFile';
import { DurableJsonFile, removeLeftoverTemporaries } from './durableJsonFile';
import { MAX_ARCHIVE_BYTES } from './limits';
import type { Migration } from './migrations';
import { takeBackup } from './backups/takeBackup';
import { laterTimestamp } from './timestamps';
import { purgeOperation } from './operationLabels';
import type { HistoryOperation } from '../../shared/contract/history';
import { brokenRules, commitProblems } from './commitCheck';
import { ReferenceIndex, type RecordKey } from './referenceIndex';

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
  /**
   * The records were parsed by their schemas just before (an imported file validated whole):
   * the commit's check does not parse them again. Ids and references are checked always.
   */
  recordsParsed?: boolean;
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

/** Where an id stands: free, taken by a live record, or held by one in the trash that may come back. */
export type IdStatus = 'free' | 'live' | 'in-trash';

/**
 * The archive file in memory, with one writer. Every change runs in turn, is written
 * durably, and only then acknowledged; a failed write puts memory back as it was.
 */
export class ArchiveStore {
  private ids: IdIndex;
  private trashIds: Set<string>;
  /** Built on the first delete that needs it, then kept current commit by commit. */
  private references?: ReferenceIndex;
  private queue: Promise<unknown> = Promise.resolve();
  private readonly listeners = new Set<ChangeListener>();

  private constructor(
    private readonly db: Low<ArchiveDocument>,
    readonly file: string,
  ) {
    this.ids = buildIdIndex(db.data);
    this.trashIds = buildTrashIndex(db.data);
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
      this.trashIds = buildTrashIndex(loaded.document);
      this.references = undefined;
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
   * refuse) and resolves once they are on disk. Changes are applied in order, after the
   * archive they would make has been checked against its rules: a change that breaks one is
   * refused, naming the rule and the records, and neither memory nor the file changes.
   */
  commit<T>(plan: () => { changes: Changes; result: T }): Promise<T> {
    const run = this.queue.then(async () => {
      const { changes, result } = plan();
      const trash = changes.trash ?? [];
      this.check(changes.records, trash, changes.recordsParsed);
      const previousMeta = this.db.data.meta;
      if (changes.meta) {
        const meta = ArchiveMeta.safeParse({ ...previousMeta, ...changes.meta });
        if (!meta.success) throw invalidInput(meta.error, 'archive settings', ['meta']);
      }
      const undo = [this.applyRecords(changes.records), this.applyTrash(trash)];
      // Strictly increasing: the history tells by it whether it has every acknowledged write.
      this.db.data.meta = { ...previousMeta, ...changes.meta, updatedAt: laterTimestamp(new Date(), previousMeta.updatedAt) };
      try {
        await this.db.write();
      } catch (error) {
        for (const step of undo.reverse()) step();
        this.db.data.meta = previousMeta;
        throw new ArchiveError({ code: 'internal', message: `Could not save the archive to ${this.file}: ${(error as Error).message}` });
      }
      this.tell(changes.records, { reset: false, operation: changes.operation, trash });
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

  /**
   * The one id rule, for records and every importer alike: an id is taken by a live record,
   * or by one in the trash that may come back.
   */
  idStatus(kind: RecordKind, id: string): IdStatus {
    if (this.has(kind, id)) return 'live';
    return this.trashIds.has(trashKey(kind, id)) ? 'in-trash' : 'free';
  }

  isTaken(kind: RecordKind, id: string): boolean {
    return this.idStatus(kind, id) !== 'free';
  }

  /** The entry of the trash holding `kind`/`id`, if any. */
  trashed(kind: RecordKind, id: string): TrashEntry | undefined {
    if (!this.trashIds.has(trashKey(kind, id))) return undefined;
    return this.db.data.trash.find((entry) => entry.kind === kind && entry.record.id === id);
  }

  /** The live records that refer to `kind`/`id`. */
  referrersOf(kind: RecordKind, id: string): RecordKey[] {
    this.references ??= ReferenceIndex.build(this.db.data as unknown as { [K in RecordKind]: readonly AnyRecord[] });
    return this.references.referrersOf(kind, id);
  }

  /** Refuses, as a commit would, changes that break the archive's rules (an import's dry run). */
  check(records: readonly RecordChange[], trash: readonly TrashChange[] = [], recordsParsed = false): void {
    const problems = commitProblems(this.committedState(), records, trash, recordsParsed);
    if (problems.length > 0) throw brokenRules(problems);
  }

  private committedState() {
    return {
      find: (kind: RecordKind, id: string) => this.find(kind, id) as AnyRecord | undefined,
      isTrashed: (kind: RecordKind, id: string) => this.trashIds.has(trashKey(kind, id)),
      referrersOf: (kind: RecordKind, id: string) => this.referrersOf(kind, id),
    };
  }

  /** Removes entries from the trash for good; resolves with how many went. */
  purgeTrash(which: (entry: TrashEntry) => boolean): Promise<number> {
    return this.commit(() => {
      const taken = this.db.data.trash.filter(which);
      return { changes: { records: [], trash: taken.map((entry) => ({ take: entry })), operation: purgeOperation(taken.length) }, result: taken.length };
    });
  }

  /**
   * Puts the trash changes into a new trash list in one pass, so a purge of many entries costs
   * one pass; answers how to put the old list back.
   */
  private applyTrash(changes: readonly TrashChange[]): () => void {
    const data = this.db.data;
    const old = data.trash;
    if (changes.length === 0) return () => undefined;
    const taken = new Set(changes.flatMap(({ take }) => (take ? [trashKey(take.kind, take.record.id)] : [])));
    const put = changes.flatMap(({ put }) => (put ? [put] : []));
    data.trash = [...old.filter((entry) => !taken.has(trashKey(entry.kind, entry.record.id))), ...put];
    const previousIds = this.trashIds;
    this.trashIds = buildTrashIndex(data);
    return () => {
      data.trash = old;
      this.trashIds = previousIds;
    };
  }

  /**
   * Puts the record changes into new lists, one pass per kind touched: a changed record keeps
   * its place, a new one goes at the end. The cost is one pass over the list, however many
   * records one commit changes. Answers how to put the old lists and indexes back exactly.
   */
  private applyRecords(changes: readonly RecordChange[]): () => void {
    const data = this.db.data as unknown as Record<RecordKind, AnyRecord[]>;
    const finals = new Map<RecordKind, Map<string, AnyRecord | null>>();
    for (const { kind, before, after } of changes) {
      let final = finals.get(kind);
      if (!final) finals.set(kind, (final = new Map()));
      if (before) final.set(before.id, null);
      if (after) final.set(after.id, after);
      this.index(kind, before, after);
    }
    const old = new Map<RecordKind, AnyRecord[]>();
    for (const [kind, final] of finals) {
      const list = data[kind];
      old.set(kind, list);
      const next: AnyRecord[] = [];
      const placed = new Set<string>();
      for (const record of list) {
        if (!final.has(record.id)) next.push(record);
        else {
          placed.add(record.id);
          const replacement = final.get(record.id);
          if (replacement) next.push(replacement);
        }
      }
      for (const [id, record] of final) if (record && !placed.has(id)) next.push(record);
      data[kind] = next;
    }
    return () => {
      for (const [kind, list] of old) data[kind] = list;
      for (const { kind, before, after } of [...changes].reverse()) this.index(kind, after, before);
    };
  }

  /** Keeps the id and reference indexes in step with one record replaced. */
  private index(kind: RecordKind, before: AnyRecord | undefined, after: AnyRecord | undefined): void {
    const ids = this.ids[kind] as Map<string, AnyRecord>;
    if (before) ids.delete(before.id);
    if (after) ids.set(after.id, after);
    if (before) this.references?.remove(kind, before);
    if (after) this.references?.add(kind, after);
  }
}

function buildIdIndex(data: ArchiveDocument): IdIndex {
  const index = {} as Record<RecordKind, Map<string, AnyRecord>>;
  for (const kind of RECORD_KINDS) index[kind] = new Map(data[kind].map((record: AnyRecord) => [record.id, record]));
  return index as IdIndex;
}

const trashKey = (kind: RecordKind, id: string) => `${kind}/${id}`;

function buildTrashIndex(data: ArchiveDocument): Set<string> {
  return new Set(data.trash.map((entry) => trashKey(entry.kind, entry.record.id)));
}

function notFound(file: string): ArchiveError {
  return new ArchiveError({ code: 'not-found', message: `There is no archive file at ${file}` });
}

function backupBeforeMigration(file: string, steps: readonly Migration[]): Promise<void> {
  return takeBackup(file, `before-format-${steps.at(-1)?.to ?? 'next'}`).then(() => undefined);
}

/** Every record added, changed or gone between two whole documents. */
function differences(before: ArchiveDocument, after: ArchiveDocument): RecordChange[] {
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
