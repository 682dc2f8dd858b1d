import { useState } from 'react';
import type { ClaimInput as Claim, ClaimValue } from '../../../../shared/schemas/claim';
import { choose, valueAt } from '../../../../shared/provenance/claims';
import { useArchiveData } from '../../data/ArchiveData';
import { ClaimCard } from './ClaimCard';

type WithClaims = { claims?: Claim[]; sourceIds?: string[] };

/** Typed text read as the kind of value the field holds now: 5 for a minute, true for a flag. */
function asValueLike(text: string, like: unknown): ClaimValue {
  if (typeof like === 'number' && text.trim() !== '' && Number.isFinite(Number(text))) return Number(text);
  if (typeof like === 'boolean') return text.trim().toLowerCase() === 'true';
  return text;
}

/**
 * The claims of the record in a form: pick the version the record holds (its field follows),
 * mark one resolved, or add one: a field, the source of the record's value, another source
 * and what that one says.
 */
export function ClaimsEditor<V extends WithClaims>({ values, set }: { values: V; set: (next: V) => void }) {
  const { records } = useArchiveData();
  const [adding, setAdding] = useState(false);
  const [field, setField] = useState('');
  const [first, setFirst] = useState('');
  const [second, setSecond] = useState('');
  const [otherValue, setOtherValue] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const claims = values.claims ?? [];
  const update = (index: number, change: Partial<Claim>) => set({ ...values, claims: claims.map((claim, i) => (i === index ? { ...claim, ...change } : claim)) });

  const add = () => {
    const current = valueAt(values, field.trim());
    if (current === undefined || (typeof current === 'object' && current !== null)) return setProblem(`The record has no single value at “${field}”: give a path such as date, goals.0.minute or shootout.kicks.2.outcome.`);
    if (!first || !second) return setProblem('Choose both sources.');
    const claim: Claim = { field: field.trim(), versions: [{ sourceId: first, value: current as ClaimValue }, { sourceId: second, value: asValueLike(otherValue, current) }], chosen: 0, resolved: false };
    set({ ...values, claims: [...claims, claim] });
    setAdding(false);
    setProblem(null);
    setField('');
    setOtherValue('');
  };

  const sourceOptions = records.sources.map((source) => (
    <option key={source.id} value={source.id}>
      {source.title}
    </option>
  ));
  return (
    <section className="form-section claims-editor" aria-label="Where the sources disagree">
      <h3 className="claims-editor__title">Where the sources disagree</h3>
      {claims.length === 0 ? <p className="muted">No claims: the sources agree, or only one gives this record’s facts.</p> : null}
      {claims.map((claim, index) => (
        <ClaimCard key={`${claim.field}:${index}`} claim={claim} onChoose={(version) => set(choose(values, index, version))} onResolved={(resolved) => update(index, { resolved })} />
      ))}
      {adding ? (
        <div className="claims-editor__add" role="group" aria-label="New claim">
          <label>
            Field <input type="text" value={field} placeholder="goals.5.addedTime" onChange={(event) => setField(event.target.value)} />
          </label>
          <label>
            Source of the record’s value{' '}
            <select value={first} onChange={(event) => setFirst(event.target.value)}>
              <option value="">Choose…</option>
              {sourceOptions}
            </select>
          </label>
          <label>
            Another source{' '}
            <select value={second} onChange={(event) => setSecond(event.target.value)}>
              <option value="">Choose…</option>
              {sourceOptions}
            </select>
          </label>
          <label>
            What it says <input type="text" value={otherValue} onChange={(event) => setOtherValue(event.target.value)} />
          </label>
          {problem ? <p className="field__error" role="alert">{problem}</p> : null}
          <div className="claims-editor__actions">
            <button type="button" className="button button--small" onClick={add}>
              Add the claim
            </button>
            <button type="button" className="button button--small" onClick={() => setAdding(false)}>
              Cancel
            </button>
          </div>
        </div>
      ) : (
        <button type="button" className="button button--small" onClick={() => setAdding(true)}>
          Add a claim
        </button>
      )}
    </section>
  );
}
