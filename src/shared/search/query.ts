/**
 * Quote search query language. Parsing never throws: whatever cannot be
 * understood is ignored and reported as a human-readable warning.
 *
 *   klopp mentality         plain words: all required (AND), searched in text,
 *                           speaker (+aliases), setting, interviewer, outlet,
 *                           source titles and tags. Words of 5+ letters also
 *                           match with one typo; the last plain word also
 *                           matches as a prefix (the user may still be typing).
 *   "exact phrase"          consecutive words, in order, in the quote text.
 *   -word  -"some phrase"   exclude quotes containing the word (any searched
 *                           field, exact word only) or the phrase (quote text).
 *   speaker:klopp  speaker:"Joe Gomez"   every value word is a word of the
 *                           speaker's name or one of their aliases.
 *   competition:"League Cup"  tag:pressing   same word rule on that field.
 *   setting:"press conference"  interviewer:carragher  outlet:"sky sports"
 *                           same word rule, on the quote's setting, its
 *                           interviewer (name or any alias) and outlet.
 *   match:arsenal  match:2019-05-07   the match the quote is about, by the
 *                           opponent's words or its exact date.
 *   season:2021-22          also 2021/22 or 2021-2022.
 *   status:disputed         unverified | verified | disputed | misattributed.
 *   before:2020-01-01       strictly earlier than the date (exclusive).
 *   after:2019-12-31        strictly later than the date (exclusive).
 *
 * Different fields combine with AND; repeating a field (speaker:salah
 * speaker:mane) means ANY of the values. Repeated before:/after: keep the
 * tightest bound. Field names are case-insensitive.
 */
import { z } from 'zod';
import { foldText, foldedTerms } from './normalize';

import { VERIFICATION_STATUSES, VerificationStatus } from '../schemas/quote';

export const QUERY_FIELDS = [
  'speaker',
  'season',
  'competition',
  'setting',
  'interviewer',
  'outlet',
  'match',
  'tag',
  'status',
  'before',
  'after',
] as const;
export type QueryField = (typeof QUERY_FIELDS)[number];

/** Query words at least this long (after folding, without digits) also match with one edit. */
export const MIN_TYPO_WORD_LENGTH = 5;

const foldedWordsSchema = z.array(z.string().min(1)).min(1);

export const queryWordSchema = z.object({
  term: z.string().min(1),
  /** Also matches indexed words that start with `term`. */
  prefix: z.boolean(),
  /** Also matches indexed words one edit away. */
  typo: z.boolean(),
});
export type QueryWord = z.infer<typeof queryWordSchema>;

export const isoDateSchema = z.string().regex(/^\d{4}-\d{2}-\d{2}$/).refine(isValidIsoDate);

export const parsedQuerySchema = z.object({
  words: z.array(queryWordSchema),
  phrases: z.array(foldedWordsSchema),
  excludedWords: z.array(z.string().min(1)),
  excludedPhrases: z.array(foldedWordsSchema),
  filters: z.object({
    /** Each entry is one value's folded words; a document matches if ANY entry matches. */
    speaker: z.array(foldedWordsSchema),
    competition: z.array(foldedWordsSchema),
    setting: z.array(foldedWordsSchema),
    interviewer: z.array(foldedWordsSchema),
    outlet: z.array(foldedWordsSchema),
    /** The opponent's words, or one exact ISO date. */
    match: z.array(foldedWordsSchema),
    tag: z.array(foldedWordsSchema),
    /** Canonical "YYYY-YY" seasons. */
    season: z.array(z.string()),
    status: z.array(VerificationStatus),
    /** Exclusive upper bound, ISO YYYY-MM-DD. */
    before: isoDateSchema.optional(),
    /** Exclusive lower bound, ISO YYYY-MM-DD. */
    after: isoDateSchema.optional(),
  }),
  warnings: z.array(z.string()),
});
export type ParsedQuery = z.infer<typeof parsedQuerySchema>;
export type QueryFilters = ParsedQuery['filters'];

export function isValidIsoDate(value: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return false;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (month < 1 || month > 12 || day < 1) return false;
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return day <= daysInMonth;
}

/** "2021-22", "2021/22", "2021-2022" → "2021-22"; anything else → undefined. */
export function normalizeSeason(value: string): string | undefined {
  const m = /^\s*(\d{4})\s*[-/–]\s*(\d{2}|\d{4})\s*$/.exec(value);
  if (!m) return undefined;
  const first = Number(m[1]);
  const second = m[2].length === 2 ? Number(m[2]) : Number(m[2]) % 100;
  if (m[2].length === 4 && Number(m[2]) !== first + 1) return undefined;
  if (second !== (first + 1) % 100) return undefined;
  return `${m[1]}-${String(second).padStart(2, '0')}`;
}

/** Numbers are never fuzzed: "2019" must not find "2018". */
function isTypoCandidate(term: string): boolean {
  return term.length >= MIN_TYPO_WORD_LENGTH && !/\d/.test(term);
}

function isQueryField(name: string): name is QueryField {
  return (QUERY_FIELDS as readonly string[]).includes(name);
}

function isSpace(ch: string): boolean {
  return ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r' || ch === '\u00a0';
}

