import type { Source } from '../../../../shared/schemas/source';
import type { Column } from '../../components/DataTable';
import { Details } from '../../components/Details';
import { RecordPage } from '../../components/RecordPage';

const columns: Column<Source>[] = [
  { key: 'date', header: 'Date', value: (source) => source.date ?? '', width: '7.5rem' },
  { key: 'title', header: 'Title', value: (source) => source.title, width: 'minmax(14rem, 2fr)' },
  { key: 'kind', header: 'Kind', value: (source) => source.kind, width: '6.5rem' },
  { key: 'publisher', header: 'Publisher', value: (source) => source.publisher ?? '', width: 'minmax(7rem, 1fr)' },
];

export function SourcesPage() {
  return (
    <RecordPage
      kind="sources"
      title="Sources"
      columns={columns}
      initialSort={{ key: 'date', descending: true }}
      renderDetails={(source) => (
        <Details
          title={source.title}
          subtitle={[source.kind, source.publisher, source.author, source.date].filter(Boolean).join(' · ')}
          rows={[
            ['Address', source.url],
            ['Tags', source.tags.join(', ')],
            ['Notes', source.notes],
          ]}
        >
          {source.text ? (
            <section className="source-text" aria-label="Article text">
              <h3>Article text</h3>
              {source.text.split(/\n+/).map((paragraph, index) => (
                <p key={index}>{paragraph}</p>
              ))}
            </section>
          ) : null}
        </Details>
      )}
    />
  );
}
