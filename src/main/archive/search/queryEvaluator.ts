import type { ParsedQuery, QueryWord } from '../../../shared/search/query';
import { CandidateSet } from './candidates';
import type { DocStore } from './docStore';
import type { DocFilter } from './filters';
import { PhraseMatcher } from './phrase';
import { IN_META, IN_TEXT, type PostingLists, postingDoc, postingFields } from './postings';
import { EXACT_WEIGHT, PHRASE_WORD_WEIGHT, PREFIX_WEIGHT, TYPO_WEIGHT, fieldWeight } from './rank';
import { growInt32 } from './typedArrays';
import type { TypoIndex } from './typoIndex';
import type { Vocabulary } from './vocabulary';

/**
 * A short prefix can expand to thousands of words; the most frequent ones are
 * kept, so as-you-type search stays fast and shows the likely hits...
 */
export const MAX_PREFIX_EXPANSIONS = 64;
/**
 * ...and only as many as fit in this many postings per quote: one typed letter
 * ("t") would otherwise walk millions of postings for a meaningless result.
 */
export const PREFIX_POSTINGS_BUDGET_PER_DOC = 2;

/** The indexed words one query word stands for, each with its match weight. */
interface WordExpansion {
  termIds: number[];
  weights: number[];
  /** Postings to walk to evaluate it from the inverted index. */
  cost: number;
}

export interface Evaluation {
  /** The matching quotes and their scores. */
  candidates: CandidateSet;
  /** Every indexed term the plain words matched (exact, prefix, typo), for highlighting. */
  matchedTermIds: number[];
}

/**
 * Finds and scores the quotes matching a parsed query. Each plain word
 * expands to its exact term, prefix terms (last word only) and one-edit
 * terms (5+ letters). The cheapest word or phrase seeds the candidates
 * (filters are checked per quote as it enters); the others narrow them, each
 * by walking postings or by checking the candidates' forward terms, whichever
 * touches fewer entries; exclusions go last.
 */
export class QueryEvaluator {
  private readonly candidates = new CandidateSet();
  /** Per-term stamps: "in the word being evaluated" without clearing arrays. */
  private termStamp = new Int32Array(0);
  private termSlot = new Int32Array(0);
  private stampEpoch = 0;

  constructor(
    private readonly vocabulary: Vocabulary,
    private readonly postings: PostingLists,
    private readonly typos: TypoIndex,
    private readonly store: DocStore,
  ) {}

  evaluate(parsed: ParsedQuery, filter: DocFilter): Evaluation {
    this.termStamp = growInt32(this.termStamp, this.vocabulary.size);
    this.termSlot = growInt32(this.termSlot, this.vocabulary.size);
    const { candidates } = this;
    candidates.reset(this.store.count);

    const words = parsed.words.map((word) => this.expand(word));
    const phrases: number[][] = [];
    for (const phrase of parsed.phrases) {
      const ids = this.termIdsOf(phrase);
      if (ids === undefined) return { candidates, matchedTermIds: [] };
      phrases.push(ids);
    }
    if (words.some((word) => word.termIds.length === 0)) return { candidates, matchedTermIds: [] };

    this.collectCandidates(words, phrases, filter);
    for (const term of parsed.excludedWords) {
      const id = this.vocabulary.idOf(term);
      if (id !== undefined) this.excludeWord(id);
    }
    for (const phrase of parsed.excludedPhrases) {
      const ids = this.termIdsOf(phrase);
      if (ids !== undefined) this.narrowByPhrase(ids, true);
    }
    return { candidates, matchedTermIds: words.flatMap((word) => word.termIds) };
  }

  private nextStampEpoch(): number {
    if (this.stampEpoch === 0x7fffffff) {
      this.termStamp.fill(0);
      this.stampEpoch = 0;
    }
    return ++this.stampEpoch;
  }

  private termIdsOf(terms: readonly string[]): number[] | undefined {
    const ids: number[] = [];
    for (const term of terms) {
      const id = this.vocabulary.idOf(term);
      if (id === undefined || this.postings.documentFrequency(id) === 0) return undefined;
      ids.push(id);
    }
    return ids;
  }

