import { ArchiveError } from '../../../shared/contract/errors';
import { CsvImportOptions, type CsvImportKind, type CsvImportPreview, type RowProblem } from '../../../shared/contract/transfer';
import { KIND_NAMES, type AnyRecord, type InputOf } from '../../../shared/schemas/kinds';
import type { Archive } from '../archive';
import type { RecordService } from '../records';
import { newRecordId } from '../recordIds';
import type { RecordChange, TrashChange } from '../store';
import { restoreThenUpdate } from './inTrash';
import { importOperation } from '../operationLabels';
import type { FieldReader, RowValues } from './csv/cellReaders';
import { HOME_AWAY_FIELDS, homeAwayRowValues } from './csv/homeAwayRowValues';
import { outsideEra } from './eraBounds';
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

/**
 * Archive field -> header: the user's choice, else the header of the field's own name (any
 * case), else one of the field's usual headers (`FTHG` for a home side's goals).
 */
export function resolveMapping(
  fields: readonly string[],
  headers: readonly string[],
  chosen: Record<string, string>,
  usualHeaders: Record<string, readonly string[]> = {},
): Record<string, string | null> {
  const byLowerCase = new Map(headers.map((header) => [header.toLowerCase(), header]));
  const usual = (field: string) => (usualHeaders[field] ?? []).map((name) => byLowerCase.get(name.toLowerCase())).find((header) => header !== undefined);
  return Object.fromEntries(fields.map((field) => [field, chosen[field] ?? byLowerCase.get(field.toLowerCase()) ?? usual(field) ?? null]));
}

/** A matches file that lists home and away sides rather than Liverpool and an opponent. */
function isHomeAwaySheet(kind: CsvImportKind, headers: readonly string[], chosen: Record<string, string>): boolean {
  if (kind !== 'matches') return false;
  const mapping = resolveMapping(['homeTeam', 'awayTeam'], headers, chosen, HOME_AWAY_FIELDS);
  return mapping['homeTeam'] !== null && mapping['awayTeam'] !== null;
}

/** Two versions of a record with the same content: only the time of the edit would differ. */
function sameContent(before: AnyRecord, after: AnyRecord): boolean {
  return JSON.stringify({ ...after, updatedAt: before.updatedAt }) === JSON.stringify(before);
}

/**
 * Every row checked by the record service's own rules, as if each were saved by hand; the
 * result says what would be created or replaced, and every problem with its line and field.
 * A row that would change nothing is counted as unchanged and writes nothing.
 */
export function planCsvImport(archive: Archive, file: CsvFile, rawOptions: CsvImportOptions, now = new Date()): Plan {
  const options = CsvImportOptions.parse(rawOptions);
  const { kind, dateFormat, inTrash: onTrashed } = options;
  const sheet = isHomeAwaySheet(kind, file.headers, options.mapping);
  const fields = sheet ? Object.keys(HOME_AWAY_FIELDS) : CSV_IMPORT_FIELDS[kind];
  const unknownHeaders = Object.entries(options.mapping).filter(([, header]) => !file.headers.includes(header));
  if (unknownHeaders.length > 0) {
    throw new ArchiveError({
      code: 'invalid-input',
      message: `mapping: the file has no column ${unknownHeaders.map(([field, header]) => `"${header}" (for ${field})`).join(', ')}`,
      issues: unknownHeaders.map(([field]) => ({ path: `mapping.${field}`, message: 'is not a header of the file' })),
    });
  }
  const mapping = resolveMapping(fields, file.headers, options.mapping, sheet ? HOME_AWAY_FIELDS : {});
  // The two services differ only in their record type; the values are checked by the service itself.
  const service = archive.records[kind] as unknown as RecordService<'quotes'>;
  const store = archive.store;
  const findSpeaker = speakerFinder(store.list('people'));
  const matchesByDate = new Map(store.list('matches').map((match) => [match.date, match]));
  const timestamp = now.toISOString();
  const problems: RowProblem[] = [];
  const warnings: RowProblem[] = [];
  const badLines = new Set<number>();
  const changes: RecordChange[] = [];
  const trash: TrashChange[] = [];
  const inTrash: string[] = [];
  const idsInFile = new Set<string>();
  let created = 0;
  let updated = 0;
  let unchanged = 0;
  let otherClubs = 0;

  const rowValues = (read: FieldReader): (RowValues & { ours?: boolean; date?: string }) => {
    if (sheet) return homeAwayRowValues(read, dateFormat, options.team, options.competition, (date) => matchesByDate.get(date));
    if (kind === 'quotes') return quoteRowValues(read, dateFormat, findSpeaker);
    const givenId = read('id')?.trim();
    return matchRowValues(read, dateFormat, givenId ? store.find('matches', givenId) : undefined);
  };

  for (const row of file.rows) {
    const read: FieldReader = (field) => {
      const header = mapping[field];
      return header ? row.cells.get(header) : undefined;
    };
    const fail = (rowProblems: RowValues['problems']) => {
      badLines.add(row.line);
      for (const problem of rowProblems) problems.push({ line: row.line, ...problem });
    };
    const { id, values, problems: early, ours } = rowValues(read);
    if (ours === false) {
      otherClubs += 1;
      continue;
    }
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
      // A CSV row has no claims (they travel in claims.csv): the record keeps the ones it has.
      const claims = (before ?? trashed?.record)?.claims;
      const kept = claims && claims.length > 0 ? { ...values, claims } : values;
      const after = service.toRecord(kept as InputOf<'quotes'>, recordId, before?.createdAt ?? timestamp, before ? laterOf(timestamp, before.updatedAt) : timestamp);
      idsInFile.add(recordId);
      if (kind === 'matches') {
        const eraProblem = outsideEra((after as { date: string }).date);
        if (eraProblem) warnings.push({ line: row.line, field: 'date', message: eraProblem });
      }
      if (before && sameContent(before, after)) {
        unchanged += 1;
        continue;
      }
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
      unchanged,
      problems: problems.slice(0, LISTED_PROBLEMS),
      invalidRows: badLines.size,
      warnings: warnings.slice(0, LISTED_PROBLEMS),
      ...(sheet ? { sheet: { team: options.team, otherClubs } } : {}),
      ...(file.reading ? { reading: file.reading } : {}),
      inTrash,
    },
  };
}

/** "2 new and 1 updated matches from E0.csv; skipped 1 invalid rows; 35 unchanged; 342 other clubs’ matches left out". */
export function csvImportSummary(preview: CsvImportPreview, fileName: string): string {
  const parts = [`${preview.created} new and ${preview.updated} updated ${KIND_NAMES[preview.kind].many} from ${fileName}`];
  if (preview.invalidRows > 0) parts.push(`skipped ${preview.invalidRows} invalid rows`);
  if (preview.unchanged > 0) parts.push(`${preview.unchanged} unchanged`);
  if (preview.sheet && preview.sheet.otherClubs > 0) parts.push(`${preview.sheet.otherClubs} other clubs’ matches left out`);
  if (preview.warnings.length > 0) parts.push(`${preview.warnings.length} to check (outside the Klopp era)`);
  return parts.join('; ');
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
