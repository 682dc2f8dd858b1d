import type { ReactNode } from 'react';
import { useRecordMap } from '../data/ArchiveData';

/** A read-only record: label and value pairs, empty values left out. */
export function Details({ title, subtitle, rows, children }: { title: string; subtitle?: string; rows: Array<[string, ReactNode]>; children?: ReactNode }) {
  return (
    <article className="details" aria-label={title}>
      <header className="editor__header">
        <h2>{title}</h2>
        {subtitle ? <p className="editor__subtitle">{subtitle}</p> : null}
      </header>
      <dl className="details__list">
        {rows
          .filter(([, value]) => value !== undefined && value !== null && value !== '')
          .map(([label, value]) => (
            <div key={label} className="details__row">
              <dt>{label}</dt>
              <dd>{value}</dd>
            </div>
          ))}
      </dl>
      {children}
    </article>
  );
}

/** The titles of the sources behind a record. */
export function SourceList({ ids }: { ids: readonly string[] }) {
  const sources = useRecordMap('sources');
  if (ids.length === 0) return <span className="muted">none</span>;
  return (
    <ul className="plain-list">
      {ids.map((id) => (
        <li key={id}>{sources.get(id)?.title ?? id}</li>
      ))}
    </ul>
  );
}
