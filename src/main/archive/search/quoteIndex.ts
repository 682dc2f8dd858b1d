/**
 * In-memory full-text index of quotes for the archive's search box.
 *
 * Layout: a term dictionary (`Vocabulary`), one posting list per term of
 * `doc << 2 | fields` (`PostingLists`), a one-edit typo multimap
 * (`TypoIndex`), and per-document columns plus a forward index (`DocStore`).
 * Documents get dense numbers; removal tombstones and compacts lazily, so
 * add/update/remove never rebuild.
 *
 * Query evaluation (query syntax: shared/search/query.ts): each plain word
 * expands to its exact term, prefix terms (last word only, most frequent
 * MAX_PREFIX_EXPANSIONS) and one-edit terms (5+ letters). The cheapest word or
 * phrase seeds the candidates (filters checked per document via small lookup
 * tables); the others narrow them, each by walking postings or by checking the
 * candidates' forward terms, whichever touches fewer entries. Ranking: sum
 * over words of (exact 1 > prefix 0.6 > typo 0.4) x (text 1 > other fields
 * 0.35), plus 1 per phrase word; ties newest first. Only the returned page is
 * highlighted.
 */
import { foldWord, foldedTerms, forEachWordRange } from '../../../shared/search/normalize';
import { MIN_TYPO_WORD_LENGTH, normalizeSeason, parseQuery, type QueryWord } from '../../../shared/search/query';
import { CandidateSet } from './candidates';
import { DocStore, dateKey } from './docStore';
import { DocFilter, FieldValues, statusCode, type FilterFields } from './filters';
import { highlightRanges } from './highlight';
import { PhraseMatcher } from './phrase';
import { IN_META, IN_TEXT, PostingLists, postingDoc, postingFields } from './postings';
import { EXACT_WEIGHT, PHRASE_WORD_WEIGHT, PREFIX_WEIGHT, TYPO_WEIGHT, fieldWeight, selectTop } from './rank';
import type {
  QuoteSearchDocument,
  QuoteSearchHit,
  QuoteSearchOptions,
  QuoteSearchResult,
} from './searchDocument';
import { growInt32 } from './typedArrays';
import { TypoIndex } from './typoIndex';
import { Vocabulary } from './vocabulary';

export interface QuoteIndex {
  /** Number of quotes in the index. */
  readonly size: number;
  has(id: string): boolean;
  /** Indexes a new quote; throws if its id is already indexed (use `update`). */
  add(doc: QuoteSearchDocument): void;
  /** Replaces the quote with the same id (or adds it). */
  update(doc: QuoteSearchDocument): void;
  /** Returns false when the id was not indexed. */
  remove(id: string): boolean;
  search(query: string, options?: QuoteSearchOptions): QuoteSearchResult;
}

export const DEFAULT_SEARCH_LIMIT = 50;
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
/** Compact once tombstones are at least this many and a quarter of all slots. */
const MIN_TOMBSTONES_TO_COMPACT = 32;

/** The indexed words one query word stands for, each with its match weight. */
interface WordExpansion {
  termIds: number[];
  weights: number[];
  /** Postings to walk to evaluate it from the inverted index. */
  cost: number;
}

/** A non-negative integer from a caller-supplied option (NaN, negatives and fractions tolerated). */
function wholeNumber(value: number | undefined, fallback: number): number {
  return value === undefined || !Number.isFinite(value) ? fallback : Math.max(0, Math.floor(value));
}

export function createQuoteIndex(docs: Iterable<QuoteSearchDocument> = []): QuoteIndex {
  const index = new InvertedQuoteIndex();
  index.addAll(docs);
  index.prepareForSearch();
  return index;
}

class InvertedQuoteIndex implements QuoteIndex {
  private readonly vocabulary = new Vocabulary();
  private readonly postings = new PostingLists();
  private readonly typos = new TypoIndex((id) => this.vocabulary.termOf(id), MIN_TYPO_WORD_LENGTH);
  private readonly store = new DocStore();
  private readonly fields: FilterFields = {
    speaker: new FieldValues(),
    competition: new FieldValues(),
    season: new FieldValues(),
    tag: new FieldValues(),
  };
  private readonly docNumberOf = new Map<string, number>();
  private readonly candidates = new CandidateSet();
  /** Term ids of each speaker's names, by speaker value id. */
  private readonly speakerTerms: Int32Array[] = [];
  /** Term ids of each tag, by tag value id. */
  private readonly tagTerms: Int32Array[] = [];
  /** Term ids of settings, interviewers and outlets: a few hundred distinct labels. */
  private readonly labelTermCache = new Map<string, Int32Array>();

  /** Per-term stamps: "seen in this document/query step" without clearing arrays. */
  private termStamp = new Int32Array(0);
  private termSlot = new Int32Array(0);
  private stampEpoch = 0;

  get size(): number {
    return this.store.live;
  }

  has(id: string): boolean {
    return this.docNumberOf.has(id);
  }

  add(record: QuoteSearchDocument): void {
    if (this.docNumberOf.has(record.id)) throw new Error(`Quote "${record.id}" is already indexed; use update()`);
    this.insert(record);
  }

