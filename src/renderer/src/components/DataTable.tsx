import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { foldForFilter } from './foldForFilter';

export interface Column<Row> {
  key: string;
  header: string;
  /** The value sorted and filtered on. */
  value: (row: Row) => string | number;
  render?: (row: Row) => ReactNode;
  width?: string;
  align?: 'start' | 'end';
}

interface DataTableProps<Row extends { id: string }> {
  label: string;
  rows: readonly Row[];
  columns: Column<Row>[];
  selectedId?: string | null;
  onOpen: (row: Row) => void;
  initialSort?: { key: string; descending: boolean };
  emptyText: string;
}

const ROW_HEIGHT = 40;

/** A sortable, filterable list that renders only the rows in view, so long archives stay fast. */
export function DataTable<Row extends { id: string }>(props: DataTableProps<Row>) {
  const { label, rows, columns, selectedId, onOpen, emptyText } = props;
  const [sort, setSort] = useState(props.initialSort ?? { key: columns[0]?.key ?? '', descending: false });
  const [filter, setFilter] = useState('');
  const scrollRef = useRef<HTMLDivElement>(null);

  const visible = useMemo(() => {
    const needle = foldForFilter(filter.trim());
    const filtered = needle
      ? rows.filter((row) => columns.some((column) => foldForFilter(String(column.value(row))).includes(needle)))
      : [...rows];
    const column = columns.find((candidate) => candidate.key === sort.key);
    if (column) {
      filtered.sort((a, b) => {
        const x = column.value(a);
        const y = column.value(b);
        const order = typeof x === 'number' && typeof y === 'number' ? x - y : String(x).localeCompare(String(y));
        return sort.descending ? -order : order;
      });
    }
    return filtered;
  }, [rows, columns, filter, sort]);

  const virtualizer = useVirtualizer({
    count: visible.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12,
  });
  // A record opened from elsewhere (openRecord) may be far down the list: bring it into view.
  useEffect(() => {
    const index = selectedId ? visible.findIndex((row) => row.id === selectedId) : -1;
    if (index >= 0) virtualizer.scrollToIndex(index, { align: 'auto' });
  }, [selectedId]); // only when the selection changes, not on every sort or filter
  const template = columns.map((column) => column.width ?? '1fr').join(' ');

  return (
    <div className="data-table">
      <div className="data-table__toolbar">
        <input
          type="search"
          className="data-table__filter"
          placeholder={`Filter ${label.toLowerCase()}…`}
          aria-label={`Filter ${label.toLowerCase()}`}
          value={filter}
          onChange={(event) => setFilter(event.target.value)}
        />
        <span className="data-table__count" aria-live="polite">
          {visible.length === rows.length ? `${rows.length} ${label.toLowerCase()}` : `${visible.length} of ${rows.length}`}
        </span>
      </div>
      <div role="table" aria-label={label} aria-rowcount={visible.length} className="data-table__table">
        <div role="rowgroup">
          <div role="row" className="data-table__head" style={{ gridTemplateColumns: template }}>
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
              </div>
            ))}
          </div>
        </div>
        <div role="rowgroup" ref={scrollRef} className="data-table__body">
          {visible.length === 0 ? (
            <p className="data-table__empty">{filter ? 'Nothing matches this filter.' : emptyText}</p>
          ) : (
            <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
              {virtualizer.getVirtualItems().map((item) => {
                const row = visible[item.index] as Row;
                return (
                  <div
                    role="row"
                    key={row.id}
                    aria-rowindex={item.index + 1}
                    aria-selected={row.id === selectedId}
                    tabIndex={0}
                    className="data-table__row"
                    style={{ gridTemplateColumns: template, transform: `translateY(${item.start}px)`, height: ROW_HEIGHT }}
                    onClick={() => onOpen(row)}
                    onKeyDown={(event) => {
                      if (event.key === 'Enter') onOpen(row);
                    }}
                  >
                    {columns.map((column) => (
                      <div role="cell" key={column.key} className={column.align === 'end' ? 'data-table__cell--end' : undefined}>
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
