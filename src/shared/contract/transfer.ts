import { z } from 'zod';
import { IsoDate, RECORD_KINDS, RecordId } from '../schemas/common';
import { Ground } from '../schemas/match';
import { operation } from './operation';

/** The CSV files of an export: one per kind of record, and goals apart (one row per goal). */
export const CSV_KINDS = ['matches', 'goals', 'quotes', 'trophies', 'people', 'sources', 'milestones', 'claims'] as const;
export const CsvKind = z.enum(CSV_KINDS, { error: `must be one of ${CSV_KINDS.join(', ')}` });
export type CsvKind = z.infer<typeof CsvKind>;

/** The kinds a CSV file can be imported into. */
export const CSV_IMPORT_KINDS = ['quotes', 'matches'] as const;
export const CsvImportKind = z.enum(CSV_IMPORT_KINDS, { error: `must be one of ${CSV_IMPORT_KINDS.join(', ')}` });
export type CsvImportKind = z.infer<typeof CsvImportKind>;

/** How the file writes its dates; never guessed, because 03/04 reads both ways. */
export const DATE_FORMATS = ['YYYY-MM-DD', 'DD/MM/YYYY'] as const;
export const DateFormat = z.enum(DATE_FORMATS, { error: `must be ${DATE_FORMATS.join(' or ')}` });
export type DateFormat = z.infer<typeof DateFormat>;

export const IMPORT_FORMATS = ['json', 'csv', 'openfootball'] as const;
export const ImportFormat = z.enum(IMPORT_FORMATS);
export type ImportFormat = z.infer<typeof ImportFormat>;

/** A record already in the archive with the same id but other content: keep ours or take theirs. */
export const ConflictChoice = z.enum(['keep', 'replace']);

/** How a spreadsheet saved its text; `auto` reads it from the bytes. */
export const CSV_ENCODING_CHOICES = ['auto', 'utf-8', 'utf-16le', 'utf-16be', 'windows-1252'] as const;
export const CsvEncodingChoice = z.enum(CSV_ENCODING_CHOICES, { error: `must be one of ${CSV_ENCODING_CHOICES.join(', ')}` });
export type CsvEncodingChoice = z.infer<typeof CsvEncodingChoice>;

/** What separates the cells: European Excel saves semicolons, "Unicode text" tabs; `auto` reads the header line. */
export const CSV_DELIMITER_CHOICES = ['auto', 'comma', 'semicolon', 'tab'] as const;
export const CsvDelimiterChoice = z.enum(CSV_DELIMITER_CHOICES, { error: `must be one of ${CSV_DELIMITER_CHOICES.join(', ')}` });
export type CsvDelimiterChoice = z.infer<typeof CsvDelimiterChoice>;
/**
 * An incoming record whose id is held by a deleted one in the trash: leave it there and skip
 * the record (default), or restore it from the trash and then update it with the file's values.
 */
export const IN_TRASH_CHOICES = ['skip', 'restore'] as const;
export const InTrashChoice = z.enum(IN_TRASH_CHOICES, { error: 'must be skip or restore' });
export type InTrashChoice = z.infer<typeof InTrashChoice>;

export const CsvImportOptions = z.strictObject({
  kind: CsvImportKind,
  dateFormat: DateFormat.default('YYYY-MM-DD'),
  /** Archive field -> the file's header for it; a field left out is read from the header of its own name. */
  mapping: z.record(z.string(), z.string()).default({}),
  /** Import the rows that pass and skip the others; otherwise one bad row stops the whole file. */
  validRowsOnly: z.boolean().default(false),
  /** A home/away results sheet: the club whose matches to take (its rivals' matches are skipped). */
  team: z.string().trim().min(1, 'must name a club').max(120).default('Liverpool'),
  /** A home/away sheet without a competition column: the competition of its matches. */
  competition: z.string().trim().min(1, 'must not be empty').max(120).optional(),
  encoding: CsvEncodingChoice.default('auto'),
  delimiter: CsvDelimiterChoice.default('auto'),
  inTrash: InTrashChoice.default('skip'),
});
export type CsvImportOptions = z.input<typeof CsvImportOptions>;