  update(record: QuoteSearchDocument): void {
    this.remove(record.id);
    this.insert(record);
  }

  remove(id: string): boolean {
    const doc = this.docNumberOf.get(id);
    if (doc === undefined) return false;
    const { store, postings } = this;
    const epoch = this.nextStampEpoch();
    const forget = (pool: Int32Array, start: number, length: number): void => {
      for (let i = start; i < start + length; i++) {
        const term = pool[i];
        if (this.termStamp[term] !== epoch) {
          this.termStamp[term] = epoch;
          postings.forgetDoc(term);
        }
      }
    };
    forget(store.textPool, store.textStart[doc], store.textLength[doc]);
    forget(store.metaPool, store.metaStart[doc], store.metaLength[doc]);
    store.tombstone(doc);
    this.docNumberOf.delete(id);
    if (store.dead >= MIN_TOMBSTONES_TO_COMPACT && store.dead * 4 >= store.count) this.compact();
    return true;
  }

  /** Sorts the vocabulary once after a bulk load rather than on the first search. */
  prepareForSearch(): void {
    this.vocabulary.sortPending();
  }

  search(query: string, options: QuoteSearchOptions = {}): QuoteSearchResult {
    const limit = wholeNumber(options.limit, DEFAULT_SEARCH_LIMIT);
    const offset = wholeNumber(options.offset, 0);
    const parsed = parseQuery(query);
    const noMatch: QuoteSearchResult = { total: 0, hits: [], warnings: parsed.warnings };

    const words = parsed.words.map((word) => this.expand(word));
    const phrases = parsed.phrases.map((phrase) => this.termIdsOf(phrase));
    if (words.some((word) => word.termIds.length === 0)) return noMatch;
    const knownPhrases: number[][] = [];
    for (const phrase of phrases) {
      if (phrase === undefined) return noMatch;
      knownPhrases.push(phrase);
    }

    const filter = new DocFilter(parsed.filters, this.fields, this.store);
    this.candidates.reset(this.store.count);
    this.collectCandidates(words, knownPhrases, filter);

    for (const term of parsed.excludedWords) {
      const id = this.vocabulary.idOf(term);
      if (id !== undefined) this.excludeWord(id);
    }
    for (const phrase of parsed.excludedPhrases) {
      const ids = this.termIdsOf(phrase);
      if (ids !== undefined) this.narrowByPhrase(ids, true);
    }

    const { candidates, store } = this;
    const { docs, scores } = candidates;
    const date = store.date;
    const top = selectTop(candidates.size, offset + limit, (a, b) => {
      if (scores[a] !== scores[b]) return scores[a] > scores[b];
      const da = docs[a];
      const db = docs[b];
      if (date[da] !== date[db]) return date[da] > date[db];
      return da > db;
    });

    const matchedTerms = new Set<string>();
    for (const word of words) for (const id of word.termIds) matchedTerms.add(this.vocabulary.termOf(id));
    const speakerTerms = new Set(matchedTerms);
    for (const value of parsed.filters.speaker) for (const term of value) speakerTerms.add(term);

    const hits: QuoteSearchHit[] = [];
    for (const slot of top.slice(offset)) {
      const record = store.records[docs[slot]];
      if (record === undefined) continue;
      hits.push({
        id: record.id,
        score: scores[slot],
        highlights: {
          text: highlightRanges(record.text, matchedTerms, parsed.phrases),
          speaker: highlightRanges(record.speaker, speakerTerms, []),
        },
      });
    }
    return { total: candidates.size, hits, warnings: parsed.warnings };
  }

  // ---- indexing -------------------------------------------------------------

  /** Adds many quotes: forward index first, then postings sized once (no regrowth, no garbage). */
  addAll(records: Iterable<QuoteSearchDocument>): void {
    const first = this.store.count;
    for (const record of records) {
      if (this.docNumberOf.has(record.id)) throw new Error(`Quote "${record.id}" is already indexed; use update()`);
      this.insertForward(record);
    }
    this.store.trimPools();
    this.postings.reserve(this.countNewDocumentsPerTerm(first));
    this.indexPostings(first);
  }

  private insert(record: QuoteSearchDocument): void {
    const doc = this.insertForward(record);
    this.indexPostings(doc);
  }

