import * as fs from 'node:fs';
import git from 'isomorphic-git';
import { BRANCH, type HistoryRepository } from '../history/repository';
import { commitsOnlyIn } from './commitsOnlyIn';

const ZERO = '0'.repeat(40);

/**
 * The pack a push sends: the commits the remote lacks and, for each, only the trees and
 * files that differ from its first parent's, so a sync of one edit sends a few objects
 * whatever the archive's size (isomorphic-git's own push walks every tree of the archive).
 */
export async function packFor(repository: HistoryRepository, head: string, remoteHead: string | null): Promise<Uint8Array> {
  const objects = new Set<string>();
  for (const oid of await commitsOnlyIn(repository.gitdir, head, remoteHead)) {
    const commit = await repository.readCommit(oid);
    objects.add(oid);
    const parentTree = commit.parents[0] ? (await repository.readCommit(commit.parents[0])).tree : null;
    await differingObjects(repository, parentTree, commit.tree, objects);
  }
  const { packfile } = await git.packObjects({ fs, gitdir: repository.gitdir, oids: [...objects] });
  return packfile!;
}

async function differingObjects(repository: HistoryRepository, before: string | null, after: string, into: Set<string>): Promise<void> {
  if (before === after || into.has(after)) return;
  into.add(after);
  const old = new Map((before ? await repository.entries(before) : []).map((entry) => [entry.name, entry]));
  for (const entry of await repository.entries(after)) {
    const was = old.get(entry.name);
    if (was?.oid === entry.oid) continue;
    if (entry.type === 'tree') await differingObjects(repository, was?.type === 'tree' ? was.oid : null, entry.oid, into);
    else into.add(entry.oid);
  }
}

/** The request body of git's receive-pack: move the branch from what the remote has to ours, with the pack. */
export function receivePackRequest(remoteHead: string | null, head: string, pack: Uint8Array): Buffer {
  const command = `${remoteHead ?? ZERO} ${head} refs/heads/${BRANCH}\0report-status agent=klopp-archive\n`;
  return Buffer.concat([pktLine(command), Buffer.from('0000'), Buffer.from(pack)]);
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
