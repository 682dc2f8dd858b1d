import * as fs from 'node:fs';
import git from 'isomorphic-git';
import type { SharedChange } from '../../../shared/contract/sharing';
import { readCommitMessage } from '../history/commitMessage';

/** How many changes a sync lists each way; the history has them all. */
export const LISTED_CHANGES = 50;

/**
 * The changes one side has that the other has not, newest first: the commits along `from`'s
 * own line back to the first that `other` already has (all of them when there is no other).
 */
export async function sharedChanges(gitdir: string, from: string, other: string | null): Promise<SharedChange[]> {
  const changes: SharedChange[] = [];
  const cache = {};
  for (let oid: string | undefined = from; oid && changes.length < LISTED_CHANGES; ) {
    if (other && (oid === other || (await git.isDescendent({ fs, gitdir, oid: other, ancestor: oid, depth: -1, cache })))) break;
    const { commit } = await git.readCommit({ fs, gitdir, oid, cache });
    changes.push({
      commit: oid,
      author: { name: commit.author.name, email: commit.author.email },
      time: new Date(commit.author.timestamp * 1000).toISOString(),
      summary: readCommitMessage(commit.message).operation.summary,
    });
    oid = commit.parent[0];
  }
  return changes;
}