  /** Stores a quote's columns and forward term lists; postings come after (`indexPostings`). */
  private insertForward(record: QuoteSearchDocument): number {
    const { store, fields } = this;
    const doc = store.allocate(record);
    store.date[doc] = dateKey(record.date);
    const season = normalizeSeason(record.season) ?? record.season.trim();
    store.season[doc] = fields.season.intern(season, () => [season]);
    store.competition[doc] = fields.competition.intern(record.competition, () => foldedTerms(record.competition));
    const speakerNames = [record.speaker, ...record.speakerAliases];
    const speaker = fields.speaker.intern(speakerNames.join('\u0001'), () =>
      speakerNames.flatMap((name) => foldedTerms(name)),
    );
    store.speaker[doc] = speaker;
    store.status[doc] = statusCode(record.status);

    const text = record.text;
    forEachWordRange(text, (start, end, hash, foldedLength) => {
      const id = this.termIdAt(text, start, end, hash, foldedLength);
      if (id >= 0) store.pushTextTerm(doc, id);
    });

    const epoch = this.nextStampEpoch();
    const addMetaTerm = (id: number): void => {
      if (id < 0 || this.termStamp[id] === epoch) return;
      this.termStamp[id] = epoch;
      store.pushMetaTerm(doc, id);
    };
    const addMeta = (ids: Int32Array): void => {
      for (const id of ids) addMetaTerm(id);
    };
    // Speakers, tags and short labels repeat across thousands of quotes: tokenise each once.
    this.speakerTerms[speaker] ??= this.termIdsOfValue(speakerNames.join(' '));
    addMeta(this.speakerTerms[speaker]);
    addMeta(this.labelTerms(record.setting));
    addMeta(this.labelTerms(record.interviewer));
    addMeta(this.labelTerms(record.outlet));
    // Source titles are mostly unique: scan them straight into the forward index.
    for (const title of record.sourceTitles) {
      forEachWordRange(title, (start, end, hash, foldedLength) =>
        addMetaTerm(this.termIdAt(title, start, end, hash, foldedLength)),
      );
    }
    for (const tag of record.tags) {
      const tagId = fields.tag.intern(tag, () => foldedTerms(tag));
      store.pushTag(doc, tagId);
      this.tagTerms[tagId] ??= this.termIdsOfValue(tag);
      addMeta(this.tagTerms[tagId]);
    }

    this.docNumberOf.set(record.id, doc);
    return doc;
  }

  /** Per term, how many documents from `first` on contain it. */
  private countNewDocumentsPerTerm(first: number): Int32Array {
    const { store } = this;
    const counts = new Int32Array(this.vocabulary.size);
    for (let doc = first; doc < store.count; doc++) {
      const epoch = this.nextStampEpoch();
      const count = (pool: Int32Array, start: number, length: number): void => {
        for (let i = start; i < start + length; i++) {
          const term = pool[i];
          if (this.termStamp[term] === epoch) continue;
          this.termStamp[term] = epoch;
          counts[term]++;
        }
      };
      count(store.textPool, store.textStart[doc], store.textLength[doc]);
      count(store.metaPool, store.metaStart[doc], store.metaLength[doc]);
    }
    return counts;
  }

  /** Appends postings for documents `first`..count-1 from their forward term lists. */
  private indexPostings(first: number): void {
    const { store, postings } = this;
    for (let doc = first; doc < store.count; doc++) {
      const text = store.textPool;
      for (let i = store.textStart[doc], end = i + store.textLength[doc]; i < end; i++) postings.add(text[i], doc, IN_TEXT);
      const meta = store.metaPool;
      for (let i = store.metaStart[doc], end = i + store.metaLength[doc]; i < end; i++) postings.add(meta[i], doc, IN_META);
    }
  }

  private labelTerms(label: string): Int32Array {
    let ids = this.labelTermCache.get(label);
    if (ids === undefined) {
      ids = this.termIdsOfValue(label);
      this.labelTermCache.set(label, ids);
    }
    return ids;
  }

  /** Term ids of the words of a field value, in order. */
  private termIdsOfValue(value: string): Int32Array {
    const ids: number[] = [];
    forEachWordRange(value, (start, end, hash, foldedLength) => {
      const id = this.termIdAt(value, start, end, hash, foldedLength);
      if (id >= 0) ids.push(id);
    });
    return Int32Array.from(ids);
  }

  private termId(term: string): number {
    let id = this.vocabulary.idOf(term);
    if (id === undefined) {
      id = this.vocabulary.add(term);
      this.postings.addTerm(id);
      this.typos.add(term, id);
      if (id >= this.termStamp.length) {
        this.termStamp = growInt32(this.termStamp, id + 1);
        this.termSlot = growInt32(this.termSlot, id + 1);
      }
    }
    return id;
  }

  /** Term id of the word text[start, end), or -1 when it folds to nothing. */
  private termIdAt(text: string, start: number, end: number, hash: number, foldedLength: number): number {
    if (foldedLength === 0) return -1;
    if (foldedLength > 0) {
      const id = this.vocabulary.idOfWord(text, start, end, hash, foldedLength);
      if (id >= 0) return id;
    }
    const term = foldWord(text.slice(start, end));
    return term === '' ? -1 : this.termId(term);
  }

  private nextStampEpoch(): number {
    if (this.stampEpoch === 0x7fffffff) {
      this.termStamp.fill(0);
      this.stampEpoch = 0;
    }
    return ++this.stampEpoch;
  }

  /** Drops tombstones: renumbers documents densely and rewrites postings. */
  private compact(): void {
    const renumbered = this.store.compact();
    this.postings.compact(renumbered);
    this.docNumberOf.clear();
    for (let doc = 0; doc < this.store.count; doc++) {
      const record = this.store.records[doc];
      if (record !== undefined) this.docNumberOf.set(record.id, doc);
    }
  }

  // ---- query evaluation -----------------------------------------------------

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
