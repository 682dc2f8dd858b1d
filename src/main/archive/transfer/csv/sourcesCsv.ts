import type { Source } from '../../../../shared/schemas/source';
import { listCell, pick, type CsvTable } from './csvTable';

/** sources.csv: one row per source; the article text travels too, quoted over its lines. */
export const sourcesCsv: CsvTable<Source> = {
  fileName: 'sources.csv',
  rows: (archive, ids) => pick(archive.sources, ids),
  columns: [
    { header: 'id', cell: (source) => source.id },
    { header: 'title', cell: (source) => source.title },
    { header: 'kind', cell: (source) => source.kind },
    { header: 'publisher', cell: (source) => source.publisher },
    { header: 'author', cell: (source) => source.author },
    { header: 'date', cell: (source) => source.date },
    { header: 'url', cell: (source) => source.url },
    { header: 'text', cell: (source) => source.text },
    { header: 'sourceIds', cell: (source) => listCell(source.sourceIds) },
    { header: 'tags', cell: (source) => listCell(source.tags) },
    { header: 'notes', cell: (source) => source.notes },
    { header: 'createdAt', cell: (source) => source.createdAt },
    { header: 'updatedAt', cell: (source) => source.updatedAt },
  ],
};
