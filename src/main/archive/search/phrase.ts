import type { DocStore } from './docStore';

/**
 * Phrase matching over the forward index. Each quote also keeps a 256-bit
 * signature of its adjacent word pairs (a one-hash Bloom filter): a phrase of
 * common words ("and of") is rejected for most quotes by a few bit tests
 * instead of a scan of the whole quote.
 */
export const BIGRAM_SIGNATURE_INTS = 8;

/** Signature bit (0..255) of the word pair (previous, next). */
export function bigramBit(previous: number, next: number): number {
  return (Math.imul(previous, 0x9e3779b1) ^ Math.imul(next + 1, 0x85ebca6b)) >>> 24;
}

export class PhraseMatcher {
  /** Index in `terms` of the word with the fewest postings: scanned for first. */
  readonly anchor: number;
  private readonly signature = new Int32Array(BIGRAM_SIGNATURE_INTS);

  constructor(
    readonly terms: readonly number[],
    postingsLength: (termId: number) => number,
  ) {
    let anchor = 0;
    for (let k = 1; k < terms.length; k++) if (postingsLength(terms[k]) < postingsLength(terms[anchor])) anchor = k;
    this.anchor = anchor;
    for (let k = 1; k < terms.length; k++) {
      const bit = bigramBit(terms[k - 1], terms[k]);
      this.signature[bit >>> 5] |= 1 << (bit & 31);
    }
  }

  get anchorTerm(): number {
    return this.terms[this.anchor];
  }

  /** Whether the quote text of `doc` has the phrase's words consecutively. */
  matches(store: DocStore, doc: number): boolean {
    const { terms, anchor, signature } = this;
    const signatures = store.bigramSignatures;
    const base = doc * BIGRAM_SIGNATURE_INTS;
    for (let w = 0; w < BIGRAM_SIGNATURE_INTS; w++) {
      if ((signatures[base + w] & signature[w]) !== signature[w]) return false;
    }
    const pool = store.textPool;
    const anchorTerm = terms[anchor];
    const first = store.textStart[doc] + anchor;
    const last = store.textStart[doc] + store.textLength[doc] - terms.length + anchor;
    for (let i = first; i <= last; i++) {
      if (pool[i] !== anchorTerm) continue;
      const start = i - anchor;
      let j = 0;
      while (j < terms.length && pool[start + j] === terms[j]) j++;
      if (j === terms.length) return true;
    }
    return false;
  }
}
