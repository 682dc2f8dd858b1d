import { useId, type ReactNode } from 'react';
import './recordView.css';

export interface RecordViewProps {
  /** The kind in words ("Match"), above the title. */
  kind: string;
  title: ReactNode;
  /** A line under the title: date, competition, role... */
  subtitle?: ReactNode;
  onEdit: () => void;
  onClose: () => void;
  children: ReactNode;
  /** Gives the record's heading its size: a quote's words are the title itself. */
  variant?: 'quote';
}

/** The reading page of a record: what it says, set out to read, with Edit one key away. */
export function RecordView({ kind, title, subtitle, onEdit, onClose, children, variant }: RecordViewProps) {
  const titleId = useId();
  return (
    <article className={`record-view${variant ? ` record-view--${variant}` : ''}`} aria-labelledby={titleId}>
      <header className="record-view__header">
        <div className="record-view__heading">
          <p className="record-view__kind">{kind}</p>
          <h2 id={titleId} className="record-view__title">
            {title}
          </h2>
          {subtitle ? <p className="record-view__subtitle">{subtitle}</p> : null}
        </div>
        <div className="record-view__actions">
          <button type="button" className="button button--primary" aria-keyshortcuts="E F2" title="Edit (E or F2)" onClick={onEdit}>
            Edit
          </button>
          <button type="button" className="button" aria-keyshortcuts="Escape" title="Close (Escape)" onClick={onClose}>
            Close
          </button>
        </div>
      </header>
      <div className="record-view__body">{children}</div>
    </article>
  );
}

/** One titled part of a reading page: Goals, Quotes about the match, Sources. */
export function ViewSection({ title, children, count }: { title: string; children: ReactNode; count?: number }) {
  const id = useId();
  return (
    <section className="view-section" aria-labelledby={id}>
      <h3 id={id} className="view-section__title">
        {title}
        {count !== undefined ? <span className="view-section__count"> {count}</span> : null}
      </h3>
      {children}
    </section>
  );
}

/** Label and value pairs: date, setting, outlet... Empty values are left out. */
export function Facts({ rows }: { rows: Array<[string, ReactNode | undefined | null | false]> }) {
  const shown = rows.filter(([, value]) => value !== undefined && value !== null && value !== false && value !== '');
  if (shown.length === 0) return null;
  return (
    <dl className="facts">
      {shown.map(([label, value]) => (
        <div key={label} className="facts__row">
          <dt>{label}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}

/** What a kind's page gives its reading view. */
export interface ViewProps<R> {
  record: R;
  onEdit: () => void;
  onClose: () => void;
}
