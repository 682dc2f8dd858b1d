import type { RecordKind } from '../../../shared/schemas/common';
import type { AnyRecord } from '../../../shared/schemas/kinds';
import { recordLabel } from '../../../shared/derived/labels';
import { RecentChangesQuery, type HistoryEntry, type RecordChangeKind, type RecordVersion } from '../../../shared/contract/history';
import type { CommitIndex, IndexedCommit } from './commitIndex';
import { fieldChanges } from './fieldChanges';
import { fileAt, recordPath } from './layout';
import type { FileChange, HistoryRepository } from './repository';

export interface HistorySource {
  repository: HistoryRepository;
  commits: CommitIndex;
}

/** How many records an entry of the recent changes names; the rest are counted. */
const NAMED_RECORDS = 20;

const timeOf = (commit: IndexedCommit) => new Date(commit.timestamp * 1000).toISOString();
const changeOf = (file: FileChange): RecordChangeKind => (!file.before ? 'added' : !file.after ? 'deleted' : 'changed');

async function recordIn(repository: HistoryRepository, blob: string | null): Promise<AnyRecord | null> {
  // A version is shown as it was stored, even if the rules have changed since.
  return blob ? (JSON.parse(await repository.readText(blob)) as AnyRecord) : null;
}

/** Every version of one record, newest first, each with what changed since the one before. */
export async function recordHistory({ repository, commits }: HistorySource, kind: RecordKind, id: string): Promise<RecordVersion[]> {
  const path = recordPath(kind, id);
  const versions: RecordVersion[] = [];
  for (const commit of commits.touching(path)) {
    const file = commit.files.find((candidate) => candidate.path === path)!;
    const [before, after] = await Promise.all([recordIn(repository, file.before), recordIn(repository, file.after)]);
    versions.push({
      commit: commit.commit,
      time: timeOf(commit),
      author: commit.author,
      operation: commit.operation,
      change: changeOf(file),
      record: after as RecordVersion['record'],
      fields: fieldChanges(before, after),
    });
  }
  return versions;
}

/** The version a commit left of a record, or undefined if that commit did not change it. */
export async function recordAt({ repository, commits }: HistorySource, kind: RecordKind, id: string, commit: string): Promise<{ record: AnyRecord | null; time: string } | undefined> {
  const indexed = commits.get(commit);
  const file = indexed?.files.find((candidate) => candidate.path === recordPath(kind, id));
  if (!indexed || !file) return undefined;
  return { record: await recordIn(repository, file.after), time: timeOf(indexed) };
}

/** The history of the whole archive, newest first, filtered by kind, editor and day. */
export async function recentChanges({ repository, commits }: HistorySource, query: RecentChangesQuery): Promise<{ entries: HistoryEntry[]; more: boolean }> {
  const { kind, editor, since, until, limit } = RecentChangesQuery.parse(query);
  const from = since ? Date.parse(`${since}T00:00:00Z`) / 1000 : -Infinity;
  const to = until ? Date.parse(`${until}T00:00:00Z`) / 1000 + 86_400 : Infinity;
  const who = editor?.trim().toLowerCase();
  const labels = new Map<string, string>();
  const entries: HistoryEntry[] = [];
  for (const commit of commits.newestFirst()) {
    // Not a break: commits fetched from a colleague need not be in time order.
    if (commit.timestamp < from || commit.timestamp >= to) continue;
    if (who && !`${commit.author.name} <${commit.author.email}>`.toLowerCase().includes(who)) continue;
    const records = commit.files.flatMap((file) => {
      const laid = fileAt(file.path);
      return laid?.type === 'record' && (!kind || laid.kind === kind) ? [{ file, kind: laid.kind, id: laid.id }] : [];
    });
    if (kind && records.length === 0) continue;
    if (entries.length === limit) return { entries, more: true };
    const named = await Promise.all(
      records.slice(0, NAMED_RECORDS).map(async ({ file, kind: recordKind, id }) => {
        const blob = (file.after ?? file.before)!;
        if (!labels.has(blob)) {
          const record = await recordIn(repository, blob);
          labels.set(blob, record ? recordLabel(recordKind, record as never) : id);
        }
        return { kind: recordKind, id, label: labels.get(blob)!, change: changeOf(file) };
      }),
    );
    entries.push({ commit: commit.commit, time: timeOf(commit), author: commit.author, operation: commit.operation, records: named, recordCount: records.length });
  }
  return { entries, more: false };
}