/** Reads a quoted run starting at the opening quote; tolerates a missing closing quote. */
function readQuoted(input: string, openAt: number): { content: string; next: number; closed: boolean } {
  const close = input.indexOf('"', openAt + 1);
  if (close === -1) return { content: input.slice(openAt + 1), next: input.length, closed: false };
  return { content: input.slice(openAt + 1, close), next: close + 1, closed: true };
}

function readBare(input: string, from: number): { content: string; next: number } {
  let i = from;
  while (i < input.length && !isSpace(input[i]) && input[i] !== '"') i++;
  return { content: input.slice(from, i), next: i };
}

export function parseQuery(input: string): ParsedQuery {
  // Curly quotes typed by macOS/Word are folded so they delimit phrases too.
  const text = input.replace(/[“”„«»]/g, '"');
  const result: ParsedQuery = {
    words: [],
    phrases: [],
    excludedWords: [],
    excludedPhrases: [],
    filters: { speaker: [], competition: [], setting: [], interviewer: [], outlet: [], match: [], tag: [], season: [], status: [] },
    warnings: [],
  };
  const { warnings } = result;
  let lastBareWordIndex = -1;

  let i = 0;
  while (i < text.length) {
    if (isSpace(text[i])) {
      i++;
      continue;
    }
    const negated = text[i] === '-' && i + 1 < text.length && !isSpace(text[i + 1]);
    const at = negated ? i + 1 : i;

    if (text[at] === '"') {
      const quoted = readQuoted(text, at);
      i = quoted.next;
      if (!quoted.closed) warnings.push(`Unclosed quote: searched "${quoted.content.trim()}" as a phrase`);
      const terms = foldedTerms(quoted.content);
      if (terms.length === 0) continue;
      (negated ? result.excludedPhrases : result.phrases).push(terms);
      continue;
    }

    const field = /^([A-Za-z]+):/.exec(text.slice(at, at + 40));
    if (field) {
      const name = field[1].toLowerCase();
      const valueAt = at + field[0].length;
      let value: string;
      if (text[valueAt] === '"') {
        const quoted = readQuoted(text, valueAt);
        value = quoted.content;
        i = quoted.next;
        if (!quoted.closed) warnings.push(`Unclosed quote after "${name}:": used "${value.trim()}"`);
      } else {
        const bare = readBare(text, valueAt);
        value = bare.content;
        i = bare.next;
      }
      if (!isQueryField(name)) {
        warnings.push(`Ignored unknown field "${field[1]}:" — known fields: ${QUERY_FIELDS.join(', ')}`);
      } else if (negated) {
        warnings.push(`Ignored "-${name}:${value}" — fields cannot be excluded`);
      } else {
        applyFilter(result, name, value);
      }
      continue;
    }

    const bare = readBare(text, at);
    i = bare.next;
    for (const term of foldedTerms(bare.content)) {
      if (negated) {
        result.excludedWords.push(term);
      } else {
        result.words.push({ term, prefix: false, typo: isTypoCandidate(term) });
        lastBareWordIndex = result.words.length - 1;
      }
    }
  }
  if (lastBareWordIndex >= 0) result.words[lastBareWordIndex].prefix = true;
  return result;
}

function applyFilter(query: ParsedQuery, field: QueryField, rawValue: string): void {
  const { filters, warnings } = query;
  const value = rawValue.trim();
  if (value === '') {
    warnings.push(`Ignored empty filter "${field}:"`);
    return;
  }
  switch (field) {
    case 'match': {
      // A date is one term, so 2019-05-07 never finds 2019-07-05.
      if (isoDateSchema.safeParse(value).success) {
        filters.match.push([value]);
        return;
      }
      const terms = foldedTerms(value);
      if (terms.length === 0) warnings.push(`Ignored "match:${value}" — expected an opponent or a date like 2019-05-07`);
      else filters.match.push(terms);
      return;
    }
    case 'speaker':
    case 'competition':
    case 'setting':
    case 'interviewer':
    case 'outlet':
    case 'tag': {
      const terms = foldedTerms(value);
      if (terms.length === 0) warnings.push(`Ignored "${field}:${value}" — no words to match`);
      else filters[field].push(terms);
      return;
    }
    case 'season': {
      const season = normalizeSeason(value);
      if (season === undefined) warnings.push(`Ignored "season:${value}" — expected a season like 2021-22`);
      else filters.season.push(season);
      return;
    }
    case 'status': {
      const status = VerificationStatus.safeParse(foldText(value));
      if (!status.success) {
        warnings.push(`Ignored "status:${value}" — expected one of: ${VERIFICATION_STATUSES.join(', ')}`);
      } else if (!filters.status.includes(status.data)) {
        filters.status.push(status.data);
      }
      return;
    }
    case 'before':
    case 'after': {
      if (!isoDateSchema.safeParse(value).success) {
        warnings.push(`Ignored "${field}:${value}" — expected a date like 2021-05-23 (YYYY-MM-DD)`);
        return;
      }
      const current = filters[field];
      // Tightest bound wins: the earliest "before", the latest "after".
      if (current === undefined || (field === 'before' ? value < current : value > current)) {
        filters[field] = value;
      }
      return;
    }
  }
}
