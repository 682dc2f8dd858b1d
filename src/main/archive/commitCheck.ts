import type { z } from 'zod';
import type { RecordKind } from '../../shared/schemas/common';
import { recordSchemas, type AnyRecord } from '../../shared/schemas/kinds';
import { referencesOf } from '../../shared/schemas/references';
import { TrashEntry } from '../../shared/schemas/trash';
import { archiveRules } from '../../shared/schemas/archiveRules';
import { ArchiveError, pathToString, type FieldIssue } from '../../shared/contract/errors';
import type { RecordKey } from './referenceIndex';
import type { RecordChange, TrashChange } from './store';

/** What the check reads of the archive as it is before the commit. */
export interface CommittedState {
  find(kind: RecordKind, id: string): AnyRecord | undefined;
  isTrashed(kind: RecordKind, id: string): boolean;
  referrersOf(kind: RecordKind, id: string): RecordKey[];
}

const SHOWN_PROBLEMS = 5;
const keyOf = (kind: RecordKind, id: string) => `${kind}/${id}`;

/**
 * The archive as it would be after the changes, kept as a difference from the committed
 * state: what the changes add and take away, so that a check costs what the change touches,
 * not what the archive holds.
 */
class Pending {
  readonly added = new Map<string, { kind: RecordKind; record: AnyRecord }>();
  readonly removed = new Map<string, RecordKey>();
  readonly trashed = new Map<string, TrashEntry>();
  private readonly untrashed = new Set<string>();

  constructor(private readonly state: CommittedState) {}

  isLive(kind: RecordKind, id: string): boolean {
    const key = keyOf(kind, id);
    if (this.added.has(key)) return true;
    return !this.removed.has(key) && this.state.find(kind, id) !== undefined;
  }

  isTrashed(kind: RecordKind, id: string): boolean {
    const key = keyOf(kind, id);
    if (this.trashed.has(key)) return true;
    return !this.untrashed.has(key) && this.state.isTrashed(kind, id);
  }

  remove(kind: RecordKind, id: string): void {
    const key = keyOf(kind, id);
    this.added.delete(key);
    this.removed.set(key, { kind, id });
  }

  add(kind: RecordKind, record: AnyRecord): void {
    this.added.set(keyOf(kind, record.id), { kind, record });
  }

  untrash(kind: RecordKind, id: string): void {
    const key = keyOf(kind, id);
    this.trashed.delete(key);
    this.untrashed.add(key);
  }

  trash(entry: TrashEntry): void {
    this.trashed.set(keyOf(entry.kind, entry.record.id), entry);
  }
}

/**
 * The archive's rules, checked on what one commit changes before it is written: every
 * changed record valid, ids unique across the records and the trash, every reference
 * resolved (those of the changed records, and those pointing at a record taken away).
 * Answers the broken rules, each on the record and field that breaks it.
 */
export function commitProblems(state: CommittedState, records: readonly RecordChange[], trash: readonly TrashChange[], recordsParsed = false): FieldIssue[] {
  const pending = new Pending(state);
  const problems: FieldIssue[] = [];
  const problem = (path: Array<string | number>, message: string) => problems.push({ path: pathToString(path), message });

  for (const { kind, before, after } of records) {
    if (before) {
      if (!pending.isLive(kind, before.id)) problem([kind, before.id], 'is not in the archive');
      pending.remove(kind, before.id);
    }
    if (after) {
      if (pending.isLive(kind, after.id)) problem([kind, after.id, 'id'], archiveRules.duplicateId(kind, after.id));
      pending.add(kind, after);
    }
  }
  for (const { put, take } of trash) {
    if (take) {
      if (!pending.isTrashed(take.kind, take.record.id)) problem(['trash', take.kind, take.record.id], 'is not in the trash');
      pending.untrash(take.kind, take.record.id);
    }
    if (put) {
      if (pending.isTrashed(put.kind, put.record.id)) problem(['trash', put.kind, put.record.id], archiveRules.twiceInTrash(put.kind, put.record.id));
      pending.trash(put);
    }
  }

  for (const { kind, record } of pending.added.values()) {
    const parsed = recordsParsed ? undefined : (recordSchemas[kind] as z.ZodType).safeParse(record);
    if (parsed && !parsed.success) {
      for (const issue of parsed.error.issues) problem([kind, record.id, ...(issue.path as Array<string | number>)], issue.message);
      continue;
    }
    for (const ref of referencesOf(kind, record)) {
      if (!pending.isLive(ref.kind, ref.id)) problem([kind, record.id, ...ref.path], archiveRules.dangling(ref.kind, ref.id));
    }
    if (pending.isTrashed(kind, record.id)) problem([kind, record.id, 'id'], archiveRules.liveAndTrashed(record.id));
  }
  for (const entry of pending.trashed.values()) {
    const { kind, id } = { kind: entry.kind, id: entry.record.id };
    if (!TrashEntry.safeParse(entry).success) problem(['trash', kind, id], 'is not a valid record of the trash');
    else if (pending.isLive(kind, id) && !pending.added.has(keyOf(kind, id))) problem(['trash', kind, id], archiveRules.liveAndTrashed(id));
  }
  for (const { kind, id } of pending.removed.values()) {
    if (pending.isLive(kind, id)) continue;
    for (const referrer of state.referrersOf(kind, id)) {
      // A referrer the commit also changes was checked above with its new references.
      if (!pending.isLive(referrer.kind, referrer.id) || pending.added.has(keyOf(referrer.kind, referrer.id))) continue;
      const record = state.find(referrer.kind, referrer.id);
      const ref = record && referencesOf(referrer.kind, record).find((candidate) => candidate.kind === kind && candidate.id === id);
      problem([referrer.kind, referrer.id, ...(ref?.path ?? [])], archiveRules.dangling(kind, id));
    }
  }
  return problems;
}

/** The refusal of a commit that breaks the archive's rules: every rule broken, by record. */
export function brokenRules(problems: readonly FieldIssue[]): ArchiveError {
  const shown = problems.slice(0, SHOWN_PROBLEMS).map((issue) => `${issue.path}: ${issue.message}`);
  const more = problems.length > SHOWN_PROBLEMS ? ` (${problems.length} problems in all)` : '';
  return new ArchiveError({
    code: 'invalid-input',
    message: `The change would break the archive's rules, so nothing was written: ${shown.join('; ')}${more}`,
    issues: [...problems],
  });
}
