import { ArchiveDocument } from '../../shared/schemas/archive';
import { ArchiveError, pathToString } from '../../shared/contract/errors';
import { migrateDocument } from './migrations';

const SHOWN_PROBLEMS = 5;

/**
 * Parses and validates the text of an archive file. A file that fails is described by
 * name with its first problems, so an editor knows what to fix.
 */
export function parseArchiveText(text: string, file: string): ArchiveDocument {
  return validateArchiveJson(parseJson(text, file), file);
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
  const result = ArchiveDocument.safeParse(migrateDocument(json, file).document);
  if (result.success) return result.data;
  const issues = result.error.issues.map((issue) => ({ path: pathToString(issue.path) || '(root)', message: issue.message }));
  const shown = issues.slice(0, SHOWN_PROBLEMS).map((issue) => `${issue.path}: ${issue.message}`);
  const more = issues.length > SHOWN_PROBLEMS ? ` (${issues.length} problems in all)` : '';
  throw new ArchiveError({
    code: 'invalid-archive',
    message: `The archive file ${file} is not valid: ${shown.join('; ')}${more}`,
    issues,
  });
}
