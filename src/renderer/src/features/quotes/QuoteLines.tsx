import type { Quote } from '../../../../shared/schemas/quote';
import { useRecordMap } from '../../data/ArchiveData';
import { RecordLink } from '../../reading/RecordLink';
import { DateText } from '../../components/DateText';

/** Quotes listed on another record's page: the words, who said them and when. */
export function QuoteLines({ quotes, empty, showSpeaker = true }: { quotes: readonly Quote[]; empty: string; showSpeaker?: boolean }) {
  const people = useRecordMap('people');
  if (quotes.length === 0) return <p className="muted">{empty}</p>;
  return (
    <ul className="quote-lines">
      {quotes.map((quote) => (
        <li key={quote.id} className="quote-lines__quote">
          <RecordLink kind="quotes" id={quote.id}>
            <q className="quote-lines__words">{quote.text}</q>
          </RecordLink>
          <span className="muted">
            {showSpeaker ? `${people.get(quote.speakerId)?.name ?? quote.speakerId}, ` : ''}
            <DateText iso={quote.date} /> · <span className={`badge badge--${quote.status}`}>{quote.status}</span>
          </span>
        </li>
      ))}
    </ul>
  );
}
