import * as fs from 'node:fs';
import git from 'isomorphic-git';
import type { SharedChange } from '../../../shared/contract/sharing';
import { readCommitMessage } from '../history/commitMessage';
import { commitsOnlyIn } from './commitsOnlyIn';

/** How many changes a sync lists each way; the history has them all. */
export const LISTED_CHANGES = 50;

/** The changes one side has that the other has not, newest first (at most LISTED_CHANGES). */
export async function sharedChanges(gitdir: string, from: string, other: string | null): Promise<SharedChange[]> {
  const cache = {};
  const changes: SharedChange[] = [];
  for (const oid of (await commitsOnlyIn(gitdir, from, other, cache)).slice(0, LISTED_CHANGES)) {
    const { commit } = await git.readCommit({ fs, gitdir, oid, cache });
    changes.push({
      commit: oid,
      author: { name: commit.author.name, email: commit.author.email },
      time: new Date(commit.author.timestamp * 1000).toISOString(),
      summary: readCommitMessage(commit.message).operation.summary,
    });
  }
  return changes;
}
