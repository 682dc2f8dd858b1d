import { foldUnit, hashTerm } from '../../../shared/search/normalize';
import { growInt32 } from './typedArrays';

/**
 * Term dictionary (folded word ↔ dense id) plus the terms in sorted order for
 * prefix expansion by binary search. Terms are never removed: a term whose
 * documents were all deleted simply has a document frequency of 0.
 *
 * The dictionary is an open-addressing hash table over typed arrays (hash and
 * id side by side, term characters in one pool) rather than a Map, so words
 * are looked up straight from the quote text (`idOfWord`) without slicing,
 * folding and hashing millions of temporary strings, and with few cache misses.
 */
export class Vocabulary {
  private readonly terms: string[] = [];
  /** Pairs (hash, id + 1) per slot, id + 1 = 0 when empty; at most half full. */
  private slots = new Int32Array(2 << 12);
  private charPool = new Uint16Array(1 << 16);
  private charPoolLength = 0;
  private termStart = new Int32Array(0);
  private termLength = new Int32Array(0);
  /** Term ids ordered by term text; terms added since the last sort wait in `unsorted`. */
  private sortedIds: number[] = [];
  private sortedTerms: string[] = [];
  private unsorted: number[] = [];

  get size(): number {
    return this.terms.length;
  }

  idOf(term: string): number | undefined {
    const hash = hashTerm(term);
    const mask = (this.slots.length >> 1) - 1;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const entry = this.slots[2 * slot + 1];
      if (entry === 0) return undefined;
      if (this.slots[2 * slot] === hash && this.terms[entry - 1] === term) return entry - 1;
    }
  }

  /**
   * Id of the term whose hash and length `forEachWordRange` reported for the
   * word text[start, end), or -1 when that term is not in the dictionary.
   */
  idOfWord(text: string, start: number, end: number, hash: number, length: number): number {
    const mask = (this.slots.length >> 1) - 1;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const entry = this.slots[2 * slot + 1];
      if (entry === 0) return -1;
      const id = entry - 1;
      if (this.slots[2 * slot] === hash && this.termLength[id] === length && this.poolMatches(id, text, start, end)) {
        return id;
      }
    }
  }

  /** Whether the folded word text[start, end) equals term `id`'s characters. */
  private poolMatches(id: number, text: string, start: number, end: number): boolean {
    const pool = this.charPool;
    let k = this.termStart[id];
    for (let i = start; i < end; i++) {
      const c = text.charCodeAt(i);
      if (c < 128) {
        if (c === 0x27) continue;
        if (pool[k++] !== (c >= 65 && c <= 90 ? c + 32 : c)) return false;
        continue;
      }
      const folded = foldUnit(c) ?? '';
      for (let j = 0; j < folded.length; j++) if (pool[k++] !== folded.charCodeAt(j)) return false;
    }
    return true;
  }

  termOf(id: number): string {
    return this.terms[id];
  }

  /** Adds a term that is not in the dictionary yet and returns its id. */
  add(term: string): number {
    const id = this.terms.length;
    this.terms.push(term);
    this.termStart = growInt32(this.termStart, id + 1);
    this.termLength = growInt32(this.termLength, id + 1);
    this.termStart[id] = this.charPoolLength;
    this.termLength[id] = term.length;
    if (this.charPoolLength + term.length > this.charPool.length) {
      const grown = new Uint16Array(Math.max(this.charPool.length * 2, this.charPoolLength + term.length));
      grown.set(this.charPool);
      this.charPool = grown;
    }
    for (let i = 0; i < term.length; i++) this.charPool[this.charPoolLength++] = term.charCodeAt(i);
    if (this.terms.length * 4 > this.slots.length) this.rehash(this.slots.length * 2);
    else this.place(id, hashTerm(term));
    this.unsorted.push(id);
    return id;
  }

  private place(id: number, hash: number): void {
    const mask = (this.slots.length >> 1) - 1;
    let slot = hash & mask;
    while (this.slots[2 * slot + 1] !== 0) slot = (slot + 1) & mask;
    this.slots[2 * slot] = hash;
    this.slots[2 * slot + 1] = id + 1;
  }

  private rehash(length: number): void {
    this.slots = new Int32Array(length);
    for (let id = 0; id < this.terms.length; id++) this.place(id, hashTerm(this.terms[id]));
  }

  /** Calls `visit` for every term id whose term starts with `prefix`, in term order. */
  forEachWithPrefix(prefix: string, visit: (id: number) => void): void {
    this.sortPending();
    const terms = this.sortedTerms;
    for (let i = this.lowerBound(prefix); i < terms.length && terms[i].startsWith(prefix); i++) {
      visit(this.sortedIds[i]);
    }
  }

  /**
   * Merges newly added terms into the sorted order. A few new terms (typical
   * after an edit) are inserted by binary search; a bulk load is sorted once.
   */
  sortPending(): void {
    const pending = this.unsorted;
    if (pending.length === 0) return;
    this.unsorted = [];
    if (pending.length > 64) {
      const ids = this.sortedIds.concat(pending);
      const terms = this.terms;
      ids.sort((a, b) => (terms[a] < terms[b] ? -1 : terms[a] > terms[b] ? 1 : 0));
      this.sortedIds = ids;
      this.sortedTerms = ids.map((id) => terms[id]);
      return;
    }
    for (const id of pending) {
      const at = this.lowerBound(this.terms[id]);
      this.sortedIds.splice(at, 0, id);
      this.sortedTerms.splice(at, 0, this.terms[id]);
    }
  }

  private lowerBound(term: string): number {
    const terms = this.sortedTerms;
    let lo = 0;
    let hi = terms.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (terms[mid] < term) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}