/** What the importer checks in a real football.json file before it trusts a match. */
export const OPENFOOTBALL_CHECKS = ['out-of-season', 'round-order', 'score', 'duplicate'] as const;
export const OpenfootballCheck = z.enum(OPENFOOTBALL_CHECKS);
export type OpenfootballCheck = z.infer<typeof OpenfootballCheck>;

export const DECISIONS = ['import', 'correct', 'skip'] as const;
const fileGoals = z.int('must be a whole number').min(0, 'must be 0 or more').max(99, 'must be at most 99');
/** A score as the file writes it: the first team's goals, then the second's. */
const FileScore = z.tuple([fileGoals, fileGoals]);

/**
 * The editor's decision on a match the checks flagged, named by its number in the file (1 is
 * the first match): import it as the file has it, correct it, or skip it. A note and the
 * sources that support the decision go on the imported match.
 */
export const OpenfootballDecision = z.strictObject({
  match: z.int('must be a whole number').min(1, 'must be 1 or more'),
  action: z.enum(DECISIONS, { error: `must be one of ${DECISIONS.join(', ')}` }),
  date: IsoDate.optional(),
  ht: FileScore.optional(),
  ft: FileScore.optional(),
  et: FileScore.optional(),
  ground: Ground.optional(),
  note: z.string().trim().max(2000, 'must be at most 2000 characters').optional(),
  sourceIds: z.array(RecordId).max(20).optional(),
});
export type OpenfootballDecision = z.infer<typeof OpenfootballDecision>;

export const OpenfootballImportOptions = z.strictObject({
  format: z.literal('openfootball'),
  team: z.string().trim().min(1).max(120).default('Liverpool'),
  decisions: z.array(OpenfootballDecision).max(2000).optional(),
  /** Sources every imported match cites (the file itself, as a reference). */
  sourceIds: z.array(RecordId).max(20).optional(),
  inTrash: InTrashChoice.default('skip'),
});

export const ImportOptions = z.discriminatedUnion('format', [
  z.strictObject({ format: z.literal('json'), conflicts: ConflictChoice.default('keep'), inTrash: InTrashChoice.default('skip') }),
  z.strictObject({ format: z.literal('csv'), csv: CsvImportOptions }),
  OpenfootballImportOptions,
]);
export type ImportOptions = z.input<typeof ImportOptions>;

/** `in-trash`: the id is held by a deleted record in the trash (see InTrashChoice). */
export const RECORD_CATEGORIES = ['new', 'changed', 'identical', 'conflicting', 'in-trash'] as const;
export const RecordCategory = z.enum(RECORD_CATEGORIES);
export type RecordCategory = z.infer<typeof RecordCategory>;

const categoryCounts = z.object({ new: z.number(), changed: z.number(), identical: z.number(), conflicting: z.number(), 'in-trash': z.number() });

/** What a JSON archive would do to this one, kind by kind, with the first records of each category named. */
export const JsonImportPreview = z.object({
  format: z.literal('json'),
  counts: z.record(z.enum(RECORD_KINDS), categoryCounts),
  records: z.array(z.object({ kind: z.enum(RECORD_KINDS), id: z.string(), label: z.string(), category: RecordCategory })),
});
export type JsonImportPreview = z.infer<typeof JsonImportPreview>;

/** A row that cannot be imported: its line in the file (1 is the header), the field and the rule. */
export const RowProblem = z.object({ line: z.number(), field: z.string(), message: z.string() });
export type RowProblem = z.infer<typeof RowProblem>;

export const CsvImportPreview = z.object({
  format: z.literal('csv'),
  kind: CsvImportKind,
  headers: z.array(z.string()),
  /** The mapping used: archive field -> header (null when the file has no column for it). */
  mapping: z.record(z.string(), z.string().nullable()),
  rows: z.number(),
  created: z.number(),
  updated: z.number(),
  problems: z.array(RowProblem),
  /** Lines with at least one problem. */
  invalidRows: z.number(),
  /** Rows that match the archive exactly: nothing to write for them. */
  unchanged: z.number(),
  /** Rows that import but deserve a look (a match outside the Klopp era), by line. */
  warnings: z.array(RowProblem),
  /** How the file was read, in words ("UTF-8 with a byte-order mark", "semicolon"), and whether detected or chosen. */
  reading: z.object({ encoding: z.string(), delimiter: z.string(), detected: z.boolean() }).optional(),
  /** A home/away sheet: the club read from it, and how many rows were other clubs' matches. */
  sheet: z.object({ team: z.string(), otherClubs: z.number() }).optional(),
  /** Ids of rows held by deleted records in the trash: skipped, or restored and updated. */
  inTrash: z.array(z.string()),
});
export type CsvImportPreview = z.infer<typeof CsvImportPreview>;

