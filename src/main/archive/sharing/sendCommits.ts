import { createHash } from 'node:crypto';
import { deflateSync } from 'node:zlib';
import { BRANCH, type HistoryRepository } from '../history/repository';
import { commitsOnlyIn } from './commitsOnlyIn';

const ZERO = '0'.repeat(40);

/**
 * The pack a push sends: the commits the remote lacks and, for each, only the trees and
 * files that differ from its first parent's, so a sync of one edit sends a few objects
 * whatever the archive's size (isomorphic-git's own push walks every tree of the archive).
 */
export async function packFor(repository: HistoryRepository, head: string, remoteHead: string | null): Promise<Buffer> {
  const objects = new Map<string, PackedType>();
  for (const oid of await commitsOnlyIn(repository.gitdir, head, remoteHead)) {
    const commit = await repository.readCommit(oid);
    objects.set(oid, 'commit');
    const parentTree = commit.parents[0] ? (await repository.readCommit(commit.parents[0])).tree : null;
    await differingObjects(repository, parentTree, commit.tree, objects);
  }
  return writePack(repository, objects);
}

type PackedType = 'commit' | 'tree' | 'blob';
const PACK_TYPES: Record<PackedType, number> = { commit: 1, tree: 2, blob: 3 };

/** A git pack (version 2) of whole objects: a header, each object's type, size and deflated content, a SHA-1 of it all. */
async function writePack(repository: HistoryRepository, objects: ReadonlyMap<string, PackedType>): Promise<Buffer> {
  const header = Buffer.alloc(12);
  header.write('PACK', 0, 'latin1');
  header.writeUInt32BE(2, 4);
  header.writeUInt32BE(objects.size, 8);
  const parts: Buffer[] = [header];
  for (const [oid, type] of objects) {
    const content = await repository.content(oid, type);
    parts.push(entryHeader(PACK_TYPES[type], content.length), deflateSync(content, { level: 1 }));
  }
  const body = Buffer.concat(parts);
  return Buffer.concat([body, createHash('sha1').update(body).digest()]);
}

function entryHeader(type: number, size: number): Buffer {
  const bytes = [(type << 4) | (size & 0x0f)];
  let rest = Math.floor(size / 16);
  while (rest > 0) {
    bytes[bytes.length - 1]! |= 0x80;
    bytes.push(rest & 0x7f);
    rest = Math.floor(rest / 128);
  }
  return Buffer.from(bytes);
}

async function differingObjects(repository: HistoryRepository, before: string | null, after: string, into: Map<string, PackedType>): Promise<void> {
  if (before === after || into.has(after)) return;
  into.set(after, 'tree');
  const old = new Map((before ? await repository.entries(before) : []).map((entry) => [entry.name, entry]));
  for (const entry of await repository.entries(after)) {
    const was = old.get(entry.name);
    if (was?.oid === entry.oid) continue;
    if (entry.type === 'tree') await differingObjects(repository, was?.type === 'tree' ? was.oid : null, entry.oid, into);
    else into.set(entry.oid, 'blob');
  }
}

/** The request body of git's receive-pack: move the branch from what the remote has to ours, with the pack. */
export function receivePackRequest(remoteHead: string | null, head: string, pack: Buffer): Buffer {
  const command = `${remoteHead ?? ZERO} ${head} refs/heads/${BRANCH}\0report-status agent=klopp-archive\n`;
  return Buffer.concat([pktLine(command), Buffer.from('0000'), pack]);
}

function pktLine(text: string): Buffer {
  const bytes = Buffer.from(text, 'utf8');
  return Buffer.concat([Buffer.from((bytes.length + 4).toString(16).padStart(4, '0')), bytes]);
}

/** The remote's report: null when the branch moved, else its reason for refusing. */
export function receivePackRefusal(response: Buffer): string | null {
  const lines: string[] = [];
  for (let at = 0; at + 4 <= response.length; ) {
    const length = Number.parseInt(response.subarray(at, at + 4).toString('latin1'), 16);
    if (!Number.isFinite(length) || length < 4) {
      at += 4;
      continue;
    }
    lines.push(response.subarray(at + 4, at + length).toString('utf8').trim());
    at += length;
  }
  const unpack = lines.find((line) => line.startsWith('unpack '));
  if (unpack !== 'unpack ok') return unpack ?? 'no report from the remote';
  const status = lines.find((line) => line.startsWith('ok ') || line.startsWith('ng '));
  if (status?.startsWith('ok ')) return null;
  return status ? status.split(' ').slice(2).join(' ') || 'refused' : 'no report from the remote';
}
