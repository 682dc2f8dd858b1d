import { ArchiveDocument } from '../../shared/schemas/archive';
import { ArchiveError, pathToString } from '../../shared/contract/errors';
import { migrateDocument, type Migration } from './migrations';
import { readBoundedText } from './boundedText';
import { MAX_ARCHIVE_BYTES } from './limits';

const SHOWN_PROBLEMS = 5;

/**
 * Parses and validates the text of an archive file. A file that fails is described by
 * name with its first problems, so an editor knows what to fix.
 */
export function parseArchiveText(text: string, file: string): ArchiveDocument {
  return validateArchiveJson(parseJson(text, file), file);
}

/** An archive file read from disk: the current-format document, and the steps that brought it there. */
export interface LoadedArchive {
  document: ArchiveDocument;
  migrations: Migration[];
}

/**
 * Reads, upgrades and validates an archive file, refusing one that is too large or not
 * UTF-8 before parsing it. Resolves with null when there is no file.
 */
export async function loadArchiveFile(file: string, maxBytes = MAX_ARCHIVE_BYTES): Promise<LoadedArchive | null> {
  const text = await readBoundedText(file, { maxBytes, what: 'archive file', code: 'invalid-archive' });
  return text === null ? null : readArchiveJson(parseJson(text, file), file);
}

function parseJson(text: string, file: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new ArchiveError({
      code: 'invalid-archive',
      message: `The archive file ${file} is not valid JSON: ${(error as Error).message}`,
    });
  }
}

/** Upgrades an older file's JSON to the current format, then validates it whole. */
export function validateArchiveJson(json: unknown, file: string): ArchiveDocument {
  return readArchiveJson(json, file).document;
}

function readArchiveJson(json: unknown, file: string): LoadedArchive {
  const { document, applied } = migrateDocument(json, file);
  const result = ArchiveDocument.safeParse(document);
  if (result.success) return { document: result.data, migrations: applied };
  const issues = result.error.issues.map((issue) => ({ path: pathToString(issue.path) || '(root)', message: issue.message }));
  const shown = issues.slice(0, SHOWN_PROBLEMS).map((issue) => `${issue.path}: ${issue.message}`);
  const more = issues.length > SHOWN_PROBLEMS ? ` (${issues.length} problems in all)` : '';
  throw new ArchiveError({
    code: 'invalid-archive',
    message: `The archive file ${file} is not valid: ${shown.join('; ')}${more}`,
    issues,
  });
}
