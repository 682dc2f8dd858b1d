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
import { checkLegs, legLinkChanges } from './ties/legLinks';
import { createOperation, deleteOperation, editOperation, trashRestoreOperation } from './operationLabels';
import type { RecordChange } from './store';
import { bulkEditSummary, type BulkEdit } from '../../shared/contract/bulkEdit';
import { editedValues, valuesOf } from './bulkEdit';
import { canonicalJson } from '../../shared/derived/canonicalJson';

/** One record of a batch: its new values, and optionally the version the caller saw. */
export interface RecordUpdate<K extends RecordKind> {
  id: string;
  values: InputOf<K>;
  expectedUpdatedAt?: string;
  /** The values the caller believes the record holds (an undo): refused if it holds others. */
  expectedValues?: Record<string, unknown>;
}

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
      const records = [{ kind: this.kind, after }, ...this.linkedChanges(undefined, after)];
      return { changes: { records, operation: operation ?? createOperation(this.kind, after) }, result: after };
    });
  }

  update(id: string, values: InputOf<K>, expectedUpdatedAt?: string, operation?: HistoryOperation): Promise<RecordOf<K>> {
    return this.store.commit(() => {
      const change = this.updated({ id, values, expectedUpdatedAt });
      return {
        changes: { records: [change, ...this.linkedChanges(change.before, change.after)], operation: operation ?? editOperation(this.kind, change.before, change.after) },
        result: change.after,
      };
    });
  }

  /**
   * Replaces the values of many records in ONE commit: one durable write, all or nothing. A
   * record that refuses is named by its id with the field and the rule.
   */
  updateMany(updates: readonly RecordUpdate<K>[], operation?: HistoryOperation): Promise<RecordOf<K>[]> {
    return this.store.commit(() => {
      const changes = this.updatedMany(updates);
      const summary = `Edit ${changes.length} ${changes.length === 1 ? KIND_NAMES[this.kind].one : KIND_NAMES[this.kind].many}`;
      return { changes: { records: changes, operation: operation ?? { kind: 'bulk-edit', summary } }, result: changes.map((change) => change.after) };
    });
  }

  /** One bulk edit (a tag, a source, a status) made to many records in ONE commit; answers them before and after. */
  editMany(targets: ReadonlyArray<{ id: string; expectedUpdatedAt?: string }>, edit: BulkEdit): Promise<{ before: RecordOf<K>[]; after: RecordOf<K>[] }> {
    return this.store.commit(() => {
      const updates = targets.map(({ id, expectedUpdatedAt }) => ({ id, expectedUpdatedAt, values: editedValues(this.kind, this.get(id), edit) }));
      const changes = this.updatedMany(updates);
      const sourceTitle = edit.action === 'addSource' ? this.store.find('sources', edit.sourceId)?.title : undefined;
      return {
        changes: { records: changes, operation: { kind: 'bulk-edit', summary: bulkEditSummary(this.kind, edit, changes.length, sourceTitle) } },
        result: { before: changes.map((change) => change.before), after: changes.map((change) => change.after) },
      };
    });
  }

  private updatedMany(updates: readonly RecordUpdate<K>[]): Array<Required<RecordChange<K>>> {
    const seen = new Set<string>();
    return updates.map((update) => {
      if (seen.has(update.id)) {
        throw new ArchiveError({ code: 'invalid-input', message: `${update.id}: is given twice in one batch`, issues: [{ path: update.id, message: 'is given twice' }] });
      }
      seen.add(update.id);
      try {
        return this.updated(update);
      } catch (error) {
        if (!(error instanceof ArchiveError)) throw error;
        // Which record of the batch refused, then its field and rule.
        const issues = error.issues.map((issue) => ({ path: `${update.id}.${issue.path}`, message: issue.message }));
        throw new ArchiveError({ ...error.toData(), message: `${KIND_NAMES[this.kind].one} ${update.id}: ${error.message}; nothing was changed`, issues });
      }
    });
  }

  /** The change replacing one record's values, checked like a form's save. */
  private updated({ id, values, expectedUpdatedAt, expectedValues }: RecordUpdate<K>): Required<RecordChange<K>> {
    const before = this.get(id);
    if (expectedValues !== undefined && canonicalJson(valuesOf(before)) !== canonicalJson(expectedValues)) {
      throw new ArchiveError({ code: 'conflict', message: `${recordLabel(this.kind, before)} was changed since; undoing would overwrite that change` });
    }
    if (expectedUpdatedAt !== undefined && before.updatedAt !== expectedUpdatedAt) {
      throw new ArchiveError({
        code: 'conflict',
        message: `This ${KIND_NAMES[this.kind].one} was changed elsewhere since you opened it (at ${before.updatedAt}); reload it and edit again`,
      });
    }
    const after = this.toRecord(values, id, before.createdAt, laterTimestamp(this.now(), before.updatedAt));
    return { kind: this.kind, before, after };
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
    if (this.kind === 'matches') checkLegs(this.store, record as RecordOf<'matches'>);
    return record;
  }

  /** Other records one save changes with it: the legs of a tie name each other. */
  private linkedChanges(before: RecordOf<K> | undefined, after: RecordOf<K>): RecordChange[] {
    if (this.kind !== 'matches') return [];
    return legLinkChanges(this.store, before as RecordOf<'matches'> | undefined, after as RecordOf<'matches'>, (previous) => laterTimestamp(this.now(), previous));
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

