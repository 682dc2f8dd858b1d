import { isDeepStrictEqual } from 'node:util';
import { RECORD_KINDS, type RecordKind } from '../../../shared/schemas/common';
import { ArchiveDocument } from '../../../shared/schemas/archive';
import { recordSchemas, type AnyRecord } from '../../../shared/schemas/kinds';
import type { Author, Conflict, ConflictReason } from '../../../shared/schemas/conflict';
import { referencesOf } from '../../../shared/schemas/references';
import type { TrashEntry } from '../../../shared/schemas/trash';
import { ArchiveError, pathToString } from '../../../shared/contract/errors';
import { recordLabel } from '../../../shared/derived/labels';
import { KIND_NAMES } from '../../../shared/schemas/kinds';
import { mergeFields } from './mergeFields';
import { mergeMeta } from './mergeMeta';
import { recordOf, sameSlot, slotKey, slotsOf, type Slot } from './slots';

/** The two editors whose work is merged: you (this archive) and them (the remote). */
export interface MergeSides {
  yours: Author;
  theirs: Author;
}

export interface MergeResult {
  /** The merged archive, valid by every rule of the archive. */
  document: ArchiveDocument;
  /** What this merge could not decide; also in `document.meta.conflicts` with those still pending. */
  conflicts: Conflict[];
  /** Archive settings both changed (title, saved searches): yours kept, theirs named here. */
  notes: string[];
}

interface Decision {
  slot?: Slot;
  conflict?: Conflict;
}

interface Versions {
  base?: Slot;
  yours?: Slot;
  theirs?: Slot;
}

/**
 * Three-way merge of two archives against the version both started from, record by record
 * and field by field. Changes to different records or fields combine; both making the same
 * change is no conflict; an edit against a delete, or two different changes to one field, is
 * a conflict that keeps both versions. The result is checked against every rule of the
 * archive, and a combination that breaks one becomes a conflict on the records involved.
 */
export function mergeArchives(base: ArchiveDocument, yours: ArchiveDocument, theirs: ArchiveDocument, sides: MergeSides, now = new Date()): MergeResult {
  const slots = { base: slotsOf(base), yours: slotsOf(yours), theirs: slotsOf(theirs) };
  const detectedAt = now.toISOString();
  const versionsOf = (key: string): Versions => ({ base: slots.base.get(key), yours: slots.yours.get(key), theirs: slots.theirs.get(key) });
  const conflictOf = (versions: Versions, reason: ConflictReason, fields: string[], rule?: string): Conflict =>
    buildConflict(versions, reason, fields, rule, sides, detectedAt);

  const merged = new Map<string, Slot>();
  const found = new Map<string, Conflict>();
  for (const key of new Set([...slots.yours.keys(), ...slots.theirs.keys()])) {
    const { slot, conflict } = decide(versionsOf(key), conflictOf);
    if (slot) merged.set(key, slot);
    if (conflict) found.set(key, conflict);
  }

  let document = assemble(yours, theirs, merged);
  // Each round settles records for good (a record is settled at most once), so this ends.
  const settled = new Set<string>();
  for (let problems = ruleProblems(document); problems.length > 0; problems = ruleProblems(document)) {
    for (const problem of problems) settle(problem, { merged, found, settled, versionsOf, conflictOf });
    document = assemble(yours, theirs, merged);
  }

  const { meta, notes } = mergeMeta(base.meta, yours.meta, theirs.meta, [...found.values()], merged);
  const result = ArchiveDocument.safeParse({ ...document, meta });
  if (!result.success) throw brokenMerge(result.error.issues.map((issue) => ({ path: pathToString(issue.path), message: issue.message })));
  return { document: result.data, conflicts: [...found.values()], notes };
}

