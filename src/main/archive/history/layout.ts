import { createHash } from 'node:crypto';
import { basename, dirname, join } from 'node:path';
import { RECORD_KINDS, type RecordKind } from '../../../shared/schemas/common';
import type { ArchiveDocument } from '../../../shared/schemas/archive';
import type { AnyRecord } from '../../../shared/schemas/kinds';
import type { TrashEntry } from '../../../shared/schemas/trash';

/**
 * How the archive is laid out as files in its history repository. This is the one place that
 * knows it: the committer, the readers, and the sharing through a git remote build on it.
 *
 *   archive.json                          the archive's settings (title, description, saved
 *                                         searches, schemaVersion, createdAt; not updatedAt)
 *   <kind>/<h>/<h>/<h>/<id>.json          one file per record: people, sources, matches,
 *                                         quotes, trophies, milestones
 *   trash/<kind>/<h>/<h>/<h>/<id>.json    one file per deleted record: { deletedAt, record }
 *
 * `<h>/<h>/<h>` are the first three hexadecimal digits of the SHA-1 of the id: three levels of
 * 16 keep every tree small (about 25 entries per folder at 100,000 records of one kind), so
 * a commit of one record rewrites four small trees whatever the archive's size. Every file is
 * pretty JSON (two spaces, keys sorted at every level, arrays in their order, a final newline),
 * so the same record always gives the same bytes and a diff reads like the record.
 */
export const META_PATH = 'archive.json';
export const TRASH_FOLDER = 'trash';

/** The history repository of an archive file: `klopp-era.history/` beside `klopp-era.json`. */
export function historyFolderOf(archiveFile: string): string {
  return join(dirname(archiveFile), `${basename(archiveFile).replace(/\.json$/i, '')}.history`);
}

function shardOf(id: string): string {
  const hash = createHash('sha1').update(id).digest('hex');
  return `${hash[0]}/${hash[1]}/${hash[2]}`;
}

export function recordPath(kind: RecordKind, id: string): string {
  return `${kind}/${shardOf(id)}/${id}.json`;
}

export function trashPath(kind: RecordKind, id: string): string {
  return `${TRASH_FOLDER}/${kind}/${shardOf(id)}/${id}.json`;
}

export type LaidOutFile = { type: 'record' | 'trash'; kind: RecordKind; id: string } | { type: 'meta' };

const KIND_SET = new Set<string>(RECORD_KINDS);
const RECORD_FILE = /^(?:(trash)\/)?([a-z]+)\/[0-9a-f]\/[0-9a-f]\/[0-9a-f]\/([a-z0-9][a-z0-9-]*)\.json$/;

/** What a path of the repository holds; null for a path outside the layout. */
export function fileAt(path: string): LaidOutFile | null {
  if (path === META_PATH) return { type: 'meta' };
  const match = RECORD_FILE.exec(path);
  if (!match || !KIND_SET.has(match[2]!)) return null;
  const [kind, id] = [match[2] as RecordKind, match[3]!];
  const type = match[1] ? 'trash' : 'record';
  return (type === 'trash' ? trashPath(kind, id) : recordPath(kind, id)) === path ? { type, kind, id } : null;
}

/** The text of a file of the repository: stable, pretty JSON. */
export function fileText(value: unknown): string {
  return `${JSON.stringify(sortedKeys(value), null, 2)}\n`;
}

function sortedKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortedKeys);
  if (value === null || typeof value !== 'object') return value;
  const entries = Object.entries(value as Record<string, unknown>).filter(([, inner]) => inner !== undefined);
  entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return Object.fromEntries(entries.map(([key, inner]) => [key, sortedKeys(inner)]));
}

export function recordFileText(record: AnyRecord): string {
  return fileText(record);
}

export function trashFileText(entry: TrashEntry): string {
  return fileText({ deletedAt: entry.deletedAt, record: entry.record });
}

export function metaFileText(document: Pick<ArchiveDocument, 'schemaVersion' | 'meta'>): string {
  const { updatedAt: _changesEveryWrite, ...meta } = document.meta;
  return fileText({ schemaVersion: document.schemaVersion, ...meta });
}

/** Every file of a whole archive, by path. */
export function documentFiles(document: ArchiveDocument): Map<string, string> {
  const files = new Map<string, string>([[META_PATH, metaFileText(document)]]);
  for (const kind of RECORD_KINDS) {
    for (const record of document[kind] as AnyRecord[]) files.set(recordPath(kind, record.id), recordFileText(record));
  }
  for (const entry of document.trash) files.set(trashPath(entry.kind, entry.record.id), trashFileText(entry));
  return files;
}
