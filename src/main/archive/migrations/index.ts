import { SCHEMA_VERSION } from '../../../shared/schemas/archive';
import { ArchiveError } from '../../../shared/contract/errors';
import { addTrash } from './addTrash';
import { addMatchSeasons } from './addMatchSeasons';

/**
 * One step of the archive file's format, from one schemaVersion to the next. A step takes
 * the parsed JSON of the older version and returns the JSON of the newer one; the result is
 * validated against the current schema only after the last step.
 */
export interface Migration {
  from: number;
  to: number;
  description: string;
  migrate(document: Record<string, unknown>): Record<string, unknown>;
}

/** Every step, oldest first. Add a step here and bump SCHEMA_VERSION together. */
export const MIGRATIONS: readonly Migration[] = [addTrash, addMatchSeasons];

export interface MigrationResult {
  document: unknown;
  /** The steps applied, in order; empty when the file was already current. */
  applied: Migration[];
}

/** Brings a parsed archive file up to the current version, one step at a time. */
export function migrateDocument(json: unknown, file: string, migrations: readonly Migration[] = MIGRATIONS, target = SCHEMA_VERSION): MigrationResult {
  if (typeof json !== 'object' || json === null || Array.isArray(json)) return { document: json, applied: [] };
  let document = json as Record<string, unknown>;
  const stated = document['schemaVersion'];
  // A missing or odd version is left for the schema to report, with the field named.
  if (typeof stated !== 'number' || !Number.isInteger(stated)) return { document, applied: [] };
  let version = stated;
  if (version > target) {
    throw new ArchiveError({
      code: 'invalid-archive',
      message: `The archive file ${file} was written by a newer version of the app (format ${version}; this app reads up to ${target}). Update the app to open it; the file has not been changed.`,
    });
  }
  const applied: Migration[] = [];
  while (version < target) {
    const step = migrations.find((candidate) => candidate.from === version);
    if (!step) {
      throw new ArchiveError({ code: 'invalid-archive', message: `The archive file ${file} has format ${version}, which this app cannot upgrade` });
    }
    document = { ...step.migrate(document), schemaVersion: step.to };
    applied.push(step);
    version = step.to;
  }
  return { document, applied };
}
