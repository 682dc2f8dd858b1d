import { useState } from 'react';
import type { ConflictResolution } from '../../../../shared/contract/sharing';
import type { Conflict } from '../../../../shared/schemas/conflict';
import { KIND_NAMES } from '../../../../shared/schemas/kinds';

const REASONS: Record<Conflict['reason'], string> = {
  'both-edited': 'Both changed the same field',
  'deleted-and-edited': 'Deleted on one side, changed on the other',
  'breaks-rule': 'Together the two versions break a rule of the archive',
};

const shown = (value: unknown) => (value === undefined ? '—' : typeof value === 'string' ? value || '(empty)' : JSON.stringify(value));
const when = (time: string) => `${time.slice(0, 16).replace('T', ' ')} UTC`;

/** One conflict side by side (yours, theirs, what it was), with a choice per field, or the delete accepted. */
export function ConflictResolver({ conflict, busy, onResolve }: { conflict: Conflict; busy: boolean; onResolve: (resolution: ConflictResolution) => void }) {
  const yours = conflict.yours.record as Record<string, unknown> | undefined;
  const theirs = conflict.theirs.record as Record<string, unknown> | undefined;
  const base = conflict.base.record as Record<string, unknown> | undefined;
  const fields = conflict.fields.length > 0 ? conflict.fields : Object.keys(yours ?? theirs ?? {}).filter((field) => !['id', 'createdAt', 'updatedAt'].includes(field) && JSON.stringify(yours?.[field]) !== JSON.stringify(theirs?.[field]));
  const [picks, setPicks] = useState<Record<string, 'yours' | 'theirs'>>({});
  const titleId = `conflict-${conflict.kind}-${conflict.id}`;
  const keep = () => {
    const kept = { ...(yours ?? theirs)! };
    for (const field of fields) if ((picks[field] ?? (yours ? 'yours' : 'theirs')) === 'theirs' && theirs) kept[field] = theirs[field];
    const { id: _id, createdAt: _created, updatedAt: _updated, ...values } = kept;
    onResolve({ kind: conflict.kind, id: conflict.id, keep: 'record', values });
  };
  return (
    <article className="conflict" aria-labelledby={titleId}>
      <h3 id={titleId} className="conflict__title">
        <span className="badge badge--conflict">Conflict</span> {KIND_NAMES[conflict.kind].one} {conflict.id}
      </h3>
      <p className="muted">
        {REASONS[conflict.reason]}
        {conflict.rule ? `: ${conflict.rule}` : ''}.
      </p>
      <table className="conflict__table">
        <caption className="safety-hidden-label">The versions of {conflict.id}, field by field</caption>
        <thead>
          <tr>
            <th scope="col">Field</th>
            <th scope="col">
              Yours · {conflict.yours.author.name}, {when(conflict.yours.at)}
            </th>
            <th scope="col">
              Theirs · {conflict.theirs.author.name}, {when(conflict.theirs.at)}
            </th>
            <th scope="col">What it was</th>
          </tr>
        </thead>
        <tbody>
          {fields.map((field) => {
            const name = `${titleId}-${field}`;
            const pick = picks[field] ?? (yours ? 'yours' : 'theirs');
            return (
              <tr key={field}>
                <th scope="row">{field}</th>
                {(['yours', 'theirs'] as const).map((side) => (
                  <td key={side}>
                    <label className="conflict__choice">
                      <input type="radio" name={name} checked={pick === side} disabled={!(side === 'yours' ? yours : theirs)} onChange={() => setPicks({ ...picks, [field]: side })} />
                      <span>{(side === 'yours' ? yours : theirs) ? shown((side === 'yours' ? yours : theirs)![field]) : 'deleted'}</span>
                    </label>
                  </td>
                ))}
                <td className="muted">{base ? shown(base[field]) : '—'}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <div className="editor__actions">
        <button type="button" className="button button--primary" disabled={busy} onClick={keep}>
          Keep the chosen fields
        </button>
        {!yours || !theirs ? (
          <button type="button" className="button" disabled={busy} onClick={() => onResolve({ kind: conflict.kind, id: conflict.id, keep: 'deleted' })}>
            Accept the delete
          </button>
        ) : null}
      </div>
    </article>
  );
}
