import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import { mkdir, readFile, readdir, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import git from 'isomorphic-git';
import type { HistoryAuthor } from '../../../shared/contract/history';
import { LooseObjects, parseTree, TEMPORARY_PREFIX as TEMPORARY, treeContent, type TreeEntry } from './looseObjects';

export const BRANCH = 'main';

/** A file of a commit's tree that differs from its parent's: null where there is none. */
export interface FileChange {
  path: string;
  before: string | null;
  after: string | null;
}

export interface CommitInfo {
  oid: string;
  tree: string;
  parents: string[];
  message: string;
  author: HistoryAuthor;
  /** Seconds since 1970, as git keeps it. */
  timestamp: number;
}

/** Raised when the repository cannot be read as git: a missing ref, a truncated object. */
export class DamagedRepository extends Error {}

let temporaries = 0;

/**
 * The history as a bare git repository, created and read with isomorphic-git (which also
 * reads packs, as after a `git gc` or a fetch), its objects written as git writes them: blobs
 * and trees for the changed paths only, then a commit and the branch moved to it. No worktree
 * and no index, so a commit costs the same at 1,000 records as at 100,000.
 */
export class HistoryRepository {
  private readonly cache = {};
  private readonly ref: string;
  private readonly objects: LooseObjects;

  constructor(readonly gitdir: string) {
    this.ref = join(gitdir, 'refs', 'heads', BRANCH);
    this.objects = new LooseObjects(gitdir);
  }

  static async create(gitdir: string): Promise<HistoryRepository> {
    const repository = new HistoryRepository(gitdir);
    await git.init({ fs, gitdir, bare: true, defaultBranch: BRANCH });
    await mkdir(join(gitdir, 'objects'), { recursive: true });
    return repository;
  }

  /** Temporaries a killed writer left behind. */
  async removeTemporaries(): Promise<void> {
    const names = await readdir(join(this.gitdir, 'objects')).catch(() => [] as string[]);
    await Promise.all(names.filter((name) => name.startsWith(TEMPORARY)).map((name) => rm(join(this.gitdir, 'objects', name), { force: true })));
  }

  /** The commit the branch is at; null in a repository with no commit yet. */
  async head(): Promise<string | null> {
    const text = await readFile(this.ref, 'utf8').catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') return null;
      throw error;
    });
    if (text === null) return null;
    const oid = text.trim();
    if (!/^[0-9a-f]{40}$/.test(oid)) throw new DamagedRepository(`the branch ${BRANCH} does not name a commit`);
    return oid;
  }

  /**
   * Moves the branch, by renaming a whole new ref file over the old one. The new file is
   * written among the objects' temporaries: beside the ref, a killed writer's leftover would
   * read to git as a broken branch, and removeTemporaries clears it on the next open.
   */
  async moveBranch(oid: string): Promise<void> {
    await mkdir(dirname(this.ref), { recursive: true });
    const temporary = join(this.gitdir, 'objects', `${TEMPORARY}ref_${process.pid}_${++temporaries}`);
    await writeFile(temporary, `${oid}\n`);
    await rename(temporary, this.ref);
  }

  async commit(options: { tree: string; parents: string[]; message: string; author: HistoryAuthor; time: Date }): Promise<string> {
    const person = `${oneLine(options.author.name)} <${oneLine(options.author.email).replace(/[<>]/g, '')}> ${Math.floor(options.time.getTime() / 1000)} +0000`;
    const headers = [`tree ${options.tree}`, ...options.parents.map((parent) => `parent ${parent}`), `author ${person}`, `committer ${person}`];
    const oid = await this.objects.write('commit', Buffer.from(`${headers.join('\n')}\n\n${options.message}`, 'utf8'));
    await this.moveBranch(oid);
    return oid;
  }

  /** Whether a commit has another among its ancestors. */
  descendsFrom(commit: string, ancestor: string): Promise<boolean> {
    return git.isDescendent({ fs, gitdir: this.gitdir, oid: commit, ancestor, depth: -1, cache: this.cache });
  }

  async readCommit(oid: string): Promise<CommitInfo> {
    const { commit } = await this.read(() => git.readCommit({ fs, gitdir: this.gitdir, oid, cache: this.cache }));
    return {
      oid,
      tree: commit.tree,
      parents: commit.parent,
      message: commit.message,
      author: { name: commit.author.name, email: commit.author.email },
      timestamp: commit.author.timestamp,
    };
  }

  async readText(blob: string): Promise<string> {
    const loose = await this.read(() => this.objects.read(blob, 'blob'));
    if (loose) return loose.toString('utf8');
    const { blob: bytes } = await this.read(() => git.readBlob({ fs, gitdir: this.gitdir, oid: blob, cache: this.cache }));
    return Buffer.from(bytes).toString('utf8');
  }

  /** An object's content, loose or packed: what a push sends. */
  async content(oid: string, type: 'blob' | 'tree' | 'commit'): Promise<Buffer> {
    const loose = await this.read(() => this.objects.read(oid, type));
    if (loose) return loose;
    const { object } = await this.read(() => git.readObject({ fs, gitdir: this.gitdir, oid, format: 'content', cache: this.cache }));
    return Buffer.from(object as Uint8Array);
  }

  /** The entries of one tree (a folder of the layout). */
  async entries(oid: string): Promise<TreeEntry[]> {
    const loose = await this.read(() => this.objects.read(oid, 'tree'));
    if (loose) return parseTree(loose);
    const { tree } = await this.read(() => git.readTree({ fs, gitdir: this.gitdir, oid, cache: this.cache }));
    return tree.map((entry) => ({ name: entry.path, type: entry.type === 'tree' ? 'tree' : 'blob', oid: entry.oid }));
  }

  /** A read that fails because the repository is broken says so; the caller decides what then. */
  private async read<T>(reading: () => Promise<T>): Promise<T> {
    try {
      return await reading();
    } catch (error) {
      throw new DamagedRepository((error as Error).message);
    }
  }

  /**
   * Writes the given files (text, or null to remove one) onto a tree and returns the new
   * tree with the files that changed: only the trees on the changed paths are read and rewritten.
   */
  async writeFiles(base: string | null, files: ReadonlyMap<string, string | null>): Promise<{ tree: string; changes: FileChange[] }> {
    const blobs = new Map<string, string | null>();
    for (const [path, text] of files) {
      blobs.set(path, text === null ? null : await this.objects.write('blob', Buffer.from(text, 'utf8')));
    }
    const changes: FileChange[] = [];
    const tree = (await this.rewrite(base, blobs, '', changes)) ?? (await this.objects.write('tree', treeContent([])));
    return { tree, changes };
  }

  private async rewrite(base: string | null, blobs: ReadonlyMap<string, string | null>, prefix: string, changes: FileChange[]): Promise<string | null> {
    const entries = new Map<string, TreeEntry>();
    if (base) for (const entry of await this.entries(base)) entries.set(entry.name, entry);
    const folders = new Map<string, Map<string, string | null>>();
    for (const [path, oid] of blobs) {
      const slash = path.indexOf('/');
      if (slash < 0) {
        const before = entries.get(path)?.oid ?? null;
        if (before !== oid) changes.push({ path: `${prefix}${path}`, before, after: oid });
        if (oid) entries.set(path, { name: path, oid, type: 'blob' });
        else entries.delete(path);
        continue;
      }
      const folder = path.slice(0, slash);
      if (!folders.has(folder)) folders.set(folder, new Map());
      folders.get(folder)!.set(path.slice(slash + 1), oid);
    }
    for (const [folder, inner] of folders) {
      const existing = entries.get(folder);
      const oid = await this.rewrite(existing?.type === 'tree' ? existing.oid : null, inner, `${prefix}${folder}/`, changes);
      if (oid) entries.set(folder, { name: folder, oid, type: 'tree' });
      else entries.delete(folder);
    }
    if (entries.size === 0) return null;
    return this.objects.write('tree', treeContent([...entries.values()]));
  }

  /** Every file of a tree with its blob. */
  async files(tree: string, prefix = '', into = new Map<string, string>()): Promise<Map<string, string>> {
    for (const entry of await this.entries(tree)) {
      if (entry.type === 'tree') await this.files(entry.oid, `${prefix}${entry.name}/`, into);
      else into.set(`${prefix}${entry.name}`, entry.oid);
    }
    return into;
  }

  /** The files that differ between two trees, descending only where a subtree differs. */
  async changes(before: string | null, after: string | null, prefix = '', into: FileChange[] = []): Promise<FileChange[]> {
    if (before === after) return into;
    const old = new Map((before ? await this.entries(before) : []).map((entry) => [entry.name, entry]));
    const now = new Map((after ? await this.entries(after) : []).map((entry) => [entry.name, entry]));
    for (const name of new Set([...old.keys(), ...now.keys()])) {
      const [was, is] = [old.get(name), now.get(name)];
      if (was?.oid === is?.oid) continue;
      const path = `${prefix}${name}`;
      const folder = (entry?: TreeEntry) => (entry?.type === 'tree' ? entry.oid : null);
      const blob = (entry?: TreeEntry) => (entry && entry.type !== 'tree' ? entry.oid : null);
      if (was?.type === 'tree' || is?.type === 'tree') await this.changes(folder(was), folder(is), `${path}/`, into);
      if (blob(was) !== blob(is)) into.push({ path, before: blob(was), after: blob(is) });
    }
    return into;
  }
}

/** The blob id git gives a text, without writing it. */
export function blobIdOf(text: string): string {
  const bytes = Buffer.from(text, 'utf8');
  return createHash('sha1').update(`blob ${bytes.length}\0`).update(bytes).digest('hex');
}

function oneLine(text: string): string {
  return text.replace(/[\r\n]+/g, ' ').trim();
}
