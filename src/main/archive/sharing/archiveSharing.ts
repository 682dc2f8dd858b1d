import * as fs from 'node:fs';
import git, { type HttpClient } from 'isomorphic-git';
import { ArchiveError } from '../../../shared/contract/errors';
import { ShareUrl, type SharingStatus, type SyncOutcome } from '../../../shared/contract/sharing';
import type { ArchiveDocument } from '../../../shared/schemas/archive';
import type { Conflict } from '../../../shared/schemas/conflict';
import type { ArchiveHistory } from '../history/archiveHistory';
import type { HistoryRepository } from '../history/repository';
import { emptyArchive } from '../emptyArchive';
import type { ArchiveStore } from '../store';
import { documentChanges } from './documentChanges';
import { boundedHttp, RemoteUnreachable } from './httpTransport';
import { mergeArchives } from './merge';
import { fetchRemote, pushToRemote, RemoteMovedOn, type CredentialSource } from './remote';
import { readSharedArchive, type SharedArchiveLimits } from './sharedArchive';
import { readSharingConfig, writeSharingConfig, type SharingConfig } from './sharingConfig';
import { sharedChanges } from './sharedChanges';
import { resolveConflict, type Resolution } from './resolveConflict';
import { RecordService } from '../records';
import type { RecordKind } from '../../../shared/schemas/common';
import type { RecordOf } from '../../../shared/schemas/kinds';

export interface SharingOptions {
  /** The token for the remote, asked for at each sync (never stored by the domain). */
  credentials?: CredentialSource;
  http?: HttpClient;
  now?: () => Date;
  /** How many times a push refused because the remote moved on is retried in one sync. */
  attempts?: number;
  /** Bounds on what a colleague's commit may hold (the defaults suit any real archive). */
  limits?: SharedArchiveLimits;
}

type Settled = NonNullable<ReturnType<ArchiveHistory['current']>>;

const noCredentials: CredentialSource = async () => null;

/**
 * Sharing an archive through a git remote: publish it to an empty one, join a colleague's,
 * and sync: what is local is committed already (the history), the remote's branch is
 * fetched, merged three-way with the common ancestor record by record, the merged archive
 * written as one validated durable change whose commit has both parents, and pushed, again
 * if the remote moved on meanwhile. Offline is an outcome, not an error.
 */
export class ArchiveSharing {
  private running: Promise<unknown> = Promise.resolve();
  private readonly credentials: CredentialSource;
  private readonly http: HttpClient;
  private readonly now: () => Date;
  private readonly attempts: number;
  private readonly limits: SharedArchiveLimits;

  constructor(
    private readonly store: ArchiveStore,
    private readonly history: ArchiveHistory,
    options: SharingOptions = {},
  ) {
    this.credentials = options.credentials ?? noCredentials;
    this.http = options.http ?? boundedHttp();
    this.now = options.now ?? (() => new Date());
    this.attempts = options.attempts ?? 5;
    this.limits = options.limits ?? {};
  }

  /** The conflicts a sync left for the editor to decide, oldest first. */
  conflicts(): Conflict[] {
    return [...(this.store.data.meta.conflicts ?? [])];
  }

  async status(): Promise<SharingStatus> {
    const config = await readSharingConfig(this.history.folder);
    const pendingConflicts = this.conflicts().length;
    if (!config) return { url: null, lastSyncedAt: null, lastOutcome: null, unsentChanges: 0, pendingConflicts };
    const { commits, repository } = await this.history.read();
    let unsentChanges = 0;
    for (let oid = await repository.head(); oid && oid !== config.syncedCommit && unsentChanges < 1000; oid = commits.get(oid)?.parents[0] ?? null) unsentChanges++;
    return { url: config.url, lastSyncedAt: config.lastSyncedAt, lastOutcome: config.lastOutcome, unsentChanges, pendingConflicts };
  }

  /** Publishes this archive to an empty remote; a remote that already holds one is refused (join it instead). */
  publish(url: string): Promise<SyncOutcome> {
    return this.inTurn(async () => {
      const remote = ShareUrl.parse(url);
      await this.refuseIfShared(remote);
      const { repository } = await this.history.read();
      const found = await fetchRemote(this.remoteOptions(repository, remote)).catch((error: unknown) => {
        throw unreachableOnSetUp(error, remote);
      });
      if (found) {
        throw new ArchiveError({ code: 'conflict', message: `${remote} already holds a shared archive: join it (share clone) instead of publishing over it` });
      }
      return this.syncWith({ url: remote, syncedCommit: null, lastSyncedAt: null, lastOutcome: null }, { setUp: true });
    });
  }

  /** Joins a colleague's shared archive: theirs and this one are merged (nothing of either is lost), then synced. */
  join(url: string): Promise<SyncOutcome> {
    return this.inTurn(async () => {
      const remote = ShareUrl.parse(url);
      await this.refuseIfShared(remote);
      return this.syncWith({ url: remote, syncedCommit: null, lastSyncedAt: null, lastOutcome: null }, { setUp: true });
    });
  }

  sync(): Promise<SyncOutcome> {
    return this.inTurn(async () => {
      const config = await readSharingConfig(this.history.folder);
      if (!config) throw new ArchiveError({ code: 'not-found', message: 'This archive is not shared yet: publish it to a git remote (share init URL) or join a colleague’s (share clone URL)' });
      return this.syncWith(config, { setUp: false });
    });
  }

  /** Settles a conflict a sync left with the editor's choice; the next sync shares the decision. */
  resolve<K extends RecordKind>(kind: K, id: string, resolution: Resolution<K>): Promise<RecordOf<K> | null> {
    return resolveConflict(this.store, new RecordService(this.store, kind, this.now), id, resolution, this.now());
  }

