import { access, rename, stat } from 'node:fs/promises';
import { RECORD_KINDS } from '../../../shared/schemas/common';
import type { ArchiveDocument } from '../../../shared/schemas/archive';
import type { HistoryAuthor, HistoryOperation, HistoryStatus } from '../../../shared/contract/history';
import type { ArchiveStore, ChangeContext, RecordChange } from '../store';
import { commitMessage } from './commitMessage';
import { CommitIndex } from './commitIndex';
import { defaultAuthor } from './defaultAuthor';
import { documentFiles, historyFolderOf, META_PATH, metaFileText, recordFileText, recordPath, trashFileText, trashPath } from './layout';
import { blobIdOf, DamagedRepository, HistoryRepository } from './repository';

export interface HistoryOptions {
  /** The history repository; by default `<archive>.history` beside the archive file. */
  folder?: string;
  /** Who is editing, asked at each change (the preferences can change it between two). */
  author?: () => HistoryAuthor;
  now?: () => Date;
}

/** The archive as one write left it: arrays copied, records shared (they are never mutated). */
interface Snapshot {
  document: ArchiveDocument;
  /** The last change the snapshot includes. */
  sequence: number;
}

interface Commitment {
  operation: HistoryOperation;
  author: HistoryAuthor;
  time: Date;
  archiveUpdatedAt: string;
  /** A colleague's commit merged in by this change (a sync). */
  mergedWith?: string;
}

/**
 * Keeps the archive's history in a git repository beside it: one commit per acknowledged
 * change, made after the acknowledgement, in turn, off the edit's path. The archive file is
 * the truth: at start the history commits whatever it lacks ("History begins" for a new one,
 * "Recovered changes" after a crash between an acknowledgement and its commit), and a
 * repository that cannot be read is moved aside, kept, and a new history begun.
 */
export class ArchiveHistory {
  readonly folder: string;
  private repository!: HistoryRepository;
  private commits!: CommitIndex;
  private head: string | null = null;
  private headTree: string | null = null;
  private queue: Promise<void> = Promise.resolve();
  private sequence = 0;
  private covered = 0;
  private pending = 0;
  /** Set when a commit failed: the next one commits the whole difference, so nothing stays missing. */
  private behind = false;
  private disabled = false;
  private readonly notices: string[] = [];
  private readonly author: () => HistoryAuthor;
  private readonly now: () => Date;
  private readonly stopListening: () => void;

  private constructor(
    private readonly store: ArchiveStore,
    options: HistoryOptions,
  ) {
    this.folder = options.folder ?? historyFolderOf(store.file);
    const fallback = defaultAuthor();
    this.author = options.author ?? (() => fallback);
    this.now = options.now ?? (() => new Date());
    const first = this.snapshot();
    const [author, time] = [this.author(), this.now()];
    this.enqueue(() => this.start(first, author, time));
    this.stopListening = store.onChange((changes, context) => this.changed(changes, context));
  }

  /** Starts keeping the history of an open store; the first commit (if any) runs in the background. */
  static start(store: ArchiveStore, options: HistoryOptions = {}): ArchiveHistory {
    return new ArchiveHistory(store, options);
  }

  /** Resolves once every change acknowledged so far is committed (or could not be). */
  idle(): Promise<void> {
    return this.queue;
  }

  /** Stops listening and waits for the commits still queued. */
  async close(): Promise<void> {
    this.stopListening();
    await this.idle();
  }

  /** Who is editing now, as the next commit will name them. */
  editor(): HistoryAuthor {
    return this.author();
  }

  /**
   * The branch's head with the archive it holds, when every acknowledged change is committed
   * (null while some wait): read in one turn, so the two always match.
   */
  current(): { head: string | null; tree: string | null; document: ArchiveDocument } | null {
    if (this.pending > 0 || this.behind || this.disabled) return null;
    return { head: this.head, tree: this.headTree, document: this.snapshot().document };
  }

  status(): HistoryStatus {
    return { folder: this.folder, commits: this.commits?.size ?? 0, pending: this.pending, notices: [...this.notices] };
  }

