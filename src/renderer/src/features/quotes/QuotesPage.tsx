import { useCallback, useMemo, useState } from 'react';
import type { Quote } from '../../../../shared/schemas/quote';
import type { Column } from '../../components/DataTable';
import { RecordPage } from '../../components/RecordPage';
import { ExportListButton } from '../transfer/ExportListButton';
import { useRecordMap } from '../../data/ArchiveData';
import { useQuoteChecker } from '../provenance/useQuoteCheck';
import { QuoteCheckBadge, quoteCheckLabel } from '../provenance/QuoteCheckBadge';
import { QuoteForm } from './QuoteForm';
import { QuoteView } from './QuoteView';

export function QuotesPage() {
  const people = useRecordMap('people');
  const check = useQuoteChecker();
  const [notWordForWord, setNotWordForWord] = useState(false);
  const columns = useMemo<Column<Quote>[]>(
    () => [
      { key: 'date', header: 'Date', value: (quote) => quote.date, width: '7.5rem' },
      { key: 'speaker', header: 'Speaker', value: (quote) => people.get(quote.speakerId)?.name ?? quote.speakerId, width: '11rem' },
      {
        key: 'text',
        header: 'Quote',
        value: (quote) => quote.text,
        render: (quote) => <span className="cell-quote">“{quote.text}”</span>,
        width: 'minmax(12rem, 1fr)',
      },
      { key: 'check', header: 'Against source', value: (quote) => quoteCheckLabel(check(quote)), render: (quote) => <QuoteCheckBadge check={check(quote)} />, width: '9.5rem', hideBelow: 700 },
      { key: 'status', header: 'Status', value: (quote) => quote.status, render: (quote) => <span className={`badge badge--${quote.status}`}>{quote.status}</span>, width: '7.5rem' },
    ],
    [people, check],
  );
  const keepRow = useCallback((quote: Quote) => check(quote).result !== 'word for word', [check]);
  return (
    <RecordPage
      kind="quotes"
      title="Quotes"
      columns={columns}
      initialSort={{ key: 'date', descending: true }}
      keepRow={notWordForWord ? keepRow : undefined}
      renderListActions={(ids) => (
        <>
          <button type="button" className="button" aria-pressed={notWordForWord} onClick={() => setNotWordForWord((on) => !on)}>
            Not word for word
          </button>
          <ExportListButton kind="quotes" ids={ids} />
        </>
      )}
      renderEditor={(props) => <QuoteForm {...props} />}
      renderView={(props) => <QuoteView {...props} />}
    />
  );
}
