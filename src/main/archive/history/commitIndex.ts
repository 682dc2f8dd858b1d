import { appendFile, mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { z } from 'zod';
import { HistoryAuthor, HistoryOperation } from '../../../shared/contract/history';
import { readCommitMessage } from './commitMessage';
import type { HistoryRepository } from './repository';

const BlobId = z.string().regex(/^[0-9a-f]{40}$/).nullable();

/** One commit as the index keeps it: enough to list it, and which files it changed. */
const IndexedCommit = z.object({
  commit: z.string().regex(/^[0-9a-f]{40}$/),
  parents: z.array(z.string()),
  timestamp: z.number(),
  author: HistoryAuthor,
  operation: HistoryOperation,
  archiveUpdatedAt: z.string().nullable(),
  files: z.array(z.object({ path: z.string(), before: BlobId, after: BlobId })),
});
export type IndexedCommit = z.infer<typeof IndexedCommit>;

/**
 * The commits of the branch, oldest first, with the files each changed, so a record's history
 * is a lookup rather than a walk through every commit. It is derived from the repository and
 * kept beside its objects (`klopp-archive/commits.jsonl` in the git folder, one line per
 * commit, appended); when it is behind the branch (a crash between commit and append, commits
 * fetched from elsewhere) the missing commits are read from git and appended; when it cannot
 * be matched to the branch at all it is rebuilt.
 */
export class CommitIndex {
  private readonly commits: IndexedCommit[] = [];
  private readonly positions = new Map<string, number>();
  private readonly byPath = new Map<string, number[]>();

  private constructor(
    private readonly file: string,
    /** False for a reader beside the app (the command line): it catches up in memory only. */
    private readonly persist: boolean,
  ) {}

  static fileIn(gitdir: string): string {
    return join(gitdir, 'klopp-archive', 'commits.jsonl');
  }

  /** Loads the index and brings it up to the branch's head. */
  static async load(repository: HistoryRepository, head: string | null, { persist = true } = {}): Promise<CommitIndex> {
    const file = CommitIndex.fileIn(repository.gitdir);
    let index = new CommitIndex(file, persist);
    const text = await readFile(file, 'utf8').catch(() => '');
    for (const line of text.split('\n')) {
      if (!line) continue;
      const parsed = safeJson(line);
      // A torn last line (a crash while appending) is dropped; the commit is read again below.
      if (!parsed.success) break;
      index.add(parsed.data);
    }
    const missing = await unindexed(repository, head, index);
    if (missing === null) {
      index = new CommitIndex(file, persist);
      if (persist) {
        await mkdir(dirname(file), { recursive: true });
        await writeFile(file, '');
      }
      for (const oid of await unindexed(repository, head, index) ?? []) await index.append(await indexed(repository, oid));
    } else {
      for (const oid of missing) await index.append(await indexed(repository, oid));
    }
    return index;
  }

  get size(): number {
    return this.commits.length;
  }

  has(commit: string): boolean {
    return this.positions.has(commit);
  }

  get(commit: string): IndexedCommit | undefined {
    const position = this.positions.get(commit);
    return position === undefined ? undefined : this.commits[position];
  }

  /** The last commit, or undefined in an empty history. */
  latest(): IndexedCommit | undefined {
    return this.commits.at(-1);
  }

  /** The commits that changed a file, newest first. */
  touching(path: string): IndexedCommit[] {
    return (this.byPath.get(path) ?? []).map((position) => this.commits[position]!).reverse();
  }

  /** Every commit, newest first. */
  *newestFirst(): Generator<IndexedCommit> {
    for (let i = this.commits.length - 1; i >= 0; i--) yield this.commits[i]!;
  }

  async append(commit: IndexedCommit): Promise<void> {
    if (this.persist) {
      await mkdir(dirname(this.file), { recursive: true });
      await appendFile(this.file, `${JSON.stringify(commit)}\n`);
    }
    this.add(commit);
  }

  private add(commit: IndexedCommit): void {
    const position = this.commits.push(commit) - 1;
    this.positions.set(commit.commit, position);
    for (const file of commit.files) {
      const positions = this.byPath.get(file.path);
      if (positions) positions.push(position);
      else this.byPath.set(file.path, [position]);
    }
  }
}

function safeJson(line: string) {
  try {
    return IndexedCommit.safeParse(JSON.parse(line));
  } catch {
    return IndexedCommit.safeParse(undefined);
  }
}

/**
 * The commits from the head back to the last one indexed, oldest first (following first
 * parents, the branch's own line); null when the walk never meets the index, which then no
 * longer describes this branch.
 */
async function unindexed(repository: HistoryRepository, head: string | null, index: CommitIndex): Promise<string[] | null> {
  const missing: string[] = [];
  let oid = head;
  while (oid && !index.has(oid)) {
    missing.push(oid);
    oid = (await repository.readCommit(oid)).parents[0] ?? null;
  }
  if (oid === null && index.size > 0) return null;
  return missing.reverse();
}

async function indexed(repository: HistoryRepository, oid: string): Promise<IndexedCommit> {
  const commit = await repository.readCommit(oid);
  const parent = commit.parents[0] ? (await repository.readCommit(commit.parents[0])).tree : null;
  const { operation, archiveUpdatedAt } = readCommitMessage(commit.message);
  return {
    commit: oid,
    parents: commit.parents,
    timestamp: commit.timestamp,
    author: commit.author,
    operation,
    archiveUpdatedAt,
    files: await repository.changes(parent, commit.tree),
  };
}
