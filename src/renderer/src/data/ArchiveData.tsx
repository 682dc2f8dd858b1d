import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { RECORD_KINDS, type RecordKind } from '../../../shared/schemas/common';
import type { RecordOf } from '../../../shared/schemas/kinds';
import type { ArchiveInfo } from '../../../shared/contract/archiveInfo';

type Records = { [K in RecordKind]: readonly RecordOf<K>[] };

interface ArchiveData {
  records: Records;
  info: ArchiveInfo | null;
  loading: boolean;
  loadError: string | null;
  /** Fetch one kind again after a change, so lists show what is on disk. */
  reload(kind: RecordKind): Promise<void>;
}

const emptyRecords = Object.fromEntries(RECORD_KINDS.map((kind) => [kind, []])) as unknown as Records;
const ArchiveDataContext = createContext<ArchiveData | null>(null);

function listKind<K extends RecordKind>(kind: K): Promise<readonly RecordOf<K>[]> {
  return (window.archive[kind].list as () => Promise<readonly RecordOf<K>[]>)();
}

export function ArchiveDataProvider({ children }: { children: ReactNode }) {
  const [records, setRecords] = useState<Records>(emptyRecords);
  const [info, setInfo] = useState<ArchiveInfo | null>(null);
  const [loading, setLoading] = useState(true);
  const [loadError, setLoadError] = useState<string | null>(null);

  const reload = useCallback(async (kind: RecordKind) => {
    const [list, nextInfo] = await Promise.all([listKind(kind), window.archive.archive.info()]);
    setRecords((current) => ({ ...current, [kind]: list }));
    setInfo(nextInfo);
  }, []);

  useEffect(() => {
    let cancelled = false;
    Promise.all([window.archive.archive.info(), ...RECORD_KINDS.map((kind) => listKind(kind))])
      .then(([nextInfo, ...lists]) => {
        if (cancelled) return;
        setInfo(nextInfo);
        setRecords(Object.fromEntries(RECORD_KINDS.map((kind, i) => [kind, lists[i]])) as unknown as Records);
      })
      .catch((error: Error) => !cancelled && setLoadError(error.message))
      .finally(() => !cancelled && setLoading(false));
    return () => {
      cancelled = true;
    };
  }, []);

  const value = useMemo(() => ({ records, info, loading, loadError, reload }), [records, info, loading, loadError, reload]);
  return <ArchiveDataContext.Provider value={value}>{children}</ArchiveDataContext.Provider>;
}

export function useArchiveData(): ArchiveData {
  const data = useContext(ArchiveDataContext);
  if (!data) throw new Error('useArchiveData must be used inside ArchiveDataProvider');
  return data;
}

/** One map per list: every row of a long table asks for it, and each list is replaced, never changed, on an edit. */
const mapsByList = new WeakMap<readonly unknown[], Map<string, unknown>>();

/** Records of one kind by id, for showing names instead of ids. */
export function useRecordMap<K extends RecordKind>(kind: K): Map<string, RecordOf<K>> {
  const { records } = useArchiveData();
  const list = records[kind] as readonly RecordOf<K>[];
  return useMemo(() => {
    let map = mapsByList.get(list);
    if (!map) {
      map = new Map(list.map((record) => [record.id, record]));
      mapsByList.set(list, map);
    }
    return map as Map<string, RecordOf<K>>;
  }, [list]);
}
