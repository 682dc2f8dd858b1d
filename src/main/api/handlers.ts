import { RECORD_KINDS, type RecordKind } from '../../shared/schemas/common';
import type { ArchiveContract } from '../../shared/contract';
import type { Contract, OutputOf, ParsedInputOf } from '../../shared/contract/operation';
import type { recordOperations } from '../../shared/contract/records';
import { ArchiveSession, type Archive, type RecordService, type RecordUpdate } from '../archive';
import type { BulkEdit } from '../../shared/contract/bulkEdit';
import type { InputOf } from '../../shared/schemas/kinds';
import { searchHandlers } from './searchHandlers';
import { noFileDialogs, type FileDialogs } from './fileDialogs';
import { createTransferHandlers } from './transferHandlers';
import { statsHandlers } from './statsHandlers';
import { safetyHandlers, type SafetyHandlers } from './safetyHandlers';
import { historyHandlers } from './historyHandlers';
import { sharingHandlers } from './sharingHandlers';
import type { TokenKeeper } from '../archive';
import { noPreferences, type PreferencesHandlers } from './preferencesHandlers';
import { noArchiveFiles, type ArchiveFilesHandlers } from './archiveFilesHandlers';

/** For every operation of a contract, the function that carries it out on validated input. */
export type HandlersOf<C extends Contract> = {
  [G in keyof C]: { [N in keyof C[G]]: (input: ParsedInputOf<C[G][N]>) => Promise<OutputOf<C[G][N]>> | OutputOf<C[G][N]> };
};

type RecordHandlers<K extends RecordKind> = HandlersOf<{ records: ReturnType<typeof recordOperations<K>> }>['records'];

function recordHandlers<K extends RecordKind>(service: RecordService<K>): RecordHandlers<K> {
  const handlers = {
    list: () => service.list(),
    get: ({ id }: { id: string }) => service.get(id),
    create: ({ id, values }: { id?: string; values: InputOf<K> }) => service.create(values, id),
    update: ({ id, values, expectedUpdatedAt }: { id: string; values: InputOf<K>; expectedUpdatedAt?: string }) =>
      service.update(id, values, expectedUpdatedAt),
    delete: ({ id }: { id: string }) => service.delete(id),
    editMany: ({ records, edit }: { records: Array<{ id: string; expectedUpdatedAt?: string }>; edit: BulkEdit }) => service.editMany(records, edit),
    updateMany: ({ updates, label }: { updates: RecordUpdate<K>[]; label?: string }) =>
      service.updateMany(updates, label === undefined ? undefined : { kind: 'bulk-edit', summary: label }),
  };
  // TypeScript cannot relate zod's inferred types through the generic K; the shapes match.
  return handlers as unknown as RecordHandlers<K>;
}

export interface HandlerOptions {
  /** How main asks the user for files; without it, operations on files are refused. */
  dialogs?: FileDialogs;
  /** Backups and restore; defaults to those of this archive alone. The app passes its session's. */
  safety?: SafetyHandlers;
  /** Where the git host's token is kept (the keychain, in the app); without it, set-up takes no token. */
  tokens?: TokenKeeper;
  /** The editor's preferences, kept by the app outside the archive; refused without it. */
  preferences?: PreferencesHandlers;
  /** Opening, creating and copying archive files, over the app's workspace; refused without it. */
  archiveFiles?: ArchiveFilesHandlers;
}

/** The archive's operations over one open archive: the same map serves IPC, tests and tools. */
export function createHandlers(archive: Archive, options: HandlerOptions = {}): HandlersOf<ArchiveContract> {
  const safety = options.safety ?? safetyHandlers(ArchiveSession.opened(archive));
  const records = Object.fromEntries(RECORD_KINDS.map((kind) => [kind, recordHandlers(archive.records[kind])])) as {
    [K in RecordKind]: RecordHandlers<K>;
  };
  return {
    archive: { info: () => archive.info() },
    ...records,
    trash: {
      list: () => archive.trash.list(),
      restore: ({ kind, id }) => archive.trash.restore(kind, id),
      purge: async ({ kind, id }) => ({ purged: await archive.trash.purge(kind, id) }),
      empty: async () => ({ purged: await archive.trash.empty() }),
    },
    search: searchHandlers(archive),
    transfer: createTransferHandlers(archive, options.dialogs ?? noFileDialogs),
    stats: statsHandlers(archive),
    safety,
    history: historyHandlers(archive),
    sharing: sharingHandlers(archive, options.tokens),
    preferences: options.preferences ?? noPreferences,
    archiveFiles: options.archiveFiles ?? noArchiveFiles,
  };
}
