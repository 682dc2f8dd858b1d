import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useImperativeHandle, useMemo, useRef, useState, type KeyboardEvent, type MouseEvent, type ReactNode, type Ref } from 'react';
import { foldText } from '../../../shared/search/normalize';
import { useElementWidth } from './useElementWidth';
import { ColumnChooser } from './ColumnChooser';
import { ColumnResizer } from './ColumnResizer';
import { columnTracks, shownColumns, withWidth } from './columnLayout';
import { useColumnLayout } from './useColumnLayout';

export interface Column<Row> {
  key: string;
  header: string;
  /** The value sorted and filtered on. */
  value: (row: Row) => string | number;
  render?: (row: Row) => ReactNode;
  width?: string;
  align?: 'start' | 'end';
  /** Left out while the list is narrower than this many pixels (a record open beside it); still filtered on. */
  hideBelow?: number;
  /** A class for the column's cells (`data-table__cell--words`: two lines, whole when the row has focus). */
  cellClass?: string;
}

/** What a page can ask of its list: keyboard focus and the order the editor sees. */
export interface DataTableHandle {
  focusRow(id: string): void;
  focusFilter(): void;
  /** The id `step` rows from `id` in the list as sorted and filtered (the first row when id is null). */
  neighbour(id: string | null, step: 1 | -1): string | undefined;
}

interface DataTableProps<Row extends { id: string }> {
  label: string;
  rows: readonly Row[];
  columns: Column<Row>[];
  /** The row open in the panel beside the list. */
  selectedId?: string | null;
  onOpen: (row: Row) => void;
  initialSort?: { key: string; descending: boolean } | undefined;
  emptyText: string;
  /** Told the ids of the rows the list shows (filtered and sorted), whenever they change. */
  onVisibleRowsChange?: (ids: readonly string[]) => void;
  /** Rows ticked for a bulk action; the list gets a checkbox column when given. */
  checked?: ReadonlySet<string>;
  onCheckedChange?: (ids: Set<string>) => void;
  /** How a row's checkbox names it ("Select …"); the first column by default. */
  rowLabel?: (row: Row) => string;
  /** The list's name in the preferences, where the columns the editor chose and sized are kept. */
  layoutName?: string;
  /** Taller rows for lists whose cells wrap to two lines. */
  rowHeight?: number;
  ref?: Ref<DataTableHandle>;
}

const ROW_HEIGHT = 40;

/**
 * A sortable list, filterable as a whole or column by column, that renders only the rows in
 * view so long archives stay fast. Rows are reached with the arrow keys and ticked for bulk
 * edits with Space, Shift and Ctrl/Cmd as in a file manager.
 */