  private inTurn<T>(job: () => Promise<T>): Promise<T> {
    const run = this.running.then(job);
    this.running = run.catch(() => undefined);
    return run;
  }

  private async refuseIfShared(url: string): Promise<void> {
    const config = await readSharingConfig(this.history.folder);
    if (config) throw new ArchiveError({ code: 'conflict', message: `This archive is already shared through ${config.url}; it syncs with that remote${config.url === url ? '' : ` (not ${url})`}` });
  }

  /** The history's head and the archive it holds, once every acknowledged change is committed. */
  private async settled(): Promise<Settled> {
    for (;;) {
      await this.history.idle();
      const current = this.history.current();
      if (current) return current;
    }
  }

  private remoteOptions(repository: HistoryRepository, url: string) {
    return { gitdir: repository.gitdir, url, http: this.http, credentials: this.credentials };
  }

  private async syncWith(config: SharingConfig, { setUp }: { setUp: boolean }): Promise<SyncOutcome> {
    const at = this.now().toISOString();
    const { repository } = await this.history.read();
    const remote = this.remoteOptions(repository, config.url);
    const outcome: SyncOutcome = { state: 'up-to-date', message: '', at, cameIn: [], wentOut: [], newConflicts: [], notes: [] };
    let reached = false;
    try {
      for (let attempt = 1; ; attempt++) {
        const theirs = await fetchRemote(remote);
        reached = true;
        const ours = await this.settled();
        if (theirs && theirs !== ours.head && !(ours.head && (await repository.descendsFrom(ours.head, theirs)))) {
          outcome.cameIn = await sharedChanges(repository.gitdir, theirs, ours.head);
          const merged = await this.merge(repository, ours, theirs, config.url);
          outcome.newConflicts.push(...merged.conflicts);
          outcome.notes.push(...merged.notes);
        }
        await this.history.idle();
        const head = await repository.head();
        if (head && head !== theirs) {
          outcome.wentOut = await sharedChanges(repository.gitdir, head, theirs);
          try {
            await pushToRemote(remote, repository, head);
          } catch (error) {
            if (error instanceof RemoteMovedOn && attempt < this.attempts) continue;
            throw error;
          }
        }
        outcome.state = outcome.cameIn.length > 0 || outcome.wentOut.length > 0 ? 'synced' : 'up-to-date';
        outcome.message = describe(outcome);
        await writeSharingConfig(repository.gitdir, { url: config.url, syncedCommit: head, lastSyncedAt: at, lastOutcome: outcome });
        return outcome;
      }
    } catch (error) {
      // Setting up needs the remote once; after that, being offline is normal.
      if (setUp && !reached) throw unreachableOnSetUp(error, config.url);
      if (!(error instanceof RemoteUnreachable)) throw error;
      const offline: SyncOutcome = {
        ...outcome,
        state: 'offline',
        message: `Offline: ${error.reason}. Nothing is lost; every change stays here and the next sync sends it.${outcome.cameIn.length > 0 ? ` The ${outcome.cameIn.length} change(s) that came in are merged here already.` : ''}`,
        wentOut: [],
      };
      await writeSharingConfig(repository.gitdir, { ...config, lastOutcome: offline });
      return offline;
    }
  }

  /**
   * Merges a colleague's commit into the archive: their archive and the common ancestor's are
   * read as untrusted input first; the merge itself runs in the store's turn, against the
   * archive exactly as it is then, and is written as one durable change.
   */
  private async merge(repository: HistoryRepository, ours: Settled, theirs: string, url: string) {
    const known = { tree: ours.tree, document: ours.document };
    const theirDocument = await readSharedArchive(repository.gitdir, theirs, `The shared archive at ${url}`, known, this.limits);
    const [base] = ours.head ? await git.findMergeBase({ fs, gitdir: repository.gitdir, oids: [ours.head, theirs] }) : [];
    const baseDocument: ArchiveDocument = base ? await readSharedArchive(repository.gitdir, base, 'The version both sides started from', known, this.limits) : emptyArchive(new Date(0));
    const sides = { yours: this.history.editor(), theirs: (await repository.readCommit(theirs)).author };
    return this.store.commit(() => {
      const result = mergeArchives(baseDocument, this.store.data as ArchiveDocument, theirDocument, sides, this.now());
      const conflicts = result.conflicts.map(({ kind, id }) => ({ kind, id }));
      const summary = `Sync with ${url}: merge ${sides.theirs.name}'s changes${conflicts.length > 0 ? `, ${conflicts.length} conflict(s) to decide` : ''}`;
      return { changes: { ...documentChanges(this.store.data as ArchiveDocument, result.document), operation: { kind: 'sync', summary }, mergedWith: theirs, recordsParsed: true }, result: { conflicts, notes: result.notes } };
    });
  }
}

function describe(outcome: SyncOutcome): string {
  if (outcome.state === 'up-to-date') return 'Up to date: nothing came in, nothing to send.';
  const parts = [`${outcome.cameIn.length} change(s) came in`, `${outcome.wentOut.length} went out`];
  if (outcome.newConflicts.length > 0) parts.push(`${outcome.newConflicts.length} conflict(s) to decide`);
  return `Synced: ${parts.join(', ')}.`;
}

function unreachableOnSetUp(error: unknown, url: string): unknown {
  if (!(error instanceof RemoteUnreachable)) return error;
  return new ArchiveError({ code: 'not-found', message: `Could not reach ${url} (${error.reason}); sharing is set up once the remote answers. Nothing changed.` });
}