  /** The repository and its index, once every queued commit is in. */
  async read(): Promise<{ repository: HistoryRepository; commits: CommitIndex }> {
    await this.idle();
    if (this.disabled) throw new Error(this.notices.at(-1) ?? 'The history is not being kept');
    return { repository: this.repository, commits: this.commits };
  }

  private enqueue(job: () => Promise<void>): void {
    this.pending++;
    this.queue = this.queue
      .then(job)
      .catch((error: unknown) => this.failed(error))
      .finally(() => void this.pending--);
  }

  private snapshot(): Snapshot {
    const data = this.store.data;
    const document = { ...data, trash: [...data.trash] } as ArchiveDocument;
    for (const kind of RECORD_KINDS) (document as Record<string, unknown>)[kind] = [...data[kind]];
    return { document, sequence: this.sequence };
  }

  /** Called as each write is acknowledged: takes what the commit needs and queues it. Cheap. */
  private changed(records: readonly RecordChange[], context: ChangeContext): void {
    const sequence = ++this.sequence;
    const { meta, schemaVersion } = this.store.data;
    const commitment: Commitment = {
      operation: context.operation ?? { kind: 'change', summary: `Change ${records.length} record(s)` },
      author: this.author(),
      time: this.now(),
      archiveUpdatedAt: meta.updatedAt,
      ...(context.mergedWith ? { mergedWith: context.mergedWith } : {}),
    };
    // A whole archive replaced (a backup restored): commit its difference from the history.
    const whole = context.reset ? this.snapshot() : null;
    this.enqueue(async () => {
      if (this.disabled || sequence <= this.covered) return;
      if (whole || this.behind) return this.commitSnapshot(whole ?? this.snapshot(), commitment);
      const files = new Map<string, string | null>();
      for (const change of records) {
        const record = change.after ?? change.before!;
        files.set(recordPath(change.kind, record.id), change.after ? recordFileText(change.after) : null);
      }
      for (const { take, put } of context.trash) {
        if (take) files.set(trashPath(take.kind, take.record.id), null);
        if (put) files.set(trashPath(put.kind, put.record.id), trashFileText(put));
      }
      files.set(META_PATH, metaFileText({ schemaVersion, meta }));
      await this.commitFiles(files, commitment);
    });
  }

  private async start(first: Snapshot, author: HistoryAuthor, time: Date): Promise<void> {
    const archiveUpdatedAt = first.document.meta.updatedAt;
    const begins = (summary: string): Commitment => ({ operation: { kind: 'history-begins', summary }, author, time, archiveUpdatedAt });
    // A folder without a commit or an indexed one is a first commit that was cut short: begin again in place.
    const begun = (await exists(this.folder)) && ((await new HistoryRepository(this.folder).head().catch(() => 'damaged')) !== null || (await hasContent(CommitIndex.fileIn(this.folder))));
    if (!begun) {
      await this.begin();
      await this.commitSnapshot(first, begins(`History begins: ${countOf(first.document)} records`));
      return;
    }
    try {
      this.repository = new HistoryRepository(this.folder);
      await this.repository.removeTemporaries();
      this.head = await this.repository.head();
      if (!this.head) throw new DamagedRepository(`the branch has no commit`);
      this.headTree = (await this.repository.readCommit(this.head)).tree;
      await this.repository.entries(this.headTree);
      this.commits = await CommitIndex.load(this.repository, this.head);
    } catch (error) {
      if (!(error instanceof DamagedRepository)) throw error;
      await this.heal(error.message, first, author);
      return;
    }
    if (this.commits.latest()?.archiveUpdatedAt !== archiveUpdatedAt) {
      await this.commitSnapshot(first, { ...begins('Recovered changes'), operation: { kind: 'recovered', summary: 'Recovered changes' } });
    }
  }

  private async begin(): Promise<void> {
    this.repository = await HistoryRepository.create(this.folder);
    this.head = null;
    this.headTree = null;
    this.commits = await CommitIndex.load(this.repository, null);
  }