  private expand(word: QueryWord): WordExpansion {
    const { vocabulary, postings } = this;
    const weightOf = new Map<number, number>();
    const exact = vocabulary.idOf(word.term);
    if (exact !== undefined && postings.documentFrequency(exact) > 0) weightOf.set(exact, EXACT_WEIGHT);
    if (word.prefix) {
      const prefixed: number[] = [];
      vocabulary.forEachWithPrefix(word.term, (id) => {
        if (id !== exact && postings.documentFrequency(id) > 0) prefixed.push(id);
      });
      prefixed.sort((a, b) => postings.documentFrequency(b) - postings.documentFrequency(a));
      const budget = PREFIX_POSTINGS_BUDGET_PER_DOC * this.store.live;
      let spent = 0;
      for (const id of prefixed.slice(0, MAX_PREFIX_EXPANSIONS)) {
        spent += postings.length(id);
        if (spent > budget && weightOf.size > 0) break;
        weightOf.set(id, PREFIX_WEIGHT);
      }
    }
    if (word.typo) {
      for (const id of this.typos.lookup(word.term)) {
        if (!weightOf.has(id) && postings.documentFrequency(id) > 0) weightOf.set(id, TYPO_WEIGHT);
      }
    }
    const termIds = [...weightOf.keys()];
    return {
      termIds,
      weights: termIds.map((id) => weightOf.get(id) ?? 0),
      cost: termIds.reduce((sum, id) => sum + postings.length(id), 0),
    };
  }

  /** Cost of checking one candidate against the forward index, in postings-walk units. */
  private forwardCostPerCandidate(): number {
    const { store } = this;
    return store.live === 0 ? 1 : (store.liveTextTerms + store.liveMetaTerms) / store.live;
  }

  /**
   * Seeds candidates from the cheapest word or phrase (fewest postings), then
   * narrows by the others, cheapest first, so the candidate set shrinks early.
   */
  private collectCandidates(words: WordExpansion[], phrases: number[][], filter: DocFilter): void {
    const { store, candidates, postings } = this;
    if (words.length === 0 && phrases.length === 0) {
      for (let doc = 0; doc < store.count; doc++) {
        if (store.alive[doc] === 1 && (!filter.active || filter.matches(doc))) candidates.offer(doc, 0);
      }
      return;
    }
    const phraseCost = (phrase: number[]): number => Math.min(...phrase.map((id) => postings.length(id)));
    const sortedWords = [...words].sort((a, b) => a.cost - b.cost);
    const sortedPhrases = [...phrases].sort((a, b) => phraseCost(a) - phraseCost(b));
    if (sortedWords.length > 0 && (sortedPhrases.length === 0 || sortedWords[0].cost <= phraseCost(sortedPhrases[0]))) {
      this.seedFromWord(sortedWords[0], filter);
      sortedWords.shift();
    } else {
      const phrase = sortedPhrases[0];
      this.seedFromPhrase(phrase, filter);
      sortedPhrases.shift();
    }
    for (const word of sortedWords) {
      if (candidates.size === 0) return;
      this.narrowByWord(word);
    }
    for (const phrase of sortedPhrases) {
      if (candidates.size === 0) return;
      this.narrowByPhrase(phrase, false);
    }
  }

  private seedFromWord(word: WordExpansion, filter: DocFilter): void {
    const { postings, candidates, store } = this;
    const alive = store.alive;
    for (let k = 0; k < word.termIds.length; k++) {
      const id = word.termIds[k];
      const weight = word.weights[k];
      const list = postings.list(id);
      const length = postings.length(id);
      for (let i = 0; i < length; i++) {
        const posting = list[i];
        const doc = postingDoc(posting);
        if (alive[doc] === 0) continue;
        if (filter.active && !candidates.has(doc) && !filter.matches(doc)) continue;
        candidates.offer(doc, weight * fieldWeight(postingFields(posting)));
      }
    }
  }

  private seedFromPhrase(phrase: number[], filter: DocFilter): void {
    const { postings, candidates, store } = this;
    const matcher = new PhraseMatcher(phrase, (id) => postings.length(id));
    const list = postings.list(matcher.anchorTerm);
    const length = postings.length(matcher.anchorTerm);
    const score = PHRASE_WORD_WEIGHT * phrase.length;
    for (let i = 0; i < length; i++) {
      const posting = list[i];
      const doc = postingDoc(posting);
      if ((postingFields(posting) & IN_TEXT) === 0 || store.alive[doc] === 0) continue;
      if (filter.active && !filter.matches(doc)) continue;
      if (matcher.matches(store, doc)) candidates.offer(doc, score);
    }
  }

