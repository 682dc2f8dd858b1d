import { z } from 'zod';
import { RecordId } from '../schemas/common';
import { Quote } from '../schemas/quote';
import { SavedSearch } from '../schemas/archive';
import { operation } from './operation';

const Range = z.tuple([z.number(), z.number()]);

export const QuoteSearchInput = z.strictObject({
  query: z.string().max(1000, 'must be at most 1000 characters'),
  limit: z.int().min(1).max(500).default(50),
  offset: z.int().min(0).max(1_000_000).default(0),
});

export const QuoteSearchAnswer = z.object({
  total: z.number(),
  hits: z.array(
    z.object({
      quote: Quote,
      score: z.number(),
      /** [start, end) offsets of the matched words in the quote's text and its speaker's name. */
      highlights: z.object({ text: z.array(Range), speaker: z.array(Range) }),
    }),
  ),
  /** What the query asked for that could not be used (unknown field, bad date...). */
  warnings: z.array(z.string()),
});
export type QuoteSearchAnswer = z.infer<typeof QuoteSearchAnswer>;

export const searchOperations = {
  quotes: operation(QuoteSearchInput, QuoteSearchAnswer),
  listSaved: operation(z.undefined(), z.array(SavedSearch)),
  save: operation(z.strictObject({ name: SavedSearch.shape.name, query: SavedSearch.shape.query }), SavedSearch),
  deleteSaved: operation(z.strictObject({ id: RecordId }), z.object({ id: RecordId })),
};