export function DataTable<Row extends { id: string }>(props: DataTableProps<Row>) {
  const { label, rows, columns: allColumns, selectedId, onOpen, emptyText, checked, onCheckedChange, rowLabel, ref, onVisibleRowsChange, layoutName, rowHeight = ROW_HEIGHT } = props;
  const { layout, preview, keep } = useColumnLayout(layoutName);
  const [sort, setSort] = useState(props.initialSort ?? { key: allColumns[0]?.key ?? '', descending: false });
  const [filter, setFilter] = useState('');
  const [columnFilters, setColumnFilters] = useState<Record<string, string>>({});
  const [showColumnFilters, setShowColumnFilters] = useState(false);
  const [activeIndex, setActiveIndex] = useState(0);
  const [focusIndex, setFocusIndex] = useState<number | null>(null);
  const anchor = useRef<number | null>(null);
  const scrollRef = useRef<HTMLDivElement>(null);
  const filterRef = useRef<HTMLInputElement>(null);
  const tableRef = useRef<HTMLDivElement>(null);
  const lower = label.toLowerCase();
  const tableWidth = useElementWidth(tableRef);
  const shown = useMemo(
    () => shownColumns(allColumns, layout).filter((column) => !column.hideBelow || tableWidth === 0 || tableWidth >= column.hideBelow),
    [allColumns, tableWidth, layout],
  );

  const visible = useMemo(() => {
    const needle = foldText(filter.trim());
    const perColumn = allColumns
      .map((column) => ({ column, needle: foldText((columnFilters[column.key] ?? '').trim()) }))
      .filter((entry) => entry.needle !== '');
    const filtered =
      needle || perColumn.length > 0
        ? rows.filter(
            (row) =>
              (!needle || allColumns.some((column) => foldText(String(column.value(row))).includes(needle))) &&
              perColumn.every((entry) => foldText(String(entry.column.value(row))).includes(entry.needle)),
          )
        : [...rows];
    const column = allColumns.find((candidate) => candidate.key === sort.key);
    if (column) {
      const keyed = filtered.map((row) => ({ row, key: column.value(row) }));
      keyed.sort((a, b) => {
        const order = typeof a.key === 'number' && typeof b.key === 'number' ? a.key - b.key : String(a.key).localeCompare(String(b.key));
        return sort.descending ? -order : order;
      });
      return keyed.map((entry) => entry.row);
    }
    return filtered;
  }, [rows, allColumns, filter, columnFilters, sort]);

  const columns = shown;
  const indexOf = useMemo(() => new Map(visible.map((row, index) => [row.id, index])), [visible]);

  useEffect(() => onVisibleRowsChange?.(visible.map((row) => row.id)), [visible, onVisibleRowsChange]);

  const virtualizer = useVirtualizer({
    count: visible.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => rowHeight,
    overscan: 12,
  });

  const moveFocus = (index: number) => {
    const clamped = Math.max(0, Math.min(visible.length - 1, index));
    if (visible.length === 0) return;
    setActiveIndex(clamped);
    setFocusIndex(clamped);
    virtualizer.scrollToIndex(clamped, { align: 'auto' });
  };

  // A row scrolled into view is only in the DOM after the next render: focus it then.
  useEffect(() => {
    if (focusIndex === null) return;
    const element = tableRef.current?.querySelector<HTMLElement>(`[data-index="${focusIndex}"]`);
    if (element) {
      element.focus();
      setFocusIndex(null);
    }
  });

  useImperativeHandle(
    ref,
    () => ({
      focusRow: (id) => {
        const index = indexOf.get(id);
        if (index !== undefined) moveFocus(index);
        else filterRef.current?.focus();
      },
      focusFilter: () => {
        filterRef.current?.focus();
        filterRef.current?.select();
      },
      neighbour: (id, step) => {
        const index = id === null ? undefined : indexOf.get(id);
        const next = index === undefined ? (step === 1 ? 0 : visible.length - 1) : index + step;
        return visible[next]?.id;
      },
    }),
    // moveFocus reads only the values listed.
    [indexOf, visible],
  );

  const selectable = checked !== undefined && onCheckedChange !== undefined;
  const setChecked = (ids: Iterable<string>) => onCheckedChange?.(new Set(ids));
  const toggle = (index: number) => {
    const row = visible[index];
    if (!row || !checked) return;
    const next = new Set(checked);
    if (next.has(row.id)) next.delete(row.id);
    else next.add(row.id);
    anchor.current = index;
    setChecked(next);
  };
  const checkRange = (to: number) => {
    const from = anchor.current ?? to;
    const [low, high] = from <= to ? [from, to] : [to, from];
    setChecked([...(checked ?? []), ...visible.slice(low, high + 1).map((row) => row.id)]);
  };

  const onRowClick = (event: MouseEvent, row: Row, index: number) => {
    setActiveIndex(index);
    if (selectable && (event.ctrlKey || event.metaKey)) return toggle(index);
    if (selectable && event.shiftKey) return checkRange(index);
    anchor.current = index;
    onOpen(row);
  };

  const onRowKeyDown = (event: KeyboardEvent, row: Row, index: number) => {
    const mod = event.ctrlKey || event.metaKey;
    if (event.altKey) return; // Alt+arrows step through records: the page's shortcut.
    const step = { ArrowDown: 1, ArrowUp: -1, PageDown: 10, PageUp: -10 }[event.key];
    if (step !== undefined) {
      event.preventDefault();
      if (selectable && event.shiftKey) {
        if (anchor.current === null) anchor.current = index;
        checkRange(Math.max(0, Math.min(visible.length - 1, index + step)));
      }
      moveFocus(index + step);
    } else if (event.key === 'Home' || event.key === 'End') {
      event.preventDefault();
      moveFocus(event.key === 'Home' ? 0 : visible.length - 1);
    } else if (event.key === 'Enter') {
      event.preventDefault();
      anchor.current = index;
      onOpen(row);
    } else if (selectable && event.key === ' ') {
      event.preventDefault();
      toggle(index);
    } else if (selectable && mod && event.key.toLowerCase() === 'a') {
      event.preventDefault();
      setChecked(visible.map((candidate) => candidate.id));
    } else if (selectable && event.key === 'Escape' && checked && checked.size > 0) {
      event.stopPropagation();
      setChecked([]);
    }
  };

  // A record opened from elsewhere (openRecord) may be far down the list: bring it into view.
  useEffect(() => {
    const index = selectedId ? visible.findIndex((row) => row.id === selectedId) : -1;
    if (index >= 0) virtualizer.scrollToIndex(index, { align: 'auto' });
  }, [selectedId]); // only when the selection changes, not on every sort or filter

  const allChecked = selectable && visible.length > 0 && visible.every((row) => checked.has(row.id));
  const template = [...(selectable ? ['2.4rem'] : []), ...columnTracks(columns, layout)].join(' ');
  const anyColumnFilter = Object.values(columnFilters).some((value) => value.trim() !== '');
  const filtering = filter.trim() !== '' || anyColumnFilter;

  return (
    <div className="data-table">
      <div className="data-table__toolbar">
        <input
          ref={filterRef}
          type="search"
          className="data-table__filter"
          placeholder={`Filter ${lower}…`}
          aria-label={`Filter ${lower}`}
          value={filter}
          onChange={(event) => setFilter(event.target.value)}
          onKeyDown={(event) => {
            if (event.key === 'ArrowDown') {
              event.preventDefault();
              moveFocus(0);
            }
          }}
        />
        <button type="button" className="button button--small" aria-pressed={showColumnFilters || anyColumnFilter} onClick={() => setShowColumnFilters((shown) => !shown)}>
          Filter by column
        </button>
        {layoutName ? <ColumnChooser list={lower} columns={allColumns} layout={layout} onChange={keep} /> : null}
        <span className="data-table__count" aria-live="polite">
          {visible.length === rows.length ? `${rows.length} ${lower}` : `${visible.length} of ${rows.length}`}
          {selectable && checked.size > 0 ? `, ${checked.size} selected` : ''}
        </span>
      </div>
      <div ref={tableRef} role="table" aria-label={label} aria-rowcount={visible.length} className="data-table__table">
        <div role="rowgroup">
          <div role="row" className="data-table__head" style={{ gridTemplateColumns: template }}>
            {selectable ? (
              <div role="columnheader" className="data-table__check">
                <input type="checkbox" aria-label={`Select every row shown`} checked={allChecked} onChange={() => setChecked(allChecked ? [] : visible.map((row) => row.id))} />
              </div>
            ) : null}
            {columns.map((column) => (
              <div role="columnheader" key={column.key} aria-sort={sort.key === column.key ? (sort.descending ? 'descending' : 'ascending') : 'none'}>
                <button
                  type="button"
                  className={`data-table__sort${column.align === 'end' ? ' data-table__sort--end' : ''}`}
                  onClick={() => setSort((current) => ({ key: column.key, descending: current.key === column.key ? !current.descending : false }))}
                >
                  {column.header}
                  <span aria-hidden="true">{sort.key === column.key ? (sort.descending ? ' ▾' : ' ▴') : ''}</span>
                </button>
                {layoutName ? (
                  <ColumnResizer header={column.header} onResize={(width) => preview(withWidth(layout, column.key, width))} onResized={(width) => keep(withWidth(layout, column.key, width))} />
                ) : null}
              </div>
            ))}
          </div>
          {showColumnFilters || anyColumnFilter ? (
            <div role="row" className="data-table__column-filters" style={{ gridTemplateColumns: template }}>
              {selectable ? <div role="cell" /> : null}
              {columns.map((column) => (
                <div role="cell" key={column.key}>
                  <input
                    type="search"
                    aria-label={`Filter by ${column.header.toLowerCase()}`}
                    placeholder="contains…"
                    value={columnFilters[column.key] ?? ''}
                    onChange={(event) => setColumnFilters((current) => ({ ...current, [column.key]: event.target.value }))}
                  />
                </div>
              ))}
            </div>
          ) : null}
        </div>
        <div role="rowgroup" ref={scrollRef} className="data-table__body">
          {visible.length === 0 ? (
            <div role="row">
              <p role="cell" className="data-table__empty">
                {filtering ? 'Nothing matches this filter.' : emptyText}
              </p>
            </div>
          ) : (
            <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
              {virtualizer.getVirtualItems().map((item) => {
                const row = visible[item.index] as Row;
                const isChecked = selectable && checked.has(row.id);
                return (
                  <div
                    role="row"
                    key={row.id}
                    data-index={item.index}
                    aria-rowindex={item.index + 1}
                    aria-selected={selectable ? isChecked : row.id === selectedId}
                    aria-current={row.id === selectedId ? 'true' : undefined}
                    tabIndex={item.index === Math.min(activeIndex, visible.length - 1) ? 0 : -1}
                    className="data-table__row"
                    style={{ gridTemplateColumns: template, transform: `translateY(${item.start}px)`, height: rowHeight }}
                    onClick={(event) => onRowClick(event, row, item.index)}
                    onFocus={() => setActiveIndex(item.index)}
                    onKeyDown={(event) => onRowKeyDown(event, row, item.index)}
                  >
                    {selectable ? (
                      <div role="cell" className="data-table__check" onClick={(event) => event.stopPropagation()}>
                        <input
                          type="checkbox"
                          tabIndex={-1}
                          aria-label={`Select ${rowLabel ? rowLabel(row) : String(columns[0]?.value(row) ?? row.id)}`}
                          checked={isChecked}
                          onChange={() => undefined}
                          onClick={(event) => (event.shiftKey ? checkRange(item.index) : toggle(item.index))}
                        />
                      </div>
                    ) : null}
                    {columns.map((column) => (
                      <div role="cell" key={column.key} className={[column.align === 'end' ? 'data-table__cell--end' : '', column.cellClass ?? ''].join(' ').trim() || undefined}>
                        {column.render ? column.render(row) : column.value(row)}
                      </div>
                    ))}
                  </div>
                );
              })}
            </div>
          )}
        </div>
      </div>
    </div>
  );
}
