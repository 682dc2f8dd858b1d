import type { Quote } from '../../../../shared/schemas/quote';
import { listCell, pick, type CsvTable } from './csvTable';

export interface QuoteRow {
  quote: Quote;
  speaker: string;
}

/** quotes.csv: one row per quote, the speaker's name beside the id so the file reads alone. */
export const quotesCsv: CsvTable<QuoteRow> = {
  fileName: 'quotes.csv',
  rows: (archive, ids) => {
    const names = new Map(archive.people.map((person) => [person.id, person.name]));
    return pick(archive.quotes, ids).map((quote) => ({ quote, speaker: names.get(quote.speakerId) ?? '' }));
  },
  columns: [
    { header: 'id', cell: ({ quote }) => quote.id },
    { header: 'date', cell: ({ quote }) => quote.date },
    { header: 'speakerId', cell: ({ quote }) => quote.speakerId },
    { header: 'speaker', cell: ({ speaker }) => speaker },
    { header: 'text', cell: ({ quote }) => quote.text },
    { header: 'matchId', cell: ({ quote }) => quote.matchId },
    { header: 'setting', cell: ({ quote }) => quote.setting.kind },
    { header: 'interviewerId', cell: ({ quote }) => quote.setting.interviewerId },
    { header: 'outlet', cell: ({ quote }) => quote.setting.outlet },
    { header: 'status', cell: ({ quote }) => quote.status },
    { header: 'sourceIds', cell: ({ quote }) => listCell(quote.sourceIds) },
    { header: 'tags', cell: ({ quote }) => listCell(quote.tags) },
    { header: 'notes', cell: ({ quote }) => quote.notes },
    { header: 'createdAt', cell: ({ quote }) => quote.createdAt },
    { header: 'updatedAt', cell: ({ quote }) => quote.updatedAt },
  ],
};
