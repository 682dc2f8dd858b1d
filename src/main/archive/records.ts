import type { z } from 'zod';
import type { RecordKind } from '../../shared/schemas/common';
import { inputSchemas, KIND_NAMES, recordSchemas, type InputOf, type RecordOf } from '../../shared/schemas/kinds';
import { referencesOf } from '../../shared/schemas/references';
import { claimProblems } from '../../shared/provenance/claims';
import { ArchiveError, invalidInput, pathToString } from '../../shared/contract/errors';
import { recordLabel } from '../../shared/derived/labels';
import { dependentsOf } from './dependents';
import { newRecordId } from './recordIds';
import type { ArchiveStore } from './store';
import type { TrashEntry } from '../../shared/schemas/trash';
import type { HistoryOperation } from '../../shared/contract/history';
import { laterTimestamp } from './timestamps';
import { createOperation, deleteOperation, editOperation, trashRestoreOperation } from './operationLabels';

/** Create, read, replace and delete for one kind of record, with every rule checked first. */
export class RecordService<K extends RecordKind> {
  constructor(
    private readonly store: ArchiveStore,
    readonly kind: K,
    private readonly now: () => Date = () => new Date(),
  ) {}

  list(): readonly RecordOf<K>[] {
    return this.store.list(this.kind);
  }

  get(id: string): RecordOf<K> {
    const record = this.store.find(this.kind, id);
    if (!record) throw this.notFound(id);
    return record;
  }

  create(values: InputOf<K>, id?: string, operation?: HistoryOperation): Promise<RecordOf<K>> {
    return this.store.commit(() => {
      if (id !== undefined && this.store.isTaken(this.kind, id)) {
        throw new ArchiveError({
          code: 'conflict',
          message: `id: a ${KIND_NAMES[this.kind].one} with the id "${id}" already exists (in the archive or its trash)`,
          issues: [{ path: 'id', message: 'is already taken' }],
        });
      }
      const timestamp = this.now().toISOString();
      const recordId = id ?? newRecordId(this.kind, (candidate) => this.store.isTaken(this.kind, candidate));
      const after = this.toRecord(values, recordId, timestamp, timestamp);
      return { changes: { records: [{ kind: this.kind, after }], operation: operation ?? createOperation(this.kind, after) }, result: after };
    });
  }

  update(id: string, values: InputOf<K>, expectedUpdatedAt?: string, operation?: HistoryOperation): Promise<RecordOf<K>> {
    return this.store.commit(() => {
      const before = this.get(id);
      if (expectedUpdatedAt !== undefined && before.updatedAt !== expectedUpdatedAt) {
        throw new ArchiveError({
          code: 'conflict',
          message: `This ${KIND_NAMES[this.kind].one} was changed elsewhere since you opened it (at ${before.updatedAt}); reload it and edit again`,
        });
      }
      const after = this.toRecord(values, id, before.createdAt, laterTimestamp(this.now(), before.updatedAt));
      return {
        changes: { records: [{ kind: this.kind, before, after }], operation: operation ?? editOperation(this.kind, before, after) },
        result: after,
      };
    });
  }

  delete(id: string): Promise<{ id: string; deleted: RecordOf<K> }> {
    return this.store.commit(() => {
      const before = this.get(id);
      const dependents = dependentsOf(this.store, this.kind, id);
      if (dependents.length > 0) {
        const names = dependents.slice(0, 5).map((dependent) => `${KIND_NAMES[dependent.kind].one} ${dependent.label}`);
        throw new ArchiveError({
          code: 'has-dependents',
          message: `Cannot delete ${recordLabel(this.kind, before)}: ${dependents.length} record(s) refer to it (${names.join('; ')}${dependents.length > 5 ? '; ...' : ''})`,
          dependents,
        });
      }
      const entry = { kind: this.kind, deletedAt: this.now().toISOString(), record: before } as TrashEntry;
      return {
        changes: { records: [{ kind: this.kind, before }], trash: [{ put: entry }], operation: deleteOperation(this.kind, before) },
        result: { id, deleted: before },
      };
    });
  }

  /** Brings a deleted record back from the trash under its own id, if what it refers to is still there. */
  restore(id: string): Promise<RecordOf<K>> {
    return this.store.commit(() => {
      const entry = this.store.trash().find((candidate) => candidate.kind === this.kind && candidate.record.id === id);
      if (!entry) throw new ArchiveError({ code: 'not-found', message: `There is no ${KIND_NAMES[this.kind].one} "${id}" in the trash` });
      if (this.store.has(this.kind, id)) {
        throw new ArchiveError({ code: 'conflict', message: `A ${KIND_NAMES[this.kind].one} with the id "${id}" is already in the archive` });
      }
      const record = entry.record as RecordOf<K>;
      this.checkReferences(record);
      return {
        changes: { records: [{ kind: this.kind, after: record }], trash: [{ take: entry }], operation: trashRestoreOperation(this.kind, record) },
        result: record,
      };
    });
  }

  /**
   * Validates editor values and turns them into a stored record with its references resolved.
   * Public so a batch (an import) can check each record by the same rules inside one commit.
   */
  toRecord(values: InputOf<K>, id: string, createdAt: string, updatedAt: string): RecordOf<K> {
    const parsed = (inputSchemas[this.kind] as z.ZodType).safeParse(values);
    if (!parsed.success) throw invalidInput(parsed.error, KIND_NAMES[this.kind].one);
    const record = (recordSchemas[this.kind] as z.ZodType).parse({
      id,
      createdAt,
      updatedAt,
      ...(parsed.data as object),
    }) as RecordOf<K>;
    this.checkReferences(record);
    return record;
  }

  /** References resolve, and each claim's chosen version is the record's value. */
  private checkReferences(record: RecordOf<K>): void {
    const dangling = referencesOf(this.kind, record).filter((ref) => !this.store.has(ref.kind, ref.id));
    const problems = [
      ...dangling.map((ref) => ({ path: ref.path, message: `refers to ${KIND_NAMES[ref.kind].one} "${ref.id}", which is not in the archive` })),
      ...claimProblems(record),
    ];
    if (problems.length > 0) {
      const issues = problems.map((problem) => ({ path: pathToString(problem.path), message: problem.message }));
      throw new ArchiveError({
        code: 'invalid-input',
        message: `Invalid ${KIND_NAMES[this.kind].one}: ${issues.map((issue) => `${issue.path}: ${issue.message}`).join('; ')}`,
        issues,
      });
    }
  }

  private notFound(id: string): ArchiveError {
    return new ArchiveError({ code: 'not-found', message: `There is no ${KIND_NAMES[this.kind].one} with the id "${id}"` });
  }
}

