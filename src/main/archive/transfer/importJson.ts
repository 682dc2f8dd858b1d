import { RECORD_KINDS, type RecordKind } from '../../../shared/schemas/common';
import type { ArchiveDocument } from '../../../shared/schemas/archive';
import type { AnyRecord } from '../../../shared/schemas/kinds';
import { recordLabel } from '../../../shared/derived/labels';
import type { InTrashChoice, JsonImportPreview, RecordCategory } from '../../../shared/contract/transfer';
import { parseArchiveText } from '../archiveFile';
import type { ArchiveStore, RecordChange, TrashChange } from '../store';
import { restoreThenUpdate } from './inTrash';
import { importOperation } from '../operationLabels';
import { forEachStep, phase, type TransferControl } from './control';

/** Records of each category named in a preview; the counts are always complete. */
const NAMED_PER_CATEGORY = 50;

export interface JsonImportOptions {
  /** A record both archives changed: keep the one here (default) or take the file's. */
  conflicts?: 'keep' | 'replace';
  /** A record whose id is held by a deleted one here: skip it (default) or restore and update it. */
  inTrash?: InTrashChoice;
  /** Compare and check, write nothing. */
  dryRun?: boolean;
}

export interface JsonImportResult {
  preview: JsonImportPreview;
  created: number;
  replaced: number;
  written: boolean;
}

/** An archive file to import: parsed, upgraded and validated whole, like the app's own file. */
export function readArchiveJson(text: string, fileName: string): ArchiveDocument {
  return parseArchiveText(text, fileName);
}

interface Plan {
  preview: JsonImportPreview;
  changes: RecordChange[];
  trash: TrashChange[];
}

/**
 * Each incoming record against the one with its id here: new, identical, changed (the file's
 * copy was edited later) or conflicting (ours was edited at the same time or later).
 */
function categoryOf(incoming: AnyRecord, existing: AnyRecord | undefined): RecordCategory {
  if (!existing) return 'new';
  // Both went through the same zod schemas, so their keys are in the same order.
  if (JSON.stringify(incoming) === JSON.stringify(existing)) return 'identical';
  return incoming.updatedAt > existing.updatedAt ? 'changed' : 'conflicting';
}

function emptyPreview(): JsonImportPreview {
  const counts = Object.fromEntries(RECORD_KINDS.map((kind) => [kind, { new: 0, changed: 0, identical: 0, conflicting: 0, 'in-trash': 0 }]));
  return { format: 'json', counts: counts as JsonImportPreview['counts'], records: [] };
}

type Entry = { kind: RecordKind; record: AnyRecord };

function entriesOf(incoming: ArchiveDocument): Entry[] {
  return RECORD_KINDS.flatMap((kind) => (incoming[kind] as AnyRecord[]).map((record) => ({ kind, record })));
}

function planEntry(store: ArchiveStore, entry: Entry, options: JsonImportOptions, plan: Plan, named: Record<RecordCategory, number>): void {
  const { kind, record } = entry;
  const existing = store.find(kind, record.id) as AnyRecord | undefined;
  const trashed = existing ? undefined : store.trashed(kind, record.id);
  const category = trashed ? 'in-trash' : categoryOf(record, existing);
  plan.preview.counts[kind][category] += 1;
  if (named[category] < NAMED_PER_CATEGORY) {
    named[category] += 1;
    plan.preview.records.push({ kind, id: record.id, label: recordLabel(kind, record), category });
  }
  if (trashed && options.inTrash === 'restore') {
    const restored = restoreThenUpdate(trashed, record);
    plan.changes.push(restored.record);
    plan.trash.push(restored.trash);
  } else if (category === 'new' || category === 'changed' || (category === 'conflicting' && options.conflicts === 'replace')) {
    plan.changes.push({ kind, before: existing, after: record });
  }
}

function newPlan(): { plan: Plan; named: Record<RecordCategory, number> } {
  return { plan: { preview: emptyPreview(), changes: [], trash: [] }, named: { new: 0, changed: 0, identical: 0, conflicting: 0, 'in-trash': 0 } };
}

/** What importing `incoming` would do, without doing it. */
export function previewJsonImport(store: ArchiveStore, incoming: ArchiveDocument): JsonImportPreview {
  const { plan, named } = newPlan();
  for (const entry of entriesOf(incoming)) planEntry(store, entry, {}, plan, named);
  return plan.preview;
}

/**
 * Merges `incoming` by id, all or nothing: every change goes into ONE store commit, after the
 * merged archive has been checked whole. Cancelling before the write leaves the file as it was.
 */
export async function importJson(store: ArchiveStore, incoming: ArchiveDocument, options: JsonImportOptions = {}, control?: TransferControl): Promise<JsonImportResult> {
  const entries = entriesOf(incoming);
  const versionSeen = store.data.meta.updatedAt;
  const { plan, named } = newPlan();
  await forEachStep(entries, 'Comparing records', control, (entry) => planEntry(store, entry, options, plan, named));
  await phase('Checking references', control);
  // The commit checks the same rules before it writes; a dry run asks for the check alone.
  if (options.dryRun) store.check(plan.changes, plan.trash, true);
  const result = (written: boolean): JsonImportResult => ({
    preview: plan.preview,
    created: plan.changes.filter((change) => !change.before).length,
    replaced: plan.changes.filter((change) => change.before).length,
    written,
  });
  if (options.dryRun || plan.changes.length === 0) return result(false);
  await phase('Writing the archive', control);
  return store.commit(() => {
    const operation = (changes: RecordChange[]) => importOperation(`archive “${incoming.meta.title}”`, changes);
    if (store.data.meta.updatedAt === versionSeen) return { changes: { records: plan.changes, trash: plan.trash, operation: operation(plan.changes), recordsParsed: true }, result: result(true) };
    // Someone saved while we compared: compare again against what is there now (the commit checks it).
    const again = newPlan();
    for (const entry of entries) planEntry(store, entry, options, again.plan, again.named);
    Object.assign(plan, again.plan);
    return { changes: { records: again.plan.changes, trash: again.plan.trash, operation: operation(again.plan.changes), recordsParsed: true }, result: result(true) };
  });
}
