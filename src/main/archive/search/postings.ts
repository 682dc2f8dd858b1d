import { growInt32 } from './typedArrays';

/** Field flags stored in the low bits of each posting. */
export const IN_TEXT = 1;
export const IN_META = 2;
const FLAG_BITS = 2;
const FLAG_MASK = 3;

export function postingDoc(posting: number): number {
  return posting >>> FLAG_BITS;
}

export function postingFields(posting: number): number {
  return posting & FLAG_MASK;
}

/**
 * One list per term of `doc << 2 | fields`, ascending by doc number (documents
 * are only ever appended with a higher number, and compaction renumbers
 * monotonically). Packing the field flags into the same Int32 halves memory
 * compared with a parallel flags array.
 */
export class PostingLists {
  private lists: Array<Int32Array<ArrayBuffer>> = [];
  private lengths = new Int32Array(0);
  /** Last doc appended per term, so a word repeated in one quote is stored once. */
  private lastDoc = new Int32Array(0);
  /** Live documents containing the term; drives cost estimates and prefix ranking. */
  private liveDf = new Int32Array(0);

  addTerm(termId: number): void {
    const needed = termId + 1;
    if (this.lengths.length < needed) {
      this.lengths = growInt32(this.lengths, needed);
      this.liveDf = growInt32(this.liveDf, needed);
      const previous = this.lastDoc.length;
      this.lastDoc = growInt32(this.lastDoc, needed);
      this.lastDoc.fill(-1, previous);
    }
    this.lists[termId] = new Int32Array(4);
  }

  /**
   * Grows lists up front for `extra[termId]` more documents each (bulk loads),
   * with 1/16 headroom so the first edits after a load rarely reallocate.
   */
  reserve(extra: Int32Array): void {
    for (let t = 0; t < extra.length; t++) {
      if (extra[t] > 0) this.lists[t] = growInt32(this.lists[t], this.lengths[t] + extra[t] + (extra[t] >> 4));
    }
  }

  add(termId: number, doc: number, fields: number): void {
    const length = this.lengths[termId];
    if (this.lastDoc[termId] === doc) {
      this.lists[termId][length - 1] |= fields;
      return;
    }
    let list = this.lists[termId];
    if (length === list.length) {
      list = growInt32(list, length + 1);
      this.lists[termId] = list;
    }
    list[length] = (doc << FLAG_BITS) | fields;
    this.lengths[termId] = length + 1;
    this.lastDoc[termId] = doc;
    this.liveDf[termId]++;
  }

  /** The term's list; only the first `length(termId)` entries are valid. */
  list(termId: number): Int32Array {
    return this.lists[termId];
  }

  length(termId: number): number {
    return this.lengths[termId];
  }

  documentFrequency(termId: number): number {
    return this.liveDf[termId];
  }

  /** A document containing the term was tombstoned. */
  forgetDoc(termId: number): void {
    this.liveDf[termId]--;
  }

  /** Drops dead documents and renumbers: `newDocNumber[old]` is the new number or -1. */
  compact(newDocNumber: Int32Array): void {
    for (let t = 0; t < this.lists.length; t++) {
      const list = this.lists[t];
      const length = this.lengths[t];
      let kept = 0;
      for (let i = 0; i < length; i++) {
        const renumbered = newDocNumber[list[i] >>> FLAG_BITS];
        if (renumbered >= 0) list[kept++] = (renumbered << FLAG_BITS) | (list[i] & FLAG_MASK);
      }
      this.lengths[t] = kept;
      const last = kept > 0 ? list[kept - 1] >>> FLAG_BITS : -1;
      this.lastDoc[t] = last;
      // Shrink lists that lost most of their entries so compaction returns memory.
      if (list.length > 64 && kept * 4 < list.length) this.lists[t] = list.slice(0, Math.max(kept * 2, 4));
    }
  }
}
