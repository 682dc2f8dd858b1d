import * as fs from 'node:fs';
import git from 'isomorphic-git';

interface Walked {
  parents: string[];
  time: number;
}

/**
 * The commits reachable from `from` but not from `other` (all of them when there is no
 * other), newest first: what git calls `rev-list from ^other`. Both sides are walked
 * together, newest commit first, marking what each reaches, and the walk stops once every
 * commit still to visit is reached by both: so it costs what the two sides do not share,
 * not the length of the whole history.
 */
export async function commitsOnlyIn(gitdir: string, from: string, other: string | null, cache: object = {}): Promise<string[]> {
  const FROM = 1;
  const OTHER = 2;
  const BOTH = FROM | OTHER;
  const marks = new Map<string, number>();
  const commits = new Map<string, Walked>();
  const read = async (oid: string): Promise<Walked> => {
    let walked = commits.get(oid);
    if (!walked) {
      const { commit } = await git.readCommit({ fs, gitdir, oid, cache });
      walked = { parents: commit.parent, time: commit.committer.timestamp };
      commits.set(oid, walked);
    }
    return walked;
  };
  // Oldest first, so the newest is popped: a commit is reached by both before its ancestors are visited.
  const queue: string[] = [];
  const queued = new Set<string>();
  let unsettled = 0;
  const mark = async (oid: string, flag: number) => {
    const before = marks.get(oid) ?? 0;
    const after = before | flag;
    if (after === before) return;
    marks.set(oid, after);
    const { time } = await read(oid);
    if (queued.has(oid)) {
      if (after === BOTH) unsettled--;
      return;
    }
    let [low, high] = [0, queue.length];
    while (low < high) {
      const middle = (low + high) >> 1;
      if (commits.get(queue[middle]!)!.time <= time) low = middle + 1;
      else high = middle;
    }
    queue.splice(low, 0, oid);
    queued.add(oid);
    if (after !== BOTH) unsettled++;
  };
  await mark(from, FROM);
  if (other) await mark(other, OTHER);
  // Once every commit still to visit is reached by both sides, nothing older can be only one side's.
  while (unsettled > 0) {
    const oid = queue.pop()!;
    queued.delete(oid);
    const flag = marks.get(oid)!;
    if (flag !== BOTH) unsettled--;
    for (const parent of commits.get(oid)!.parents) await mark(parent, flag);
  }
  return [...marks].filter(([, flag]) => flag === FROM).map(([oid]) => oid).sort((a, b) => commits.get(b)!.time - commits.get(a)!.time);
}
