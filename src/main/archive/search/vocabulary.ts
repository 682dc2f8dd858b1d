import { growInt32 } from './typedArrays';

const APOSTROPHE = 0x27;

/** FNV-1a over UTF-16 units. */
function hashTerm(term: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < term.length; i++) h = Math.imul(h ^ term.charCodeAt(i), 0x01000193);
  return h;
}

/**
 * Term dictionary (folded word ↔ dense id) plus the terms in sorted order for
 * prefix expansion by binary search. Terms are never removed: a term whose
 * documents were all deleted simply has a document frequency of 0.
 *
 * The dictionary is an open-addressing hash table rather than a Map so that
 * ASCII words can be looked up straight from the quote text (`idOfAsciiWord`)
 * without slicing and lowercasing millions of temporary strings.
 */
export class Vocabulary {
  private readonly terms: string[] = [];
  private termHashes = new Int32Array(0);
  /** Term id + 1 per slot, 0 when empty; at most half full. */
  private slots = new Int32Array(1 << 12);
  /** Term ids ordered by term text; terms added since the last sort wait in `unsorted`. */
  private sortedIds: number[] = [];
  private sortedTerms: string[] = [];
  private unsorted: number[] = [];

  get size(): number {
    return this.terms.length;
  }

  idOf(term: string): number | undefined {
    const hash = hashTerm(term);
    const mask = this.slots.length - 1;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const entry = this.slots[slot];
      if (entry === 0) return undefined;
      if (this.termHashes[entry - 1] === hash && this.terms[entry - 1] === term) return entry - 1;
    }
  }

  /**
   * Id of the folded form of the ASCII word text[start, end) — lowercase A-Z,
   * drop apostrophes, as `foldWord` does — or -1 when it is not a known term.
   */
  idOfAsciiWord(text: string, start: number, end: number): number {
    let hash = 0x811c9dc5;
    let length = 0;
    for (let i = start; i < end; i++) {
      let c = text.charCodeAt(i);
      if (c === APOSTROPHE) continue;
      if (c >= 65 && c <= 90) c += 32;
      hash = Math.imul(hash ^ c, 0x01000193);
      length++;
    }
    const mask = this.slots.length - 1;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const entry = this.slots[slot];
      if (entry === 0) return -1;
      const id = entry - 1;
      if (this.termHashes[id] !== hash) continue;
      const term = this.terms[id];
      if (term.length !== length) continue;
      let k = 0;
      let same = true;
      for (let i = start; i < end && same; i++) {
        let c = text.charCodeAt(i);
        if (c === APOSTROPHE) continue;
        if (c >= 65 && c <= 90) c += 32;
        same = term.charCodeAt(k++) === c;
      }
      if (same) return id;
    }
  }

  termOf(id: number): string {
    return this.terms[id];
  }

  /** Adds a term that is not in the dictionary yet and returns its id. */
  add(term: string): number {
    const id = this.terms.length;
    this.terms.push(term);
    this.termHashes = growInt32(this.termHashes, id + 1);
    this.termHashes[id] = hashTerm(term);
    if (this.terms.length * 2 > this.slots.length) this.rehash(this.slots.length * 2);
    else this.place(id);
    this.unsorted.push(id);
    return id;
  }

  private place(id: number): void {
    const mask = this.slots.length - 1;
    let slot = this.termHashes[id] & mask;
    while (this.slots[slot] !== 0) slot = (slot + 1) & mask;
    this.slots[slot] = id + 1;
  }

  private rehash(capacity: number): void {
    this.slots = new Int32Array(capacity);
    for (let id = 0; id < this.terms.length; id++) this.place(id);
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
