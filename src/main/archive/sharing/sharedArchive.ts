import * as fs from 'node:fs';
import git from 'isomorphic-git';
import { RECORD_KINDS, type RecordKind } from '../../../shared/schemas/common';
import type { ArchiveDocument } from '../../../shared/schemas/archive';
import { ArchiveError } from '../../../shared/contract/errors';
import { readCommitMessage } from '../history/commitMessage';
import { fileAt } from '../history/layout';
import { validateArchiveJson } from '../archiveFile';
import { MAX_ARCHIVE_BYTES } from '../limits';

export interface SharedArchiveLimits {
  /** All the files of the shared archive together. */
  maxBytes?: number;
  /** Any one file: a record, even a source with its article's text, is far smaller. */
  maxFileBytes?: number;
  maxFiles?: number;
}

const MIB = 1024 * 1024;
/** Regular files and folders; a symbolic link or a submodule has no place in an archive. */
const FILE_MODES = new Set(['100644', '100755']);

/**
 * Reads the archive a commit holds, as untrusted input: a colleague's commit came over the
 * network and may be anything. Every path must be one the layout gives (nothing outside it,
 * no link, no submodule), every file is bounded in size, a record's file must hold the record
 * its path names, and the whole is upgraded and validated like an archive file (schema, ids,
 * references). A problem names the file and the rule; nothing is written.
 */
export async function readSharedArchive(gitdir: string, commit: string, what: string, limits: SharedArchiveLimits = {}): Promise<ArchiveDocument> {
  const { maxBytes = MAX_ARCHIVE_BYTES, maxFileBytes = 16 * MIB, maxFiles = 1_000_000 } = limits;
  const refuse = (message: string) => new ArchiveError({ code: 'invalid-archive', message: `${what} (commit ${commit.slice(0, 7)}) was refused: ${message}; nothing was written` });
  const { commit: info } = await git.readCommit({ fs, gitdir, oid: commit });
  const lists = Object.fromEntries(RECORD_KINDS.map((kind) => [kind, [] as unknown[]])) as Record<RecordKind, unknown[]>;
  const trash: unknown[] = [];
  let meta: Record<string, unknown> | null = null;
  let [total, count] = [0, 0];

  const visit = async (tree: string, prefix: string): Promise<void> => {
    const { tree: entries } = await git.readTree({ fs, gitdir, oid: tree });
    for (const entry of entries) {
      const path = `${prefix}${entry.path}`;
      if (entry.type === 'tree') {
        await visit(entry.oid, `${path}/`);
        continue;
      }
      if (++count > maxFiles) throw refuse(`more than ${maxFiles.toLocaleString('en-GB')} files`);
      const laidOut = fileAt(path);
      if (!laidOut) throw refuse(`${JSON.stringify(path)} is not a file of the archive's layout`);
      if (!FILE_MODES.has(entry.mode)) throw refuse(`${path} is not a regular file (mode ${entry.mode})`);
      const { blob } = await git.readBlob({ fs, gitdir, oid: entry.oid });
      if (blob.length > maxFileBytes) throw refuse(`${path} is ${blob.length.toLocaleString('en-GB')} bytes, over the ${Math.round(maxFileBytes / MIB)} MB a file may be`);
      total += blob.length;
      if (total > maxBytes) throw refuse(`its files are over the ${Math.round(maxBytes / MIB)} MB an archive may be`);
      const value = parseFile(Buffer.from(blob), path, refuse);
      if (laidOut.type === 'meta') {
        meta = value;
      } else if (laidOut.type === 'record') {
        if (value.id !== laidOut.id) throw refuse(`${path} holds the record ${JSON.stringify(value.id)}, not ${laidOut.id}`);
        lists[laidOut.kind].push(value);
      } else {
        const record = value.record as { id?: unknown } | undefined;
        if (record?.id !== laidOut.id) throw refuse(`${path} holds a deleted record that is not ${laidOut.id}`);
        trash.push({ kind: laidOut.kind, deletedAt: value.deletedAt, record });
      }
    }
  };
  await visit(info.tree, '');
  if (!meta) throw refuse('it has no archive.json');
  const { schemaVersion, ...settings } = meta as Record<string, unknown>;
  const updatedAt = readCommitMessage(info.message).archiveUpdatedAt ?? new Date(info.committer.timestamp * 1000).toISOString();
  try {
    return validateArchiveJson({ schemaVersion, meta: { ...settings, updatedAt }, ...lists, trash }, what);
  } catch (error) {
    if (error instanceof ArchiveError) throw refuse(error.message.replace(/^The archive file .*? is not valid: /, ''));
    throw error;
  }
}

function parseFile(bytes: Buffer, path: string, refuse: (message: string) => ArchiveError): Record<string, unknown> {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
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
  return value as Record<string, unknown>;
}