  /** Moves an unreadable repository aside, keeps it, and begins again from the archive as it is. */
  private async heal(problem: string, from: Snapshot, author = this.author()): Promise<void> {
    const keptAt = `${this.folder}.damaged-${this.now().toISOString().replace(/[:.]/g, '-')}`;
    await rename(this.folder, keptAt);
    const notice = `The history in ${this.folder} could not be read (${problem}). It is kept as it was in ${keptAt}; a new history begins from the archive as it is now.`;
    this.notices.push(notice);
    console.warn(notice);
    await this.begin();
    await this.commitSnapshot(from, {
      operation: { kind: 'history-begins', summary: `History begins again: ${countOf(from.document)} records (the earlier history is kept in ${keptAt})` },
      author,
      time: this.now(),
      archiveUpdatedAt: from.document.meta.updatedAt,
    });
  }

  private async failed(error: unknown): Promise<void> {
    if (error instanceof DamagedRepository && !this.disabled) {
      try {
        await this.heal(error.message, this.snapshot());
        return;
      } catch (again) {
        error = again;
      }
    }
    const notice = `A change could not be added to the history in ${this.folder}: ${(error as Error)?.message ?? String(error)}. The archive has it; the history catches up with the next change or the next start.`;
    this.notices.push(notice);
    console.error(notice);
    if (!this.commits) this.disabled = true;
    this.behind = true;
  }

  /** Commits the difference between a whole archive and the history's last commit. */
  private async commitSnapshot(snapshot: Snapshot, commitment: Commitment): Promise<void> {
    const committed = this.headTree ? await this.repository.files(this.headTree) : new Map<string, string>();
    const files = documentFiles(snapshot.document);
    const changed = new Map<string, string | null>();
    for (const [path, text] of files) if (committed.get(path) !== blobIdOf(text)) changed.set(path, text);
    for (const path of committed.keys()) if (!files.has(path)) changed.set(path, null);
    const summary = commitment.operation.kind === 'recovered' ? `Recovered changes: ${changed.size} file(s) the history lacked` : commitment.operation.summary;
    await this.commitFiles(changed, { ...commitment, operation: { ...commitment.operation, summary } });
    this.covered = Math.max(this.covered, snapshot.sequence);
    this.behind = false;
  }

  private async commitFiles(files: ReadonlyMap<string, string | null>, { operation, author, time, archiveUpdatedAt, mergedWith }: Commitment): Promise<void> {
    const { tree, changes } = await this.repository.writeFiles(this.headTree, files);
    if (mergedWith && mergedWith !== this.head) {
      if (await this.fastForwards(mergedWith, tree)) return this.adopt(mergedWith, tree);
    } else if (tree === this.headTree) return;
    const parents = [...(this.head ? [this.head] : []), ...(mergedWith && mergedWith !== this.head ? [mergedWith] : [])];
    const commit = await this.repository.commit({ tree, parents, message: commitMessage(operation, archiveUpdatedAt), author, time });
    this.head = commit;
    this.headTree = tree;
    await this.commits.append({ commit, parents, timestamp: Math.floor(time.getTime() / 1000), author, operation, archiveUpdatedAt, files: changes });
  }

  /** Whether a colleague's commit already is this history plus exactly this tree: then it is taken as it is. */
  private async fastForwards(commit: string, tree: string): Promise<boolean> {
    if ((await this.repository.readCommit(commit)).tree !== tree) return false;
    return !this.head || (await this.repository.descendsFrom(commit, this.head));
  }

  /** Moves the branch to a colleague's commit that holds the archive as it now is, so a sync leaves no merge of nothing. */
  private async adopt(commit: string, tree: string): Promise<void> {
    await this.repository.moveBranch(commit);
    this.head = commit;
    this.headTree = tree;
    this.commits = await CommitIndex.load(this.repository, commit);
  }
}

function countOf(document: ArchiveDocument): string {
  return RECORD_KINDS.reduce((sum, kind) => sum + document[kind].length, 0).toLocaleString('en-GB');
}

function hasContent(file: string): Promise<boolean> {
  return stat(file).then(
    (info) => info.size > 0,
    () => false,
  );
}

function exists(path: string): Promise<boolean> {
  return access(path).then(
    () => true,
    () => false,
  );
}
