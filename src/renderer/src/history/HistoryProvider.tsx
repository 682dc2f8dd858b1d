import { createContext, useCallback, useContext, useMemo, useState, useSyncExternalStore, type ReactNode } from 'react';
import type { RecordKind } from '../../../shared/schemas/common';
import type { InputOf, RecordOf } from '../../../shared/schemas/kinds';
import { useArchiveData } from '../data/ArchiveData';
import { useNotices } from '../components/Notices';
import { CommandHistory, type Command, type HistoryState } from './commandHistory';
import { createRecord, deleteRecord, editRecords, restoreRecord, restoreVersion, updateRecord } from './recordCommands';
import type { BulkEdit } from '../../../shared/contract/bulkEdit';

interface History extends HistoryState {
  /** Counts finished changes, so views that fetch for themselves (the trash) know to fetch again. */
  version: number;
  create<K extends RecordKind>(kind: K, values: InputOf<K>): Promise<RecordOf<K>>;
  update<K extends RecordKind>(kind: K, before: RecordOf<K>, values: InputOf<K>): Promise<RecordOf<K>>;
  remove<K extends RecordKind>(kind: K, record: RecordOf<K>): Promise<void>;
  restore(kind: RecordKind, id: string): Promise<void>;
  /** Puts an open record back as a commit of the git history left it. */
  restoreVersion(kind: RecordKind, id: string, commit: string): Promise<void>;
  /** One bulk edit of many records: one write, one step to undo; answers the step's label. */
  editMany<K extends RecordKind>(kind: K, records: readonly RecordOf<K>[], edit: BulkEdit, sourceTitle?: string): Promise<string>;
  undo(): Promise<void>;
  redo(): Promise<void>;
}

const HistoryContext = createContext<History | null>(null);

/** The session's undo history over window.archive; every change reloads the lists it touches. */
export function HistoryProvider({ children }: { children: ReactNode }) {
  const { reload } = useArchiveData();
  const { notify } = useNotices();
  const [history] = useState(() => new CommandHistory());
  const state = useSyncExternalStore(
    useCallback((listener) => history.subscribe(listener), [history]),
    useCallback(() => stateKey(history.state()), [history]),
  );
  const [version, setVersion] = useState(0);

  const refresh = useCallback(
    async (command: Command | null) => {
      if (command) await Promise.all(command.kinds.map((kind) => reload(kind)));
      setVersion((current) => current + 1);
    },
    [reload],
  );

  const perform = useCallback(
    async <T,>(change: () => Promise<{ result: T; command: Command }>): Promise<T> => {
      const { result, command } = await history.perform(change);
      await refresh(command);
      return result;
    },
    [history, refresh],
  );

  const step = useCallback(
    async (which: 'undo' | 'redo') => {
      try {
        const command = await history[which]();
        await refresh(command);
        notify(command ? { tone: 'info', text: `${which === 'undo' ? 'Undone' : 'Redone'}: ${command.label}` } : { tone: 'info', text: `Nothing to ${which}` });
      } catch (error) {
        notify({ tone: 'error', text: `Cannot ${which}: ${(error as Error).message}` });
      }
    },
    [history, refresh, notify],
  );

  const value = useMemo<History>(
    () => ({
      ...history.state(),
      version,
      create: (kind, values) => perform(() => createRecord(window.archive, kind, values)),
      update: (kind, before, values) => perform(() => updateRecord(window.archive, kind, before, values)),
      remove: async (kind, record) => void (await perform(() => deleteRecord(window.archive, kind, record))),
      restore: async (kind, id) => void (await perform(() => restoreRecord(window.archive, kind, id))),
      restoreVersion: async (kind, id, commit) =>
        void (await perform(async () => restoreVersion(window.archive, kind, await window.archive[kind].get({ id }), commit))),
      editMany: async (kind, records, edit, sourceTitle) => {
        const { command } = await history.perform(() => editRecords(window.archive, kind, records, edit, sourceTitle));
        await refresh(command);
        return command.label;
      },
      undo: () => step('undo'),
      redo: () => step('redo'),
    }),
    // `state` changes whenever the labels do; the history object itself never changes.
    [history, state, version, perform, step, refresh],
  );
  return <HistoryContext.Provider value={value}>{children}</HistoryContext.Provider>;
}

function stateKey(state: HistoryState): string {
  return `${state.undoLabel ?? ''}\u0000${state.redoLabel ?? ''}`;
}

export function useHistory(): History {
  const history = useContext(HistoryContext);
  if (!history) throw new Error('useHistory must be used inside HistoryProvider');
  return history;
}
