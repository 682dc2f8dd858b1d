import * as fs from 'node:fs';
import git, { type TreeEntry } from 'isomorphic-git';
import { RECORD_KINDS } from '../../../shared/schemas/common';
import type { ArchiveDocument } from '../../../shared/schemas/archive';
import type { AnyRecord } from '../../../shared/schemas/kinds';
import { ArchiveError } from '../../../shared/contract/errors';
import { readCommitMessage } from '../history/commitMessage';
import { fileAt } from '../history/layout';
import { validateArchiveJson } from '../archiveFile';
import { emptyArchive } from '../emptyArchive';
import { MAX_ARCHIVE_BYTES } from '../limits';
import { slotKey } from './slots';

export interface SharedArchiveLimits {
  /** What the changed files may weigh together. */
  maxBytes?: number;
  /** Any one file: a record, even a source with its article's text, is far smaller. */
  maxFileBytes?: number;
  maxFiles?: number;
}

/** An archive already known with the tree it was committed as: a commit is read as its difference. */
export interface KnownArchive {
  tree: string | null;
  document: ArchiveDocument;
}

const MIB = 1024 * 1024;
/** Regular files; a symbolic link or a submodule has no place in an archive. */
const FILE_MODES = new Set(['100644', '100755']);
const FOLDER_MODE = '040000';

/**
 * Reads the archive a commit holds, as untrusted input: a colleague's commit came over the
 * network and may be anything. Only the files that differ from an archive already known are
 * read (everything, from nothing); every one must sit at a path the layout gives (nothing
 * outside it, no link, no submodule), is bounded in size, and must hold the record its path
 * names; the whole is then upgraded and validated like an archive file (schema, ids,
 * references). A problem names the file and the rule; nothing is written.
 */
export async function readSharedArchive(gitdir: string, commit: string, what: string, from: KnownArchive | null, limits: SharedArchiveLimits = {}): Promise<ArchiveDocument> {
  const { maxBytes = MAX_ARCHIVE_BYTES, maxFileBytes = 16 * MIB, maxFiles = 1_000_000 } = limits;
  const refuse = (message: string) => new ArchiveError({ code: 'invalid-archive', message: `${what} (commit ${commit.slice(0, 7)}) was refused: ${message}; nothing was written` });
  // One cache for the whole read: without it isomorphic-git reads a pack's index again for every object.
  const cache = {};
  const { commit: info } = await git.readCommit({ fs, gitdir, oid: commit, cache });
  const known = from ?? { tree: null, document: emptyArchive(new Date(0)) };
  const records = new Map<string, unknown>(RECORD_KINDS.flatMap((kind) => (known.document[kind] as AnyRecord[]).map((record) => [slotKey(kind, record.id), record] as const)));
  const trash = new Map<string, unknown>(known.document.trash.map((entry) => [slotKey(entry.kind, entry.record.id), entry]));
  const { updatedAt: _stamped, ...knownSettings } = known.document.meta;
  let settings: Record<string, unknown> = { schemaVersion: known.document.schemaVersion, ...knownSettings };
  let metaSeen = from !== null;
  let total = 0;

  const visited = differingFiles(gitdir, cache, known.tree, info.tree, '', async (path, entry) => {
    const laidOut = fileAt(path);
    if (!laidOut) throw refuse(`${JSON.stringify(path)} is not a file of the archive's layout`);
    if (entry && !FILE_MODES.has(entry.mode)) throw refuse(`${path} is not a regular file (mode ${entry.mode})`);
    const value = entry ? await readFile(gitdir, cache, entry.oid, path, maxFileBytes, refuse) : null;
    total += value?.bytes ?? 0;
    if (total > maxBytes) throw refuse(`the files it changes are over the ${Math.round(maxBytes / MIB)} MB an archive may be`);
    if (laidOut.type === 'meta') {
      if (!value) throw refuse('it has no archive.json');
      settings = value.json;
      metaSeen = true;
      return;
    }
    const key = slotKey(laidOut.kind, laidOut.id);
    const list = laidOut.type === 'record' ? records : trash;
    if (!value) {
      list.delete(key);
      return;
    }
    const record = (laidOut.type === 'record' ? value.json : value.json.record) as { id?: unknown } | undefined;
    if (record?.id !== laidOut.id) throw refuse(`${path} holds the record ${JSON.stringify(record?.id)}, not ${laidOut.id}`);
    list.set(key, laidOut.type === 'record' ? value.json : { kind: laidOut.kind, deletedAt: value.json.deletedAt, record });
  });
  // git itself refuses some trees (a name like ".." that would climb out of the repository).
  await visited.catch((error: unknown) => {
    throw error instanceof ArchiveError ? error : refuse(`its files cannot be read safely (${(error as Error).message})`);
  });
  if (!metaSeen) throw refuse('it has no archive.json');
  if (records.size + trash.size > maxFiles) throw refuse(`more than ${maxFiles.toLocaleString('en-GB')} records`);

  const lists = Object.fromEntries(RECORD_KINDS.map((kind) => [kind, [] as unknown[]]));
  for (const [key, record] of records) lists[key.slice(0, key.indexOf('/'))]!.push(record);
  const { schemaVersion, ...meta } = settings;
  const updatedAt = readCommitMessage(info.message).archiveUpdatedAt ?? new Date(info.committer.timestamp * 1000).toISOString();
  try {
    return validateArchiveJson({ schemaVersion, meta: { ...meta, updatedAt }, ...lists, trash: [...trash.values()] }, what);
  } catch (error) {
    if (error instanceof ArchiveError) throw refuse(error.message.replace(/^The archive file .*? is not valid: /, ''));
    throw error;
  }
}

/** Calls `visit` for every file that differs between two trees (null where it is gone), descending only where a folder differs. */
async function differingFiles(gitdir: string, cache: object, before: string | null, after: string | null, prefix: string, visit: (path: string, entry: TreeEntry | null) => Promise<void>): Promise<void> {
  if (before === after) return;
  const read = async (tree: string | null) => new Map((tree ? (await git.readTree({ fs, gitdir, oid: tree, cache })).tree : []).map((entry) => [entry.path, entry]));
  const [old, now] = [await read(before), await read(after)];
  for (const name of new Set([...old.keys(), ...now.keys()])) {
    const [was, is] = [old.get(name), now.get(name)];
    if (was?.oid === is?.oid && was?.mode === is?.mode) continue;
    const path = `${prefix}${name}`;
    const folder = (entry?: TreeEntry) => (entry?.mode === FOLDER_MODE ? entry.oid : null);
    if (folder(was) || folder(is)) await differingFiles(gitdir, cache, folder(was), folder(is), `${path}/`, visit);
    const file = (entry?: TreeEntry) => (entry && entry.mode !== FOLDER_MODE ? entry : null);
    if (file(was) || file(is)) await visit(path, file(is));
  }
}

async function readFile(gitdir: string, cache: object, oid: string, path: string, maxFileBytes: number, refuse: (message: string) => ArchiveError): Promise<{ json: Record<string, unknown>; bytes: number }> {
  const { blob } = await git.readBlob({ fs, gitdir, oid, cache });
  if (blob.length > maxFileBytes) throw refuse(`${path} is ${blob.length.toLocaleString('en-GB')} bytes, over the ${Math.round(maxFileBytes / MIB)} MB a file may be`);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(blob);
  } catch {
    throw refuse(`${path} is not UTF-8 text`);
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw refuse(`${path} is not JSON (${(error as Error).message})`);
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) throw refuse(`${path} must hold one JSON object`);
  return { json: value as Record<string, unknown>, bytes: blob.length };
}