export const SkippedMatch = z.object({ date: z.string(), opponent: z.string(), reason: z.string() });

/** A flagged match of the chosen club: which check, why, and what the editor decided (null: not yet, so it waits). */
export const OpenfootballProblem = z.object({
  match: z.number(),
  date: z.string(),
  opponent: z.string(),
  round: z.string().optional(),
  check: OpenfootballCheck,
  reason: z.string(),
  decision: z.enum(DECISIONS).nullable(),
});
export type OpenfootballProblem = z.infer<typeof OpenfootballProblem>;

export const OpenfootballPreview = z.object({
  format: z.literal('openfootball'),
  name: z.string(),
  competition: z.string(),
  season: z.string(),
  /** The file's own spelling of the chosen club ("Liverpool FC (ENG)"). */
  team: z.string().nullable(),
  matches: z.array(z.object({ id: z.string(), date: z.string(), opponent: z.string(), ground: z.string(), score: z.string() })),
  skipped: z.array(SkippedMatch),
  problems: z.array(OpenfootballProblem),
  /** Ids of deleted matches in the trash the file has again: skipped, or restored and updated. */
  inTrash: z.array(z.string()),
});
export type OpenfootballPreview = z.infer<typeof OpenfootballPreview>;

export const ImportPreview = z.discriminatedUnion('format', [JsonImportPreview, CsvImportPreview, OpenfootballPreview]);
export type ImportPreview = z.infer<typeof ImportPreview>;

/** How many records of the file are held by deleted records in the trash (see InTrashChoice). */
export function trashedInPreview(preview: ImportPreview): number {
  if (preview.format === 'json') return RECORD_KINDS.reduce((sum, kind) => sum + preview.counts[kind]['in-trash'], 0);
  return preview.inTrash.length;
}

export const TransferProgress = z.object({ phase: z.string(), done: z.number(), total: z.number() });

export const JobState = z.object({
  jobId: z.string(),
  status: z.enum(['running', 'done', 'failed', 'cancelled']),
  progress: TransferProgress,
  /** What was done, in a sentence ("Imported 12 matches; skipped 2 already in the archive"). */
  summary: z.string().optional(),
  error: z.string().optional(),
});
export type JobState = z.infer<typeof JobState>;

const JobStarted = z.object({ jobId: z.string() }).nullable();
const JobId = z.strictObject({ jobId: z.string().max(100) });

/**
 * Export and import. Operations that touch files take no path: main asks the user with a
 * native dialog and answers null when the dialog is cancelled. Long work runs as a job.
 */
export const transferOperations = {
  exportJson: operation(z.undefined(), JobStarted),
  /** One kind to one file, or every kind (`all`) into a folder with manifest.json. */
  exportCsv: operation(z.strictObject({ kind: z.union([CsvKind, z.literal('all')]), bom: z.boolean().default(true) }), JobStarted),
  /** Exactly the records a list shows, in its order. */
  exportList: operation(
    z.strictObject({ kind: z.enum(['quotes', 'matches']), ids: z.array(RecordId).max(1_000_000), bom: z.boolean().default(true) }),
    JobStarted,
  ),
  /** Asks for a file to import and previews it with default options. */
  openImport: operation(
    z.strictObject({ options: ImportOptions }),
    z.object({ importId: z.string(), fileName: z.string(), preview: ImportPreview }).nullable(),
  ),
  previewImport: operation(z.strictObject({ importId: z.string().max(100), options: ImportOptions }), ImportPreview),
  applyImport: operation(z.strictObject({ importId: z.string().max(100), options: ImportOptions }), z.object({ jobId: z.string() })),
  job: operation(JobId, JobState),
  cancel: operation(JobId, z.object({ cancelled: z.boolean() })),
};
