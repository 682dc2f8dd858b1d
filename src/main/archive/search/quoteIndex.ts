/**
 * In-memory full-text index of quotes for the archive's search box.
 *
 * Layout: a term dictionary (`Vocabulary`), one posting list per term of
 * `doc << 2 | fields` (`PostingLists`), a one-edit typo multimap
 * (`TypoIndex`), and per-document columns plus a forward index (`DocStore`).
 * Documents get dense numbers; removal tombstones and compacts lazily, so
 * add/update/remove never rebuild.
 *
 * Queries (syntax: shared/search/query.ts) are evaluated by `QueryEvaluator`.
 * Ranking: sum over plain words of (exact 1 > prefix 0.6 > typo 0.4) x (quote
 * text 1 > other fields 0.35), plus 1 per phrase word; ties newest first.
 * Highlights are computed only for the returned page.
 */
import { foldWord, foldedTerms, forEachWordRange } from '../../../shared/search/normalize';
import { MIN_TYPO_WORD_LENGTH, normalizeSeason, parseQuery } from '../../../shared/search/query';
import { DocStore, dateKey } from './docStore';
import { DocFilter, filterFields, statusCode, type FilterFields } from './filters';
import { highlightRanges } from './highlight';
import { IN_META, IN_TEXT, PostingLists } from './postings';
import { QueryEvaluator } from './queryEvaluator';
import { selectTop } from './rank';
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
/** Compact once tombstones are at least this many and a quarter of all slots. */
const MIN_TOMBSTONES_TO_COMPACT = 32;

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
  private readonly fields: FilterFields = filterFields();
  private readonly docNumberOf = new Map<string, number>();
  private readonly evaluator = new QueryEvaluator(this.vocabulary, this.postings, this.typos, this.store);
  /** Term ids of each speaker's names, by speaker value id. */
  private readonly speakerTerms: Int32Array[] = [];
  /** Term ids of each tag, by tag value id. */
  private readonly tagTerms: Int32Array[] = [];
  /** Term ids of settings, interviewers and outlets: a few hundred distinct labels. */
  private readonly labelTermCache = new Map<string, Int32Array>();

  /** Per-term stamps: "already seen in this document" without clearing arrays. */
  private termStamp = new Int32Array(0);
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
    const filter = new DocFilter(parsed.filters, this.fields, this.store);
    const { candidates, matchedTermIds } = this.evaluator.evaluate(parsed, filter);

    const { store } = this;
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
    for (const id of matchedTermIds) matchedTerms.add(this.vocabulary.termOf(id));
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
    // Keyed by the raw value so the season is normalised once per distinct spelling.
    store.season[doc] = fields.season.intern(record.season, () => [
      normalizeSeason(record.season) ?? record.season.trim(),
    ]);
    for (const field of ['competition', 'setting', 'interviewer', 'outlet'] as const) {
      store.labels[field][doc] = fields[field].intern(record[field], () => foldedTerms(record[field]));
    }
    store.labels.match[doc] = fields.match.intern(`${record.matchOpponent}\u0001${record.matchDate}`, () =>
      record.matchDate ? [...foldedTerms(record.matchOpponent), record.matchDate] : [],
    );
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
      this.termStamp = growInt32(this.termStamp, id + 1);
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

}
