import { useCallback, useState, type ReactNode } from 'react';
import type { RecordKind } from '../../../shared/schemas/common';
import { KIND_NAMES, type RecordOf } from '../../../shared/schemas/kinds';
import { recordLabel } from '../../../shared/derived/labels';
import { useArchiveData } from '../data/ArchiveData';
import { useRecordRequest } from '../navigation/Navigation';
import { DataTable, type Column } from './DataTable';

export interface EditorProps<K extends RecordKind> {
  record: RecordOf<K> | null;
  onSaved: (record: RecordOf<K>) => void;
  onCancel: () => void;
  onDelete: (record: RecordOf<K>) => void;
}

interface RecordPageProps<K extends RecordKind> {
  kind: K;
  title: string;
  columns: Column<RecordOf<K>>[];
  initialSort?: { key: string; descending: boolean };
  /** Kinds without a form yet show their records read-only. */
  renderEditor?: (props: EditorProps<K>) => ReactNode;
  renderDetails?: (record: RecordOf<K>) => ReactNode;
}

type Selection = { mode: 'none' } | { mode: 'new' } | { mode: 'open'; id: string };

/** A kind's page: its list on the left, the open record on the right. */
export function RecordPage<K extends RecordKind>({ kind, title, columns, initialSort, renderEditor, renderDetails }: RecordPageProps<K>) {
  const { records, reload } = useArchiveData();
  const [selection, setSelection] = useState<Selection>({ mode: 'none' });
  const [notice, setNotice] = useState<{ tone: 'info' | 'error'; text: string } | null>(null);
  useRecordRequest(kind, useCallback((id: string) => setSelection({ mode: 'open', id }), []));
  const rows = records[kind] as readonly RecordOf<K>[];
  const open = selection.mode === 'open' ? rows.find((row) => row.id === selection.id) ?? null : null;
  const one = KIND_NAMES[kind].one;

  const onSaved = async (record: RecordOf<K>) => {
    await reload(kind);
    setSelection({ mode: 'open', id: record.id });
    setNotice({ tone: 'info', text: `Saved ${recordLabel(kind, record)}` });
  };

  const onDelete = async (record: RecordOf<K>) => {
    if (!window.confirm(`Delete ${one} ${recordLabel(kind, record)}? This cannot be undone.`)) return;
    try {
      await (window.archive[kind].delete as (input: { id: string }) => Promise<unknown>)({ id: record.id });
      await reload(kind);
      setSelection({ mode: 'none' });
      setNotice({ tone: 'info', text: `Deleted ${recordLabel(kind, record)}` });
    } catch (error) {
      setNotice({ tone: 'error', text: (error as Error).message });
    }
  };

  const editorProps: EditorProps<K> = { record: open, onSaved, onCancel: () => setSelection({ mode: 'none' }), onDelete };
  const panel =
    selection.mode === 'none' ? (
      <div className="panel-empty">
        <p>Select a {one} to see it{renderEditor ? ' and edit it' : ''}.</p>
      </div>
    ) : renderEditor && (selection.mode === 'new' || open) ? (
      // A new key per record resets the form when another row is opened.
      <div key={selection.mode === 'new' ? 'new' : open?.id}>{renderEditor(editorProps)}</div>
    ) : open && renderDetails ? (
      renderDetails(open)
    ) : null;

  return (
    <section className="record-page" aria-labelledby={`${kind}-title`}>
      <header className="page-header">
        <h1 id={`${kind}-title`}>{title}</h1>
        {renderEditor ? (
          <button type="button" className="button button--primary" onClick={() => setSelection({ mode: 'new' })}>
            New {one}
          </button>
        ) : null}
      </header>
      {notice ? (
        <p className={`notice notice--${notice.tone}`} role={notice.tone === 'error' ? 'alert' : 'status'}>
          {notice.text}
          <button type="button" className="notice__close" aria-label="Dismiss" onClick={() => setNotice(null)}>
            ×
          </button>
        </p>
      ) : null}
      <div className="record-page__body">
        <DataTable
          label={title}
          rows={rows}
          columns={columns}
          selectedId={open?.id ?? null}
          initialSort={initialSort}
          emptyText={`No ${KIND_NAMES[kind].many} yet.`}
          onOpen={(row) => setSelection({ mode: 'open', id: row.id })}
        />
        <aside className="record-page__panel" aria-label={`${one} details`}>
          {panel}
        </aside>
      </div>
    </section>
  );
}
