import { z } from 'zod';
import { RecordId } from '../schemas/common';
import { WordChange } from '../contract/history';
import { TYPOGRAPHIC_DIFFERENCES } from './typography';

/** What a quote's check against its sources' text can say, best first. */
export const QUOTE_CHECK_RESULTS = ['word for word', 'same words', 'differs', 'not found', 'no text'] as const;
export type QuoteCheckResult = (typeof QUOTE_CHECK_RESULTS)[number];

/** Where in a source's text the quote stands: [start, end) offsets and the words there. */
export const Passage = z.object({ start: z.int().min(0), end: z.int().min(0), text: z.string() });
export type Passage = z.infer<typeof Passage>;

const inSource = { sourceId: RecordId };

/** A quote checked against one source's text. */
export const SourceCheck = z.discriminatedUnion('result', [
  z.object({ result: z.literal('word for word'), ...inSource, passage: Passage }),
  z.object({ result: z.literal('same words'), ...inSource, passage: Passage, differences: z.array(z.enum(TYPOGRAPHIC_DIFFERENCES)).min(1) }),
  /** `words` runs from the passage to the quote: `removed` is only in the source, `added` only in the quote. */
  z.object({ result: z.literal('differs'), ...inSource, passage: Passage, words: z.array(WordChange) }),
  z.object({ result: z.literal('not found'), ...inSource }),
]);
export type SourceCheck = z.infer<typeof SourceCheck>;

/** A quote's check: the best of its sources, or none of them has text to check against. */
export const QuoteCheck = z.union([SourceCheck, z.object({ result: z.literal('no text') })]);
export type QuoteCheck = z.infer<typeof QuoteCheck>;

/** Word for word and same words are the words the source printed; the rest is not. */
export const isFaithful = (check: QuoteCheck) => check.result === 'word for word' || check.result === 'same words';

export const QUOTE_CHECK_LABELS: Record<QuoteCheckResult, string> = {
  'word for word': 'word for word',
  'same words': 'same words',
  differs: 'differs from source',
  'not found': 'not in source',
  'no text': 'no source text',
};
