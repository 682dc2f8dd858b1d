import { ArchiveError } from '../../../shared/contract/errors';
import { CsvImportOptions, type CsvImportPreview, type RowProblem } from '../../../shared/contract/transfer';
import { KIND_NAMES, type AnyRecord, type InputOf } from '../../../shared/schemas/kinds';
import type { Archive } from '../archive';
import type { RecordService } from '../records';
import { newRecordId } from '../recordIds';
import type { RecordChange, TrashChange } from '../store';
import { restoreThenUpdate } from './inTrash';
import { importOperation } from '../operationLabels';
import type { FieldReader, RowValues } from './csv/cellReaders';
import { MATCH_IMPORT_FIELDS, matchRowValues } from './csv/matchRowValues';
import { QUOTE_IMPORT_FIELDS, quoteRowValues, speakerFinder } from './csv/quoteRowValues';
import type { CsvFile } from './csv/readCsv';
import { phase, type TransferControl } from './control';

/** Problems listed in a preview; the count of bad rows is always complete. */
const LISTED_PROBLEMS = 200;

export const CSV_IMPORT_FIELDS = { quotes: QUOTE_IMPORT_FIELDS, matches: MATCH_IMPORT_FIELDS } as const;

interface Plan {
  preview: CsvImportPreview;
  changes: RecordChange[];
  trash: TrashChange[];
}

/** Archive field -> header: the user's choice, else the header of the field's own name (any case). */
export function resolveMapping(fields: readonly string[], headers: readonly string[], chosen: Record<string, string>): Record<string, string | null> {
  const byLowerCase = new Map(headers.map((header) => [header.toLowerCase(), header]));
  return Object.fromEntries(fields.map((field) => [field, chosen[field] ?? byLowerCase.get(field.toLowerCase()) ?? null]));
}

/**
 * Every row checked by the record service's own rules, as if each were saved by hand; the
 * result says what would be created or replaced, and every problem with its line and field.
 */
export function planCsvImport(archive: Archive, file: CsvFile, rawOptions: CsvImportOptions, now = new Date()): Plan {
  const options = CsvImportOptions.parse(rawOptions);
  const { kind, dateFormat, inTrash: onTrashed } = options;
  const fields = CSV_IMPORT_FIELDS[kind];
  const unknownHeaders = Object.entries(options.mapping).filter(([, header]) => !file.headers.includes(header));
  if (unknownHeaders.length > 0) {
    throw new ArchiveError({
      code: 'invalid-input',
      message: `mapping: the file has no column ${unknownHeaders.map(([field, header]) => `"${header}" (for ${field})`).join(', ')}`,
      issues: unknownHeaders.map(([field]) => ({ path: `mapping.${field}`, message: 'is not a header of the file' })),
    });
  }
  const mapping = resolveMapping(fields, file.headers, options.mapping);
  // The two services differ only in their record type; the values are checked by the service itself.
  const service = archive.records[kind] as unknown as RecordService<'quotes'>;
  const store = archive.store;
  const findSpeaker = speakerFinder(store.list('people'));
  const timestamp = now.toISOString();
  const problems: RowProblem[] = [];
  const badLines = new Set<number>();
  const changes: RecordChange[] = [];
  const trash: TrashChange[] = [];
  const inTrash: string[] = [];
  const idsInFile = new Set<string>();
  let created = 0;
  let updated = 0;

  for (const row of file.rows) {
    const read: FieldReader = (field) => {
      const header = mapping[field];
      return header ? row.cells.get(header) : undefined;
    };
    const fail = (rowProblems: RowValues['problems']) => {
      badLines.add(row.line);
      for (const problem of rowProblems) problems.push({ line: row.line, ...problem });
    };
    const givenId = kind === 'matches' ? read('id')?.trim() : undefined;
    const existingMatch = givenId ? store.find('matches', givenId) : undefined;
    const { id, values, problems: early } = kind === 'quotes' ? quoteRowValues(read, dateFormat, findSpeaker) : matchRowValues(read, dateFormat, existingMatch);
    if (early.length > 0) {
      fail(early);
      continue;
    }
    if (id !== undefined && idsInFile.has(id)) {
      fail([{ field: 'id', message: `"${id}" is on an earlier line too` }]);
      continue;
    }
    const before = id !== undefined ? (store.find(kind, id) as AnyRecord | undefined) : undefined;
    const trashed = id !== undefined && !before ? store.trashed(kind, id) : undefined;
    if (trashed) inTrash.push(trashed.record.id);
    if (trashed && onTrashed === 'skip') continue;
    const recordId = id ?? newRecordId(kind, (candidate) => store.isTaken(kind, candidate) || idsInFile.has(candidate));
    try {
      const after = service.toRecord(values as InputOf<'quotes'>, recordId, before?.createdAt ?? timestamp, before ? laterOf(timestamp, before.updatedAt) : timestamp);
      idsInFile.add(recordId);
      if (trashed) {
        const restored = restoreThenUpdate(trashed, after);
        changes.push(restored.record);
        trash.push(restored.trash);
      } else changes.push({ kind, before, after });
      if (before || trashed) updated += 1;
      else created += 1;
    } catch (error) {
      if (!(error instanceof ArchiveError)) throw error;
      fail(error.issues.length > 0 ? error.issues.map((issue) => ({ field: issue.path, message: issue.message })) : [{ field: '(row)', message: error.message }]);
    }
  }
  return {
    changes,
    trash,
    preview: {
      format: 'csv',
      kind,
      headers: file.headers,
      mapping,
      rows: file.rows.length,
      created,
      updated,
      problems: problems.slice(0, LISTED_PROBLEMS),
      invalidRows: badLines.size,
      inTrash,
    },
  };
}

