import type { Source } from '../../../../shared/schemas/source';
import { RECORD_KINDS } from '../../../../shared/schemas/common';
import { KIND_NAMES, type RecordOf } from '../../../../shared/schemas/kinds';
import { recordLabel } from '../../../../shared/derived/labels';
import { useArchiveData } from '../../data/ArchiveData';
import { RecordExtras } from '../../reading/RecordExtras';
import { RecordLink } from '../../reading/RecordLink';
import { Facts, RecordView, ViewSection, type ViewProps } from '../../reading/RecordView';
import { QuoteLines } from '../quotes/QuoteLines';
import { SourceReader } from '../provenance/SourceReader';

/** The longest list of other records a page shows before it counts the rest. */
const SHOWN_AT_MOST = 40;

/** A source: where it was published, the quotes taken from it and every other record it supports. */
export function SourceView({ record: source, onEdit, onClose }: ViewProps<Source>) {
  const { records } = useArchiveData();
  const quotes = records.quotes.filter((quote) => quote.sourceIds.includes(source.id)).sort((a, b) => a.date.localeCompare(b.date));
  const others = RECORD_KINDS.filter((kind) => kind !== 'quotes').flatMap((kind) =>
    (records[kind] as readonly RecordOf<typeof kind>[]).filter((record) => record.sourceIds.includes(source.id)).map((record) => ({ kind, record })),
  );
  return (
    <RecordView kind="Source" title={source.title} subtitle={[source.kind, source.publisher, source.date].filter(Boolean).join(' · ')} onEdit={onEdit} onClose={onClose}>
      <Facts
        rows={[
          ['Publisher', source.publisher],
          ['Author', source.author],
          ['Date', source.date],
          [
            'Address',
            source.url ? (
              <a href={source.url} target="_blank" rel="noreferrer" className="break-anywhere">
                {source.url}
              </a>
            ) : undefined,
          ],
          ['Full text', source.text ? `${source.text.split(/\s+/).filter(Boolean).length.toLocaleString()} words kept` : 'not kept'],
        ]}
      />
      <ViewSection title="Quotes from this source" count={quotes.length}>
        <QuoteLines quotes={quotes} empty="No quote cites this source." />
      </ViewSection>
      {others.length > 0 ? (
        <ViewSection title="Also supports" count={others.length}>
          <ul className="view-list">
            {others.slice(0, SHOWN_AT_MOST).map(({ kind, record }) => (
              <li key={`${kind}:${record.id}`}>
                <span className="muted">{KIND_NAMES[kind].one}</span>{' '}
                <RecordLink kind={kind} id={record.id}>
                  {recordLabel(kind, record)}
                </RecordLink>
              </li>
            ))}
            {others.length > SHOWN_AT_MOST ? <li className="muted">and {others.length - SHOWN_AT_MOST} more</li> : null}
          </ul>
        </ViewSection>
      ) : null}
      {source.text ? (
        <ViewSection title="Text">
          <SourceReader source={source} text={source.text} />
        </ViewSection>
      ) : null}
      <RecordExtras tags={source.tags} notes={source.notes} />
    </RecordView>
  );
}
