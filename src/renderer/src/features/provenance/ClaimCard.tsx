import { useId } from 'react';
import type { ClaimInput as Claim } from '../../../../shared/schemas/claim';
import { formatClaimValue } from '../../../../shared/provenance/claims';
import { describeFieldPath } from '../../components/fieldPath';
import { useRecordMap } from '../../data/ArchiveData';

interface ClaimCardProps {
  claim: Claim;
  /** In a form: choose another version as the record's value, or settle the claim. */
  onChoose?: (index: number) => void;
  onResolved?: (resolved: boolean) => void;
}

/** One disputed field: each source's version side by side, with its title and date, the record's own marked. */
export function ClaimCard({ claim, onChoose, onResolved }: ClaimCardProps) {
  const sources = useRecordMap('sources');
  const name = useId();
  const title = claim.about ?? describeFieldPath(claim.field);
  return (
    <fieldset className="claim">
      <legend>
        {title} {claim.resolved ? <span className="badge badge--muted">resolved</span> : <span className="badge badge--disagreement">sources disagree</span>}
      </legend>
      <div className="claim__versions">
        {claim.versions.map((version, index) => {
          const source = sources.get(version.sourceId);
          const chosen = index === claim.chosen;
          return (
            <div key={`${version.sourceId}:${index}`} className={`claim__version${chosen ? ' claim__version--chosen' : ''}`}>
              <span className="claim__value">{formatClaimValue(version.value)}</span>
              <span className="claim__source">{source?.title ?? version.sourceId}</span>
              <span className="muted">{[source?.kind, source?.date].filter(Boolean).join(' · ')}</span>
              {version.note ? <span className="claim__note">{version.note}</span> : null}
              {onChoose ? (
                <label className="claim__choose">
                  <input type="radio" name={name} checked={chosen} onChange={() => onChoose(index)} /> The record’s value
                </label>
              ) : chosen ? (
                <span className="badge badge--verified">the record’s value</span>
              ) : null}
            </div>
          );
        })}
      </div>
      {onResolved ? (
        <label className="claim__resolved">
          <input type="checkbox" checked={claim.resolved} onChange={(event) => onResolved(event.target.checked)} /> Resolved: the chosen version stands
        </label>
      ) : null}
    </fieldset>
  );
}
