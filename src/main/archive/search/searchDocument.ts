import type { VerificationStatus } from '../../../shared/schemas/quote';

/** What the search index needs to know about one quote. */
export interface QuoteSearchDocument {
  id: string;
  /** The exact quote. */
  text: string;
  speaker: string;
  /** e.g. ["Jürgen Klopp", "Jurgen Klopp", "Klopp"]. */
  speakerAliases: string[];
  /** e.g. "post-match interview". */
  setting: string;
  /** May be "". */
  interviewer: string;
  /** May be "". */
  outlet: string;
  sourceTitles: string[];
  tags: string[];
  /** "2021-22", or "" if unknown. */
  season: string;
  /** Competition of the match the quote is about, "" if none. */
  competition: string;
  /** The match the quote is about, as the `match:` filter finds it: its opponent and date ("" if none). */
  matchOpponent: string;
  matchDate: string;
  status: VerificationStatus;
  /** ISO YYYY-MM-DD. */
  date: string;
}

/**
 * Fields filtered by the words of their one value (`competition:"league cup"`,
 * `setting:"press conference"`, `interviewer:`, `outlet:`, `match:`).
 */
export const LABEL_FIELDS = ['competition', 'setting', 'interviewer', 'outlet', 'match'] as const;
export type LabelField = (typeof LABEL_FIELDS)[number];

/** [start, end) offsets into an original string. */
export type HighlightRange = [number, number];

export interface QuoteSearchHit {
  id: string;
  score: number;
  /** Matched words, as offsets into the ORIGINAL `text` and `speaker` strings. */
  highlights: { text: HighlightRange[]; speaker: HighlightRange[] };
}

export interface QuoteSearchResult {
  /** Number of matching quotes (before limit/offset). */
  total: number;
  hits: QuoteSearchHit[];
  /** Human-readable notes about parts of the query that were ignored. */
  warnings: string[];
}

export interface QuoteSearchOptions {
  /** Default 50. */
  limit?: number;
  /** Default 0. */
  offset?: number;
}
