import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import type { RecordKind } from '../../../shared/schemas/common';
import { KIND_NAMES, type RecordOf } from '../../../shared/schemas/kinds';
import { recordLabel } from '../../../shared/derived/labels';
import { openClaims } from '../../../shared/provenance/claims';
import { useArchiveData } from '../data/ArchiveData';
import { confirmDiscard } from '../editing/unsavedChanges';
import { useHistory } from '../history/HistoryProvider';
import { onAppAction, type AppAction } from '../keyboard/appActions';
import { BulkEditBar } from './BulkEditBar';
import { DataTable, type Column, type DataTableHandle } from './DataTable';
import { useNotices } from './Notices';
import type { EditorProps } from './useRecordEditor';
import { useRecordRequest, type RecordRequest } from '../navigation/Navigation';
import { ListWithPanel } from '../layout/ListWithPanel';
import type { ViewProps } from '../reading/RecordView';
import { RecordHistory } from '../features/history/RecordHistory';

interface RecordPageProps<K extends RecordKind> {
  kind: K;
  title: string;
  columns: Column<RecordOf<K>>[];
  initialSort?: { key: string; descending: boolean };
  renderEditor: (props: EditorProps<K>) => ReactNode;
  /** The record's reading page, shown when it is opened; Edit turns it into the form. */
  renderView: (props: ViewProps<RecordOf<K>>) => ReactNode;
  /** Actions on what the list shows: given the ids of its visible rows, in order. */
  renderListActions?: (visibleIds: readonly string[]) => ReactNode;
  /** Narrows the list before its own filters (a page's toggle such as "not word for word"). */
  keepRow?: (row: RecordOf<K>) => boolean;
}

type Selection = { mode: 'none' } | { mode: 'new'; draft?: Record<string, unknown> } | { mode: 'open'; id: string; editing: boolean };
/** Where the keyboard goes once the panel shows what was asked for. */
type FocusAfter = { to: 'editor' } | { to: 'view' } | { to: 'row'; id: string | undefined };

function focusFirstField(panel: HTMLElement | null): void {
  panel?.querySelector<HTMLElement>('form input:not([type="hidden"]), form textarea, form select')?.focus();
}

function focusEditButton(panel: HTMLElement | null): void {
  panel?.querySelector<HTMLElement>('.record-view__actions button')?.focus();
}

/**
 * A kind's page: its list, and beside it (or over it, on a narrow window) the open record,
 * first as a page to read, then as its form once the editor asks to edit it.
 */
