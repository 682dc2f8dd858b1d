import type { Source } from '../../../shared/schemas/source';
import { useRecordMap } from '../data/ArchiveData';
import { RecordLink } from './RecordLink';
import { ViewSection } from './RecordView';
import type { ClaimInput as Claim } from '../../../shared/schemas/claim';
import { ClaimCard } from '../features/provenance/ClaimCard';

/**
 * The sources a record rests on. A record with none says so plainly: a fact without a source
 * is a claim nobody can check.
 */
export function RecordSources({ sourceIds, what, claims = [] }: { sourceIds: readonly string[]; what: string; claims?: readonly Claim[] }) {
  const sources = useRecordMap('sources');
  const disagreements =
    claims.length > 0 ? (
      <ViewSection title="Where the sources disagree" count={claims.length}>
        {claims.map((claim, index) => (
          <ClaimCard key={`${claim.field}:${index}`} claim={claim} />
        ))}
      </ViewSection>
    ) : null;
  if (sourceIds.length === 0) {
    return (
      <ViewSection title="Sources">
        <p className="rests-on-nothing" role="note">
          This {what} rests on no source. Edit it to add the article, interview or reference it comes from.
        </p>
      </ViewSection>
    );
  }
  return (
    <>
    <ViewSection title="Sources" count={sourceIds.length}>
      <ul className="view-list">
        {sourceIds.map((id) => {
          const source = sources.get(id);
          return <li key={id}>{source ? <SourceLine source={source} /> : <span className="muted">{id} (missing)</span>}</li>;
        })}
      </ul>
    </ViewSection>
    {disagreements}
    </>
  );
}

function SourceLine({ source }: { source: Source }) {
  const byline = [source.publisher, source.author, source.date].filter(Boolean).join(', ');
  // Issue 11's check of a quote against this source's text belongs on this line.
  return (
    <span className="source-line">
      <RecordLink kind="sources" id={source.id}>
        {source.title}
      </RecordLink>
      <span className="muted">
        {' '}
        {source.kind}
        {byline ? ` · ${byline}` : ''}
      </span>
    </span>
  );
}
