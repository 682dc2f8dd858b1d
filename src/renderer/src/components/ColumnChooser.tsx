import { useEffect, useId, useRef, useState } from 'react';
import type { ColumnLayout } from '../../../shared/contract/preferences';
import { NO_LAYOUT, toggleColumn } from './columnLayout';

interface ColumnChooserProps {
  list: string;
  columns: readonly { key: string; header: string }[];
  layout: ColumnLayout;
  onChange: (layout: ColumnLayout) => void;
}

/** The Columns button: tick the columns a list shows, or put them back as they were. */
export function ColumnChooser({ list, columns, layout, onChange }: ColumnChooserProps) {
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const button = useRef<HTMLButtonElement>(null);
  const panel = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (open) panel.current?.querySelector('input')?.focus();
  }, [open]);
  const close = () => {
    setOpen(false);
    button.current?.focus();
  };
  const keys = columns.map((column) => column.key);
  return (
    <div className="column-chooser">
      <button ref={button} type="button" className="button button--small" aria-expanded={open} aria-controls={panelId} onClick={() => setOpen((shown) => !shown)}>
        Columns
      </button>
      {open ? (
        <div
          ref={panel}
          id={panelId}
          className="column-chooser__panel"
          role="group"
          aria-label={`Columns of the ${list} list`}
          onKeyDown={(event) => {
            if (event.key === 'Escape') {
              event.stopPropagation();
              close();
            }
          }}
        >
          {columns.map((column) => (
            <label key={column.key} className="inline-check">
              <input type="checkbox" checked={!layout.hidden.includes(column.key)} onChange={() => onChange(toggleColumn(layout, column.key, keys))} />
              {column.header}
            </label>
          ))}
          <div className="column-chooser__actions">
            <button type="button" className="button button--small" onClick={() => onChange(NO_LAYOUT)}>
              Reset columns
            </button>
            <button type="button" className="button button--small" onClick={close}>
              Done
            </button>
          </div>
        </div>
      ) : null}
    </div>
  );
}
