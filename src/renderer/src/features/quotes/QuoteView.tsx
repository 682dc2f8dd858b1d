import type { Quote } from '../../../../shared/schemas/quote';
import { formatResult, matchResult } from '../../../../shared/derived/result';
import { recordLabel } from '../../../../shared/derived/labels';
import { useRecordMap } from '../../data/ArchiveData';
import { RecordExtras } from '../../reading/RecordExtras';
import { RecordLink } from '../../reading/RecordLink';
import { RecordSources } from '../../reading/RecordSources';
import { Facts, RecordView, ViewSection, type ViewProps } from '../../reading/RecordView';
import { useQuoteCheck } from '../provenance/useQuoteCheck';
import { SourcePassage } from '../provenance/SourcePassage';

/** A quote to read: the words large, then who said them, when, where, to whom, and on what authority. */
export function QuoteView({ record: quote, onEdit, onClose }: ViewProps<Quote>) {
  const people = useRecordMap('people');
  const matches = useRecordMap('matches');
  const speaker = people.get(quote.speakerId);
  const interviewer = quote.setting.interviewerId ? people.get(quote.setting.interviewerId) : undefined;
  const match = quote.matchId ? matches.get(quote.matchId) : undefined;
  const result = match ? matchResult(match) : undefined;
  const check = useQuoteCheck(quote);
  return (
    <RecordView
      kind="Quote"
      variant="quote"
      title={<q className="quote-view__words">{quote.text}</q>}
      subtitle={
        <>
          <RecordLink kind="people" id={quote.speakerId}>
            {speaker?.name ?? quote.speakerId}
          </RecordLink>
          , {quote.date}
        </>
      }
      onEdit={onEdit}
      onClose={onClose}
    >
      <Facts
        rows={[
          ['Verification', <span className={`badge badge--${quote.status}`}>{quote.status}</span>],
          ['Setting', quote.setting.kind],
          [
            'Interviewer',
            quote.setting.interviewerId ? (
              <RecordLink kind="people" id={quote.setting.interviewerId}>
                {interviewer?.name ?? quote.setting.interviewerId}
              </RecordLink>
            ) : undefined,
          ],
          ['Outlet', quote.setting.outlet],
          [
            'About the match',
            quote.matchId ? (
              <>
                <RecordLink kind="matches" id={quote.matchId}>
                  {match ? recordLabel('matches', match) : quote.matchId}
                </RecordLink>
                {result ? <span className="muted"> {formatResult(result)}</span> : null}
              </>
            ) : undefined,
          ],
        ]}
      />
      <ViewSection title="Against the source">
        <SourcePassage check={check} />
      </ViewSection>
      <RecordSources sourceIds={quote.sourceIds} what="quote" claims={quote.claims} />
      <RecordExtras tags={quote.tags} notes={quote.notes} />
    </RecordView>
  );
}
