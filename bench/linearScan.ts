import { foldedTerms } from '../src/shared/search/normalize';
import { normalizeSeason, parseQuery, type ParsedQuery, type QueryWord } from '../src/shared/search/query';
import { dateKey } from '../src/main/archive/search/docStore';
import { IN_META, IN_TEXT } from '../src/main/archive/search/postings';
import { EXACT_WEIGHT, PHRASE_WORD_WEIGHT, PREFIX_WEIGHT, TYPO_WEIGHT, fieldWeight, selectTop } from '../src/main/archive/search/rank';
import type { QuoteSearchDocument } from '../src/main/archive/search/searchDocument';
import { isOneEditApart } from '../src/main/archive/search/typoIndex';

/**
 * The baseline the index must beat: every document's fields are folded and
 * tokenised ONCE up front, then each query checks every document's token
 * arrays for every condition (exact/prefix/typo words, phrases, exclusions,
 * filters) and ranks the matches with the same weights and top-k selection.
 */
interface ScannedQuote {
  id: string;
  text: string[];
  meta: string[];
  speakerWords: string[];
  competitionWords: string[];
  tagWords: string[][];
  season: string;
  status: string;
  date: number;
}

export interface LinearScanResult {
  total: number;
  ids: string[];
}

export class LinearScan {
  private readonly quotes: ScannedQuote[];

  constructor(documents: readonly QuoteSearchDocument[]) {
    // Share one string per distinct term, as an index's dictionary would.
    const interned = new Map<string, string>();
    const fold = (value: string): string[] =>
      foldedTerms(value).map((term) => {
        const known = interned.get(term);
        if (known !== undefined) return known;
        interned.set(term, term);
        return term;
      });
    this.quotes = documents.map((doc) => {
      const speakerWords = [doc.speaker, ...doc.speakerAliases].flatMap(fold);
      const metaValues = [doc.setting, doc.interviewer, doc.outlet, ...doc.sourceTitles, ...doc.tags];
      return {
        id: doc.id,
        text: fold(doc.text),
        meta: [...new Set([...speakerWords, ...metaValues.flatMap(fold)])],
        speakerWords,
        competitionWords: fold(doc.competition),
        tagWords: doc.tags.map(fold),
        season: normalizeSeason(doc.season) ?? doc.season,
        status: doc.status,
        date: dateKey(doc.date),
      };
    });
  }

  search(query: string, limit: number): LinearScanResult {
    const parsed = parseQuery(query);
    const matchedIds: string[] = [];
    const scores: number[] = [];
    const dates: number[] = [];
    for (const quote of this.quotes) {
      const score = this.score(quote, parsed);
      if (score < 0) continue;
      matchedIds.push(quote.id);
      scores.push(score);
      dates.push(quote.date);
    }
    const top = selectTop(matchedIds.length, limit, (a, b) =>
      scores[a] !== scores[b] ? scores[a] > scores[b] : dates[a] !== dates[b] ? dates[a] > dates[b] : a > b,
    );
    return { total: matchedIds.length, ids: top.map((i) => matchedIds[i]) };
  }

  /** The quote's score, or -1 when it does not match. */
  private score(quote: ScannedQuote, query: ParsedQuery): number {
    if (!passesFilters(quote, query.filters)) return -1;
    let total = 0;
    for (const word of query.words) {
      const inText = bestMatchWeight(quote.text, word);
      const inMeta = bestMatchWeight(quote.meta, word);
      if (inText === 0 && inMeta === 0) return -1;
      total +=
        inText === inMeta
          ? inText * fieldWeight(IN_TEXT | IN_META)
          : Math.max(inText * fieldWeight(IN_TEXT), inMeta * fieldWeight(IN_META));
    }
    for (const phrase of query.phrases) {
      if (!containsPhrase(quote.text, phrase)) return -1;
      total += PHRASE_WORD_WEIGHT * phrase.length;
    }
    for (const word of query.excludedWords) {
      if (quote.text.includes(word) || quote.meta.includes(word)) return -1;
    }
    for (const phrase of query.excludedPhrases) {
      if (containsPhrase(quote.text, phrase)) return -1;
    }
    return total;
  }
}

/** Best exact/prefix/typo weight of `word` among `tokens`, 0 when none matches. */
function bestMatchWeight(tokens: readonly string[], word: QueryWord): number {
  let best = 0;
  for (const token of tokens) {
    if (token === word.term) return EXACT_WEIGHT;
    if (word.prefix && best < PREFIX_WEIGHT && token.startsWith(word.term)) best = PREFIX_WEIGHT;
    else if (
      word.typo &&
      best < TYPO_WEIGHT &&
      Math.abs(token.length - word.term.length) <= 1 &&
      isOneEditApart(word.term, token)
    ) {
      best = TYPO_WEIGHT;
    }
  }
  return best;
}

function containsPhrase(tokens: readonly string[], phrase: readonly string[]): boolean {
  for (let i = 0; i + phrase.length <= tokens.length; i++) {
    let j = 0;
    while (j < phrase.length && tokens[i + j] === phrase[j]) j++;
    if (j === phrase.length) return true;
  }
  return false;
}

function passesFilters(quote: ScannedQuote, filters: ParsedQuery['filters']): boolean {
  const hasWords = (words: readonly string[], value: readonly string[]): boolean => value.every((w) => words.includes(w));
  if (filters.speaker.length > 0 && !filters.speaker.some((value) => hasWords(quote.speakerWords, value))) return false;
  if (filters.competition.length > 0 && !filters.competition.some((value) => hasWords(quote.competitionWords, value))) {
    return false;
  }
  if (filters.tag.length > 0 && !filters.tag.some((value) => quote.tagWords.some((tag) => hasWords(tag, value)))) {
    return false;
  }
  if (filters.season.length > 0 && !filters.season.includes(quote.season)) return false;
  if (filters.status.length > 0 && !filters.status.some((status) => status === quote.status)) return false;
  if (filters.before !== undefined || filters.after !== undefined) {
    if (quote.date < 0) return false;
    if (filters.before !== undefined && quote.date >= dateKey(filters.before)) return false;
    if (filters.after !== undefined && quote.date <= dateKey(filters.after)) return false;
  }
  return true;
}
