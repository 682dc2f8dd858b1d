import type { QuoteCheck } from '../../../../shared/provenance/quoteCheck';
import { useRecordMap } from '../../data/ArchiveData';
import { RecordLink } from '../../reading/RecordLink';
import { QuoteCheckBadge } from './QuoteCheckBadge';

/** Characters of the source shown either side of the passage. */
const CONTEXT = 160;

function around(text: string, start: number, end: number) {
  const from = Math.max(0, text.lastIndexOf(' ', Math.max(0, start - CONTEXT)) + 1);
  const toSpace = text.indexOf(' ', Math.min(text.length, end + CONTEXT));
  const to = toSpace < 0 ? text.length : toSpace;
  return { before: `${from > 0 ? '…' : ''}${text.slice(from, start)}`, after: `${text.slice(end, to)}${to < text.length ? '…' : ''}` };
}

/**
 * A quote's check with the passage of the source it stands in, in context, and for a quote
 * that differs, its words against the source's: struck out only in the source, underlined
 * only in the quote.
 */
export function SourcePassage({ check }: { check: QuoteCheck }) {
  const sources = useRecordMap('sources');
  if (check.result === 'no text') {
    return (
      <p className="quote-check">
        <QuoteCheckBadge check={check} /> None of this quote’s sources has its text stored, so its words cannot be checked.
      </p>
    );
  }
  const source = sources.get(check.sourceId);
  const title = (
    <RecordLink kind="sources" id={check.sourceId}>
      {source?.title ?? check.sourceId}
    </RecordLink>
  );
  if (check.result === 'not found' || !source?.text) {
    return (
      <p className="quote-check">
        <QuoteCheckBadge check={check} /> These words are not in the text of {title}.
      </p>
    );
  }
  const { before, after } = around(source.text, check.passage.start, check.passage.end);
  return (
    <div className="quote-check">
      <p>
        <QuoteCheckBadge check={check} /> against {title}
        {source.date ? <span className="muted"> ({source.date})</span> : null}
      </p>
      {check.result === 'differs' ? (
        <p className="quote-check__diff">
          <span className="muted">The quote against the source: </span>
          {check.words.map((word, index) =>
            word.change === 'same' ? (
              <span key={index}>{word.text}</span>
            ) : word.change === 'removed' ? (
              <del key={index}>
                <span className="visually-hidden">[only in the source:</span>
                {word.text}
                <span className="visually-hidden">]</span>
              </del>
            ) : (
              <ins key={index}>
                <span className="visually-hidden">[only in the quote:</span>
                {word.text}
                <span className="visually-hidden">]</span>
              </ins>
            ),
          )}
        </p>
      ) : null}
      <blockquote className="quote-check__context" aria-label="The passage in the source">
        {before}
        <mark>{check.passage.text}</mark>
        {after}
      </blockquote>
    </div>
  );
}