  /** Keeps candidates matching `word`, adding its best match weight to their score. */
  private narrowByWord(word: WordExpansion): void {
    const { postings, candidates, store } = this;
    const best = candidates.prepareScratch(0);
    if (word.cost <= candidates.size * this.forwardCostPerCandidate()) {
      for (let k = 0; k < word.termIds.length; k++) {
        const weight = word.weights[k];
        const list = postings.list(word.termIds[k]);
        const length = postings.length(word.termIds[k]);
        for (let i = 0; i < length; i++) {
          const posting = list[i];
          const doc = postingDoc(posting);
          if (!candidates.has(doc)) continue;
          const slot = candidates.slotOf(doc);
          const score = weight * fieldWeight(postingFields(posting));
          if (score > best[slot]) best[slot] = score;
        }
      }
    } else {
      // Few candidates, expensive postings: look the words up in each candidate instead.
      const epoch = this.nextStampEpoch();
      const { termStamp, termSlot } = this;
      for (let k = 0; k < word.termIds.length; k++) {
        termStamp[word.termIds[k]] = epoch;
        termSlot[word.termIds[k]] = k;
      }
      const fieldsOf = new Uint8Array(word.termIds.length);
      const touched: number[] = [];
      const mark = (pool: Int32Array, start: number, length: number, field: number): void => {
        for (let i = start; i < start + length; i++) {
          const term = pool[i];
          if (termStamp[term] !== epoch) continue;
          const k = termSlot[term];
          if (fieldsOf[k] === 0) touched.push(k);
          fieldsOf[k] |= field;
        }
      };
      for (let slot = 0; slot < candidates.size; slot++) {
        const doc = candidates.docs[slot];
        mark(store.textPool, store.textStart[doc], store.textLength[doc], IN_TEXT);
        mark(store.metaPool, store.metaStart[doc], store.metaLength[doc], IN_META);
        let score = 0;
        for (const k of touched) {
          score = Math.max(score, word.weights[k] * fieldWeight(fieldsOf[k]));
          fieldsOf[k] = 0;
        }
        touched.length = 0;
        best[slot] = score;
      }
    }
    candidates.retain(true);
  }

  /** Keeps candidates whose text contains the phrase (or, when `exclude`, does not). */
  private narrowByPhrase(phrase: number[], exclude: boolean): void {
    const { postings, candidates, store } = this;
    const keep = candidates.prepareScratch(exclude ? 1 : 0);
    const matcher = new PhraseMatcher(phrase, (id) => postings.length(id));
    const rarest = matcher.anchorTerm;
    const mark = (slot: number, doc: number): void => {
      if (matcher.matches(store, doc)) keep[slot] = exclude ? 0 : PHRASE_WORD_WEIGHT * phrase.length;
    };
    if (postings.length(rarest) < candidates.size) {
      // Only candidates holding the rarest phrase word in their text need the positional check.
      const list = postings.list(rarest);
      const length = postings.length(rarest);
      for (let i = 0; i < length; i++) {
        const doc = postingDoc(list[i]);
        if ((postingFields(list[i]) & IN_TEXT) !== 0 && candidates.has(doc)) mark(candidates.slotOf(doc), doc);
      }
    } else {
      for (let slot = 0; slot < candidates.size; slot++) mark(slot, candidates.docs[slot]);
    }
    candidates.retain(!exclude);
  }

  private excludeWord(termId: number): void {
    const { postings, candidates, store } = this;
    if (candidates.size === 0) return;
    const keep = candidates.prepareScratch(1);
    if (postings.length(termId) <= candidates.size * this.forwardCostPerCandidate()) {
      const list = postings.list(termId);
      const length = postings.length(termId);
      for (let i = 0; i < length; i++) {
        const doc = postingDoc(list[i]);
        if (candidates.has(doc)) keep[candidates.slotOf(doc)] = 0;
      }
    } else {
      const contains = (pool: Int32Array, start: number, length: number): boolean => {
        for (let i = start; i < start + length; i++) if (pool[i] === termId) return true;
        return false;
      };
      for (let slot = 0; slot < candidates.size; slot++) {
        const doc = candidates.docs[slot];
        if (
          contains(store.textPool, store.textStart[doc], store.textLength[doc]) ||
          contains(store.metaPool, store.metaStart[doc], store.metaLength[doc])
        ) {
          keep[slot] = 0;
        }
      }
    }
    candidates.retain(false);
  }
}