export function RecordPage<K extends RecordKind>({ kind, title, columns, initialSort, renderEditor, renderView, renderListActions, keepRow }: RecordPageProps<K>) {
  const { records } = useArchiveData();
  const history = useHistory();
  const { notify } = useNotices();
  const [selection, setSelection] = useState<Selection>({ mode: 'none' });
  const [checked, setChecked] = useState<Set<string>>(new Set());
  const [visibleIds, setVisibleIds] = useState<readonly string[]>([]);
  const tableRef = useRef<DataTableHandle>(null);
  const panelRef = useRef<HTMLElement>(null);
  const focusAfter = useRef<FocusAfter | null>(null);
  const allRows = records[kind] as readonly RecordOf<K>[];
  const [onlyDisputed, setOnlyDisputed] = useState(false);
  const disputed = useMemo(() => allRows.filter((row) => openClaims(row).length > 0).length, [allRows]);
  // Records whose sources disagree carry a badge, in a column only lists that have any show.
  const shownColumns = useMemo<Column<RecordOf<K>>[]>(
    () =>
      disputed === 0
        ? columns
        : [
            ...columns,
            {
              key: 'disagreements',
              header: 'Sources',
              value: (row) => (openClaims(row).length > 0 ? 'disagree' : ''),
              render: (row) => (openClaims(row).length > 0 ? <span className="badge badge--disagreement">disagree</span> : null),
              width: '6.5rem',
              hideBelow: 760,
            },
          ],
    [columns, disputed],
  );
  const rows = useMemo(
    () => allRows.filter((row) => (!keepRow || keepRow(row)) && (!onlyDisputed || openClaims(row).length > 0)),
    [allRows, keepRow, onlyDisputed],
  );
  const open = selection.mode === 'open' ? allRows.find((row) => row.id === selection.id) ?? null : null;
  const editing = selection.mode === 'new' || (selection.mode === 'open' && selection.editing);
  const one = KIND_NAMES[kind].one;

  useEffect(() => {
    const target = focusAfter.current;
    if (!target) return;
    focusAfter.current = null;
    if (target.to === 'editor') focusFirstField(panelRef.current);
    else if (target.to === 'view') focusEditButton(panelRef.current);
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
  useRecordRequest(
    kind,
    useCallback((request: RecordRequest) => {
      if ('id' in request) void showLatest.current({ mode: 'open', id: request.id, editing: false }, { to: 'view' });
      else void showLatest.current({ mode: 'new', draft: request.draft }, { to: 'editor' });
    }, []),
  );

  const focusIsInPanel = () => panelRef.current?.contains(document.activeElement) ?? false;

  const onSaved = (record: RecordOf<K>) => {
    if (selection.mode === 'new') focusAfter.current = { to: 'editor' };
    setSelection({ mode: 'open', id: record.id, editing: true });
    notify({ tone: 'info', text: `Saved ${recordLabel(kind, record)}` });
  };

  /** Escape and Cancel step back: from the form to the record's page, from the page to the list. */
  const onCancel = () => {
    if (open && editing) show({ mode: 'open', id: open.id, editing: false }, { to: 'view' });
    else show({ mode: 'none' }, { to: 'row', id: open?.id });
  };
  const edit = () => {
    if (open && !editing) show({ mode: 'open', id: open.id, editing: true }, { to: 'editor' });
    else focusFirstField(panelRef.current);
  };

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
    if (!id) return;
    const inPanel = focusIsInPanel();
    show({ mode: 'open', id, editing: editing && inPanel }, inPanel ? (editing ? { to: 'editor' } : { to: 'view' }) : { to: 'row', id });
  };

  const handle = (action: AppAction) => {
    if (action === 'new') show({ mode: 'new' }, { to: 'editor' });
    else if (action === 'save') panelRef.current?.querySelector('form')?.requestSubmit();
    else if (action === 'cancel' && selection.mode !== 'none') onCancel();
    else if (action === 'delete' && open) void onDelete(open);
    else if (action === 'next') step(1);
    else if (action === 'previous') step(-1);
    else if (action === 'find') tableRef.current?.focusFilter();
    else if (action === 'edit' && selection.mode !== 'none') edit();
  };
  const latest = useRef(handle);
  latest.current = handle;
  useEffect(() => onAppAction((action) => latest.current(action)), []);

  const draft = selection.mode === 'new' ? selection.draft : undefined;
  const editorProps: EditorProps<K> = { record: open, draft, onSaved, onCancel, onDelete: (record) => void onDelete(record) };
  const checkedRecords = rows.filter((row) => checked.has(row.id));
  const close = () => show({ mode: 'none' }, { to: 'row', id: open?.id });
  const panel =
    selection.mode === 'new' || open ? (
      // A new key per record and mode starts the form afresh when another row is opened.
      <div key={`${open?.id ?? 'new'}:${editing}`} className="list-with-panel__content">
        {editing ? renderEditor(editorProps) : open ? renderView({ record: open, onEdit: edit, onClose: close }) : null}
        {open && !editing ? <RecordHistory kind={kind} record={open} /> : null}
      </div>
    ) : null;

  return (
    <section className="record-page" aria-labelledby={`${kind}-title`}>
      <header className="page-header">
        <h1 id={`${kind}-title`}>{title}</h1>
        <div className="page-header__actions">
          {disputed > 0 || onlyDisputed ? (
            <button type="button" className="button" aria-pressed={onlyDisputed} onClick={() => setOnlyDisputed((on) => !on)}>
              Open disagreements ({disputed})
            </button>
          ) : null}
          {renderListActions?.(visibleIds)}
          <button type="button" className="button button--primary" onClick={() => show({ mode: 'new' }, { to: 'editor' })}>
            New {one}
          </button>
        </div>
      </header>
      {checkedRecords.length > 0 ? <BulkEditBar kind={kind} records={checkedRecords} onClear={() => setChecked(new Set())} /> : null}
      <ListWithPanel
        panelRef={panelRef}
        panelLabel={editing ? `${one} editor` : one}
        panel={panel}
        list={
          <DataTable
            ref={tableRef}
            label={title}
            rows={rows}
            columns={shownColumns}
            selectedId={open?.id ?? null}
            initialSort={initialSort}
            emptyText={`No ${KIND_NAMES[kind].many} yet.`}
            checked={checked}
            onCheckedChange={setChecked}
            rowLabel={(row) => recordLabel(kind, row)}
            onOpen={(row) => show({ mode: 'open', id: row.id, editing: false })}
            onVisibleRowsChange={renderListActions ? setVisibleIds : undefined}
          />
        }
      />
    </section>
  );
}
