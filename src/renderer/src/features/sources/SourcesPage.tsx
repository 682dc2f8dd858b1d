import type { Source } from '../../../../shared/schemas/source';
import type { Column } from '../../components/DataTable';
import { RecordPage } from '../../components/RecordPage';
import { SourceForm } from './SourceForm';
import { SourceView } from './SourceView';
import { DateText } from '../../components/DateText';

const columns: Column<Source>[] = [
  { key: 'date', header: 'Date', value: (source) => source.date ?? '', render: (source) => <DateText iso={source.date} />, width: '7.5rem' },
  { key: 'title', header: 'Title', value: (source) => source.title, width: 'minmax(14rem, 2fr)' },
  { key: 'kind', header: 'Kind', value: (source) => source.kind, width: '6.5rem' },
  { key: 'publisher', header: 'Publisher', value: (source) => source.publisher ?? '', width: 'minmax(7rem, 1fr)' },
];

export function SourcesPage() {
  return <RecordPage kind="sources" title="Sources" columns={columns} initialSort={{ key: 'date', descending: true }} renderEditor={(props) => <SourceForm {...props} />}
      renderView={(props) => <SourceView {...props} />} />;
}
