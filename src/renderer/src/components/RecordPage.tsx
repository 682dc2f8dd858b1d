import { useCallback, useEffect, useRef, useState, type ReactNode } from 'react';
import type { RecordKind } from '../../../shared/schemas/common';
import { KIND_NAMES, type RecordOf } from '../../../shared/schemas/kinds';
import { recordLabel } from '../../../shared/derived/labels';
import { useArchiveData } from '../data/ArchiveData';
import { confirmDiscard } from '../editing/unsavedChanges';
import { useHistory } from '../history/HistoryProvider';
import { onAppAction, type AppAction } from '../keyboard/appActions';
import { BulkEditBar } from './BulkEditBar';
import { DataTable, type Column, type DataTableHandle } from './DataTable';
import { useNotices } from './Notices';
import type { EditorProps } from './useRecordEditor';
import { useRecordRequest } from '../navigation/Navigation';

interface RecordPageProps<K extends RecordKind> {
  kind: K;
  title: string;
  columns: Column<RecordOf<K>>[];
  initialSort?: { key: string; descending: boolean };
  renderEditor: (props: EditorProps<K>) => ReactNode;
  /** Actions on what the list shows: given the ids of its visible rows, in order. */
  renderListActions?: (visibleIds: readonly string[]) => ReactNode;
}

type Selection = { mode: 'none' } | { mode: 'new' } | { mode: 'open'; id: string };
/** Where the keyboard goes once the panel shows what was asked for. */
type FocusAfter = { to: 'editor' } | { to: 'row'; id: string | undefined };

function focusFirstField(panel: HTMLElement | null): void {
  panel?.querySelector<HTMLElement>('form input:not([type="hidden"]), form textarea, form select')?.focus();
}

/** A kind's page: its list on the left, the open record's editor on the right. */
export function RecordPage<K extends RecordKind>({ kind, title, columns, initialSort, renderEditor, renderListActions }: RecordPageProps<K>) {
  const { records } = useArchiveData();
  const history = useHistory();
  const { notify } = useNotices();
  const [selection, setSelection] = useState<Selection>({ mode: 'none' });
  const [checked, setChecked] = useState<Set<string>>(new Set());
  const [visibleIds, setVisibleIds] = useState<readonly string[]>([]);
  const tableRef = useRef<DataTableHandle>(null);
  const panelRef = useRef<HTMLElement>(null);
  const focusAfter = useRef<FocusAfter | null>(null);
  const rows = records[kind] as readonly RecordOf<K>[];
  const open = selection.mode === 'open' ? rows.find((row) => row.id === selection.id) ?? null : null;
  const one = KIND_NAMES[kind].one;

  useEffect(() => {
    const target = focusAfter.current;
    if (!target) return;
    focusAfter.current = null;
    if (target.to === 'editor') focusFirstField(panelRef.current);
    else if (target.id) tableRef.current?.focusRow(target.id);
    else tableRef.current?.focusFilter();
  });

  /** Shows another record (or none), asking first when the open form has unsaved changes. */
  const show = (next: Selection, focus: FocusAfter | null = null): boolean => {
    if (!confirmDiscard()) return false;
    setSelection(next);
    focusAfter.current = focus;
    return true;
  };

  // A record opened from elsewhere (the timeline, the palette) asks this page to show it.
  const showLatest = useRef(show);
  showLatest.current = show;
  useRecordRequest(kind, useCallback((id: string) => void showLatest.current({ mode: 'open', id }), []));

  const focusIsInPanel = () => panelRef.current?.contains(document.activeElement) ?? false;

  const onSaved = (record: RecordOf<K>) => {
    if (selection.mode === 'new') focusAfter.current = { to: 'editor' };
    setSelection({ mode: 'open', id: record.id });
    notify({ tone: 'info', text: `Saved ${recordLabel(kind, record)}` });
  };

  const onCancel = () => show({ mode: 'none' }, { to: 'row', id: open?.id });

  const onDelete = async (record: RecordOf<K>) => {
    const after = tableRef.current?.neighbour(record.id, 1) ?? tableRef.current?.neighbour(record.id, -1);
    try {
      await history.remove(kind, record);
      setSelection({ mode: 'none' });
      focusAfter.current = { to: 'row', id: after };
      notify({ tone: 'info', text: `Deleted ${recordLabel(kind, record)}: it is in the trash`, action: { label: 'Undo', run: () => void history.undo() } });
    } catch (error) {
      notify({ tone: 'error', text: (error as Error).message });
    }
  };

  const step = (direction: 1 | -1) => {
    const id = tableRef.current?.neighbour(open?.id ?? null, direction);
    if (id) show({ mode: 'open', id }, focusIsInPanel() ? { to: 'editor' } : { to: 'row', id });
  };

  const handle = (action: AppAction) => {
    if (action === 'new') show({ mode: 'new' }, { to: 'editor' });
    else if (action === 'save') panelRef.current?.querySelector('form')?.requestSubmit();
    else if (action === 'cancel' && selection.mode !== 'none') onCancel();
    else if (action === 'delete' && open) void onDelete(open);
    else if (action === 'next') step(1);
    else if (action === 'previous') step(-1);
    else if (action === 'find') tableRef.current?.focusFilter();
    else if (action === 'edit') focusFirstField(panelRef.current);
  };
  const latest = useRef(handle);
  latest.current = handle;
  useEffect(() => onAppAction((action) => latest.current(action)), []);

  const editorProps: EditorProps<K> = { record: open, onSaved, onCancel, onDelete: (record) => void onDelete(record) };
  const checkedRecords = rows.filter((row) => checked.has(row.id));

  return (
    <section className="record-page" aria-labelledby={`${kind}-title`}>
      <header className="page-header">
        <h1 id={`${kind}-title`}>{title}</h1>
        <div className="page-header__actions">
          {renderListActions?.(visibleIds)}
          <button type="button" className="button button--primary" onClick={() => show({ mode: 'new' }, { to: 'editor' })}>
            New {one}
          </button>
        </div>
      </header>
      {checkedRecords.length > 0 ? <BulkEditBar kind={kind} records={checkedRecords} onClear={() => setChecked(new Set())} /> : null}
      <div className="record-page__body">
        <DataTable
          ref={tableRef}
          label={title}
          rows={rows}
          columns={columns}
          selectedId={open?.id ?? null}
          initialSort={initialSort}
          emptyText={`No ${KIND_NAMES[kind].many} yet.`}
          checked={checked}
          onCheckedChange={setChecked}
          rowLabel={(row) => recordLabel(kind, row)}
          onOpen={(row) => show({ mode: 'open', id: row.id })}
          onVisibleRowsChange={renderListActions ? setVisibleIds : undefined}
        />
        <aside ref={panelRef} className="record-page__panel" aria-label={`${one} editor`}>
          {selection.mode === 'new' || open ? (
            // A new key per record starts the form afresh when another row is opened.
            <div key={open?.id ?? 'new'}>{renderEditor(editorProps)}</div>
          ) : (
            <div className="panel-empty">
              <p>
                Select a {one} to edit it, or press <kbd>?</kbd> for the keyboard shortcuts.
              </p>
            </div>
          )}
        </aside>
      </div>
    </section>
  );
}
