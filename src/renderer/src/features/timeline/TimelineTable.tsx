import { useState } from 'react';
import { KIND_NAMES } from '../../../../shared/schemas/kinds';
import type { TimelineItem } from './timelineItems';

/**
 * The records in view as a table, in date order: the plot's text alternative for a screen
 * reader (and for anyone who would rather read). Built only while it is open.
 */
export function TimelineTable({ items, rangeLabel, onOpen }: { items: readonly TimelineItem[]; rangeLabel: string; onOpen(item: TimelineItem): void }) {
  const [open, setOpen] = useState(false);
  return (
    <details className="chart-table" onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>The records in view as a table ({items.length})</summary>
      {open ? (
        <div className="chart-table__scroll">
          <table className="season-table tl-table">
            <caption className="visually-hidden">Records on the timeline, {rangeLabel}</caption>
            <thead>
              <tr>
                <th scope="col" className="season-table__name">
                  Kind
                </th>
                <th scope="col" className="season-table__name">
                  Record
                </th>
              </tr>
            </thead>
            <tbody>
              {items.map((item) => (
                <tr key={item.key}>
                  <td className="season-table__name">{KIND_NAMES[item.kind].one}</td>
                  <td className="season-table__name">
                    <button type="button" className="button button--link" onClick={() => onOpen(item)}>
                      {item.title}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </details>
  );
}