/** One record's fate, from its three versions. */
function decide(versions: Versions, conflictOf: (versions: Versions, reason: ConflictReason, fields: string[], rule?: string) => Conflict): Decision {
  const { base, yours, theirs } = versions;
  if (sameSlot(yours, theirs) || sameSlot(theirs, base)) return { slot: yours };
  if (sameSlot(yours, base)) return { slot: theirs };
  if (yours?.live && theirs?.live) return mergeLive(versions, yours.live, theirs.live, conflictOf);
  const live = yours?.live ? yours : theirs?.live ? theirs : undefined;
  // Deleted on one side, changed on the other: the changed record stays, badged, until the editor decides.
  if (live) return { slot: live, conflict: conflictOf(versions, 'deleted-and-edited', []) };
  // Deleted on both sides: the later trash entry, or the one still restorable.
  if (yours?.trashed && theirs?.trashed) return { slot: theirs.trashed.deletedAt > yours.trashed.deletedAt ? theirs : yours };
  return { slot: yours ?? theirs };
}

function mergeLive(
  versions: Versions,
  yours: AnyRecord,
  theirs: AnyRecord,
  conflictOf: (versions: Versions, reason: ConflictReason, fields: string[], rule?: string) => Conflict,
): Decision {
  const kind = versions.yours!.kind;
  const { values, conflicting } = mergeFields(recordOf(versions.base), yours, theirs);
  const parsed = recordSchemas[kind].safeParse(values);
  if (!parsed.success) {
    const rule = parsed.error.issues.map((issue) => `${pathToString(issue.path)}: ${issue.message}`).join('; ');
    return { slot: versions.yours, conflict: conflictOf(versions, 'breaks-rule', differingFields(yours, theirs), rule) };
  }
  const slot: Slot = { kind, id: yours.id, live: parsed.data as AnyRecord };
  return conflicting.length > 0 ? { slot, conflict: conflictOf(versions, 'both-edited', conflicting) } : { slot };
}

function differingFields(yours: AnyRecord, theirs: AnyRecord): string[] {
  const [a, b] = [yours as Record<string, unknown>, theirs as Record<string, unknown>];
  return [...new Set([...Object.keys(a), ...Object.keys(b)])].filter((field) => field !== 'updatedAt' && !isDeepStrictEqual(a[field], b[field]));
}

function buildConflict(versions: Versions, reason: ConflictReason, fields: string[], rule: string | undefined, sides: MergeSides, detectedAt: string): Conflict {
  const slot = (versions.yours ?? versions.theirs)!;
  const side = (version: Slot | undefined, author: Author) => ({
    ...(version?.live ? { record: version.live } : {}),
    author,
    at: version?.live?.updatedAt ?? version?.trashed?.deletedAt ?? detectedAt,
  });
  const baseRecord = recordOf(versions.base);
  return {
    kind: slot.kind,
    id: slot.id,
    reason,
    fields,
    ...(rule ? { rule: rule.slice(0, 2000) } : {}),
    yours: side(versions.yours, sides.yours),
    theirs: side(versions.theirs, sides.theirs),
    base: baseRecord ? { record: baseRecord } : {},
    detectedAt,
  } as Conflict;
}

/**
 * The merged records in a document. Each list keeps yours' order for what is in it there,
 * then theirs' order for the rest, so a side that only deleted or added keeps its own order.
 */
function assemble(yours: ArchiveDocument, theirs: ArchiveDocument, merged: Map<string, Slot>): ArchiveDocument {
  const lists = Object.fromEntries(RECORD_KINDS.map((kind) => [kind, [] as AnyRecord[]])) as Record<RecordKind, AnyRecord[]>;
  const trash: TrashEntry[] = [];
  const placed = new Set<string>();
  const place = (key: string, wanted: 'live' | 'trashed') => {
    const slot = merged.get(key);
    if (!slot || placed.has(key) || (wanted === 'live') !== Boolean(slot.live)) return;
    placed.add(key);
    if (slot.live) lists[slot.kind].push(slot.live);
    else trash.push(slot.trashed);
  };
  for (const kind of RECORD_KINDS) {
    for (const document of [yours, theirs]) for (const record of document[kind] as AnyRecord[]) place(slotKey(kind, record.id), 'live');
    for (const slot of merged.values()) if (slot.kind === kind) place(slotKey(kind, slot.id), 'live');
  }
  for (const document of [yours, theirs]) for (const entry of document.trash) place(slotKey(entry.kind, entry.record.id), 'trashed');
  for (const [key, slot] of merged) if (slot.trashed) place(key, 'trashed');
  return { ...yours, ...lists, trash } as ArchiveDocument;
}