function laterOf(now: string, previous: string): string {
  return new Date(Math.max(Date.parse(now), Date.parse(previous) + 1)).toISOString();
}

export interface CsvImportResult {
  preview: CsvImportPreview;
  written: boolean;
}

/**
 * Imports the rows in ONE commit. A file with any bad row writes nothing, unless the user
 * chose to import only the valid rows; the error names the first problems by line.
 */
export async function importCsv(archive: Archive, file: CsvFile, options: CsvImportOptions & { dryRun?: boolean }, control?: TransferControl): Promise<CsvImportResult> {
  const { dryRun, ...csvOptions } = options;
  const { validRowsOnly } = CsvImportOptions.parse(csvOptions);
  await phase('Checking rows', control);
  const first = planCsvImport(archive, file, csvOptions);
  if (first.preview.invalidRows > 0 && !validRowsOnly) throw rowsRefused(first.preview, KIND_NAMES[first.preview.kind].many);
  if (dryRun) archive.store.check(first.changes, first.trash);
  if (dryRun || first.changes.length === 0) return { preview: first.preview, written: false };
  await phase('Writing the archive', control);
  return archive.store.commit(() => {
    // Checked again inside the commit: an edit saved meanwhile may have changed the answer.
    const plan = planCsvImport(archive, file, csvOptions);
    if (plan.preview.invalidRows > 0 && !validRowsOnly) throw rowsRefused(plan.preview, KIND_NAMES[plan.preview.kind].many);
    return { changes: { records: plan.changes, trash: plan.trash, operation: importOperation('CSV', plan.changes) }, result: { preview: plan.preview, written: true } };
  });
}

function rowsRefused(preview: CsvImportPreview, many: string): ArchiveError {
  const shown = preview.problems.slice(0, 5).map((problem) => `line ${problem.line}, ${problem.field}: ${problem.message}`);
  return new ArchiveError({
    code: 'invalid-input',
    message: `${preview.invalidRows} of ${preview.rows} rows cannot be imported as ${many}, so nothing was written: ${shown.join('; ')}${preview.problems.length > 5 ? '; ...' : ''}`,
    issues: preview.problems.map((problem) => ({ path: `line ${problem.line}, ${problem.field}`, message: problem.message })),
  });
}
