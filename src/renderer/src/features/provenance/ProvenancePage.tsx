import { useMemo } from 'react';
import { RECORD_KINDS, type RecordKind } from '../../../../shared/schemas/common';
import { KIND_NAMES, type AnyRecord } from '../../../../shared/schemas/kinds';
import { recordLabel } from '../../../../shared/derived/labels';
import { formatClaimValue, openClaims } from '../../../../shared/provenance/claims';
import { isFaithful } from '../../../../shared/provenance/quoteCheck';
import { useArchiveData, useRecordMap } from '../../data/ArchiveData';
import { RecordLink } from '../../reading/RecordLink';
import { describeFieldPath } from '../../components/fieldPath';
import { QuoteCheckBadge } from './QuoteCheckBadge';
import { useQuoteChecker } from './useQuoteCheck';

/** Everything a record rests on, in one place: what the sources do not bear out, where they disagree, what rests on none. */
export function ProvenancePage() {
  const { records } = useArchiveData();
  const sources = useRecordMap('sources');
  const check = useQuoteChecker();
  const unfaithful = useMemo(
    () => records.quotes.map((quote) => ({ quote, check: check(quote) })).filter(({ check: result }) => result.result !== 'no text' && !isFaithful(result)),
    [records.quotes, check],
  );
  const recordsOf = (kind: RecordKind) => records[kind] as readonly AnyRecord[];
  // A source is where facts come from: only the other kinds must rest on one.
  const kinds: RecordKind[] = RECORD_KINDS.filter((kind) => kind !== 'sources');
  const disputed = kinds.flatMap((kind) => recordsOf(kind).flatMap((record) => openClaims(record).map((claim) => ({ kind, record, claim }))));
  const unsourced = kinds.flatMap((kind) => recordsOf(kind).filter((record) => record.sourceIds.length === 0).map((record) => ({ kind, record })));

  return (
    <section className="provenance-page" aria-labelledby="provenance-title">
      <header className="page-header">
        <h1 id="provenance-title">Provenance</h1>
      </header>
      <div className="provenance-page__body">
      <dl className="facts provenance-page__counts">
        <div className="facts__row">
          <dt>Quotes not word for word in their source</dt>
          <dd>{unfaithful.length}</dd>
        </div>
        <div className="facts__row">
          <dt>Open disagreements between sources</dt>
          <dd>{disputed.length}</dd>
        </div>
        <div className="facts__row">
          <dt>Records that rest on no source</dt>
          <dd>{unsourced.length}</dd>
        </div>
      </dl>

      <h2>Quotes not word for word</h2>
      {unfaithful.length === 0 ? (
        <p className="muted">Every quote whose source has its text is there word for word, or in the same words.</p>
      ) : (
        <ul className="view-list">
          {unfaithful.map(({ quote, check: result }) => (
            <li key={quote.id}>
              <QuoteCheckBadge check={result} />{' '}
              <RecordLink kind="quotes" id={quote.id}>
                {recordLabel('quotes', quote)}
              </RecordLink>
            </li>
          ))}
        </ul>
      )}

      <h2>Open disagreements</h2>
      {disputed.length === 0 ? (
        <p className="muted">No open disagreements.</p>
      ) : (
        <ul className="view-list">
          {disputed.map(({ kind, record, claim }) => (
            <li key={`${record.id}:${claim.field}`}>
              <RecordLink kind={kind} id={record.id}>
                {recordLabel(kind, record)}
              </RecordLink>
              : {claim.about ?? describeFieldPath(claim.field)}:{' '}
              {claim.versions.map((version) => `${formatClaimValue(version.value)} (${sources.get(version.sourceId)?.title ?? version.sourceId})`).join(' or ')}
            </li>
          ))}
        </ul>
      )}

      <h2>Records that rest on no source</h2>
      {unsourced.length === 0 ? (
        <p className="muted">Every record cites at least one source.</p>
      ) : (
        <ul className="view-list">
          {unsourced.map(({ kind, record }) => (
            <li key={`${kind}:${record.id}`}>
              <span className="muted">{KIND_NAMES[kind].one}</span>{' '}
              <RecordLink kind={kind} id={record.id}>
                {recordLabel(kind, record)}
              </RecordLink>
            </li>
          ))}
        </ul>
      )}
      </div>
    </section>
  );
}