interface RuleProblem {
  path: string;
  message: string;
  /** The record the rule is broken on, when the problem is on one. */
  at?: { kind: RecordKind; id: string };
  /** For a reference that no longer resolves: the record it names. */
  target?: { kind: RecordKind; id: string };
}

/** The archive's own whole-document rules (ids, references), located on records. */
function ruleProblems(document: ArchiveDocument): RuleProblem[] {
  const result = ArchiveDocument.safeParse(document);
  if (result.success) return [];
  return result.error.issues.map((issue) => {
    const [kind, index, ...rest] = issue.path;
    const problem: RuleProblem = { path: pathToString(issue.path), message: issue.message };
    if (typeof index !== 'number' || !RECORD_KINDS.includes(kind as RecordKind)) return problem;
    const recordKind = kind as RecordKind;
    const record = document[recordKind][index] as AnyRecord | undefined;
    if (!record) return problem;
    const reference = referencesOf(recordKind, record).find((ref) => isDeepStrictEqual(ref.path, rest));
    return { ...problem, at: { kind: recordKind, id: record.id }, ...(reference ? { target: { kind: reference.kind, id: reference.id } } : {}) };
  });
}

/**
 * Puts right one broken rule. A reference to a record deleted on one side brings that record
 * back (the side that still has it) with a conflict on it; any other rule broken on a record
 * puts back your version of that record, with a conflict naming the rule.
 */
interface Settling {
  merged: Map<string, Slot>;
  found: Map<string, Conflict>;
  settled: Set<string>;
  versionsOf: (key: string) => Versions;
  conflictOf: (versions: Versions, reason: ConflictReason, fields: string[], rule?: string) => Conflict;
}

function settle(problem: RuleProblem, { merged, found, settled, versionsOf, conflictOf }: Settling): void {
  if (problem.target) {
    const key = slotKey(problem.target.kind, problem.target.id);
    const versions = versionsOf(key);
    const live = versions.yours?.live ? versions.yours : versions.theirs?.live ? versions.theirs : undefined;
    if (live && !merged.get(key)?.live) {
      const referrer = problem.at ? `a ${KIND_NAMES[problem.at.kind].one} (${labelOf(merged, problem.at)}) still refers to it` : problem.message;
      merged.set(key, live);
      found.set(key, conflictOf(versions, 'deleted-and-edited', [], `Deleted on one side, but ${referrer}`));
      return;
    }
  }
  const key = problem.at ? slotKey(problem.at.kind, problem.at.id) : undefined;
  if (!key || settled.has(key)) throw brokenMerge([problem]);
  // Put back one side's own version, which was valid in its own archive: yours first.
  const versions = versionsOf(key);
  const fallback = [versions.yours, versions.theirs].find((slot) => slot?.live && !sameSlot(slot, merged.get(key)));
  if (!fallback) throw brokenMerge([problem]);
  settled.add(key);
  merged.set(key, fallback);
  const fields = versions.yours?.live && versions.theirs?.live ? differingFields(versions.yours.live, versions.theirs.live) : [];
  found.set(key, conflictOf(versions, 'breaks-rule', fields, `${problem.path.split('.').slice(2).join('.') || 'record'}: ${problem.message}`));
}

function labelOf(merged: Map<string, Slot>, at: { kind: RecordKind; id: string }): string {
  const record = recordOf(merged.get(slotKey(at.kind, at.id)));
  return record ? recordLabel(at.kind, record) : at.id;
}

function brokenMerge(problems: ReadonlyArray<{ path: string; message: string }>): ArchiveError {
  return new ArchiveError({
    code: 'conflict',
    message: `The merged archive would break its rules; nothing was written: ${problems
      .slice(0, 5)
      .map((problem) => `${problem.path}: ${problem.message}`)
      .join('; ')}`,
    issues: problems.map(({ path, message }) => ({ path, message })),
  });
}
