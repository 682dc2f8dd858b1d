import { useEffect, useMemo, useRef, useState } from 'react';
import type { TrashEntry } from '../../../../shared/schemas/trash';
import { KIND_NAMES, type AnyRecord } from '../../../../shared/schemas/kinds';
import { recordLabel } from '../../../../shared/derived/labels';
import { DataTable, type Column, type DataTableHandle } from '../../components/DataTable';
import { useNotices } from '../../components/Notices';
import { useHistory } from '../../history/HistoryProvider';
import { onAppAction } from '../../keyboard/appActions';

interface TrashRow {
  id: string;
  entry: TrashEntry;
  label: string;
}

const columns: Column<TrashRow>[] = [
  { key: 'deletedAt', header: 'Deleted', value: (row) => row.entry.deletedAt, render: (row) => new Date(row.entry.deletedAt).toLocaleString(), width: '11rem' },
  { key: 'kind', header: 'Kind', value: (row) => KIND_NAMES[row.entry.kind].one, width: '6.5rem' },
  { key: 'label', header: 'Record', value: (row) => row.label, width: 'minmax(14rem, 1fr)' },
];

/** Deleted records, newest first; restoring one puts it back under its own id. */
export function TrashPage() {
  const history = useHistory();
  const { notify } = useNotices();
  const [entries, setEntries] = useState<TrashEntry[] | null>(null);
  const [openId, setOpenId] = useState<string | null>(null);
  const tableRef = useRef<DataTableHandle>(null);

  useEffect(() => {
    let current = true;
    void window.archive.trash.list().then((list: TrashEntry[]) => current && setEntries(list));
    return () => {
      current = false;
    };
  }, [history.version]);
  useEffect(() => onAppAction((action) => action === 'find' && tableRef.current?.focusFilter()), []);

  const rows = useMemo<TrashRow[]>(
    () => (entries ?? []).map((entry) => ({ id: `${entry.kind}:${entry.record.id}`, entry, label: recordLabel(entry.kind, entry.record as AnyRecord) })),
    [entries],
  );
  const open = rows.find((row) => row.id === openId) ?? null;

  const restore = async (row: TrashRow) => {
    const next = tableRef.current?.neighbour(row.id, 1) ?? tableRef.current?.neighbour(row.id, -1);
    try {
      await history.restore(row.entry.kind, row.entry.record.id);
      setOpenId(null);
      notify({ tone: 'info', text: `Restored ${KIND_NAMES[row.entry.kind].one} ${row.label}`, action: { label: 'Undo', run: () => void history.undo() } });
      if (next) requestAnimationFrame(() => tableRef.current?.focusRow(next));
      else tableRef.current?.focusFilter();
    } catch (error) {
      notify({ tone: 'error', text: (error as Error).message });
    }
  };

  return (
    <section className="record-page" aria-labelledby="trash-title">
      <header className="page-header">
        <h1 id="trash-title">Trash</h1>
      </header>
      <div className="record-page__body">
        <DataTable
          ref={tableRef}
          label="Deleted records"
          rows={rows}
          columns={columns}
          selectedId={openId}
          initialSort={{ key: 'deletedAt', descending: true }}
          emptyText={entries ? 'The trash is empty.' : 'Opening the trash…'}
          onOpen={(row) => setOpenId(row.id)}
        />
        <aside className="record-page__panel" aria-label="Deleted record">
          {open ? (
            <article className="details" aria-label={open.label}>
              <header className="editor__header">
                <h2>{open.label}</h2>
                <p className="editor__subtitle">
                  {KIND_NAMES[open.entry.kind].one} · deleted {new Date(open.entry.deletedAt).toLocaleString()}
                </p>
              </header>
              <div className="editor__body">
                <p className="muted">Restoring puts it back where it was, under its own id, if the records it refers to are still in the archive.</p>
                <div>
                  <button type="button" className="button button--primary" onClick={() => void restore(open)}>
                    Restore
                  </button>
                </div>
              </div>
            </article>
          ) : (
            <div className="panel-empty">
              <p>Deleted records wait here. Select one to restore it.</p>
            </div>
          )}
        </aside>
      </div>
    </section>
  );
}
