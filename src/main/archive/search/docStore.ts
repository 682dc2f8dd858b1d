import { LABEL_FIELDS, type LabelField, type QuoteSearchDocument } from './searchDocument';
import { BIGRAM_SIGNATURE_INTS, bigramBit } from './phrase';
import { growInt32, growUint8 } from './typedArrays';

/**
 * Per-document columns, addressed by dense document number, plus a forward
 * index: the term ids of each quote's text in order (phrase checks, cheap
 * membership tests on small candidate sets) and the distinct term ids of its
 * other searchable fields. Everything lives in a few large typed arrays; a
 * removed document is only tombstoned (`alive[doc] = 0`) until `compact`.
 */
export class DocStore {
  /** Document numbers handed out so far (live + tombstoned). */
  count = 0;
  live = 0;
  records: Array<QuoteSearchDocument | undefined> = [];

  alive = new Uint8Array(0);
  /** YYYYMMDD, or -1 when the date is missing or invalid. */
  date = new Int32Array(0);
  season = new Int32Array(0);
  /** Value id of each label field (see LABEL_FIELDS). */
  labels = Object.fromEntries(LABEL_FIELDS.map((field) => [field, new Int32Array(0)])) as Record<LabelField, Int32Array<ArrayBuffer>>;
  speaker = new Int32Array(0);
  status = new Uint8Array(0);

  tagStart = new Int32Array(0);
  tagCount = new Int32Array(0);
  tagPool = new Int32Array(0);
  tagPoolLength = 0;

  textStart = new Int32Array(0);
  textLength = new Int32Array(0);
  textPool = new Int32Array(0);
  textPoolLength = 0;
  /** BIGRAM_SIGNATURE_INTS per document: bits of its adjacent word pairs (see phrase.ts). */
  bigramSignatures = new Int32Array(0);

  metaStart = new Int32Array(0);
  metaLength = new Int32Array(0);
  metaPool = new Int32Array(0);
  metaPoolLength = 0;

  /** Sums over live documents, for the average-length cost estimate. */
  liveTextTerms = 0;
  liveMetaTerms = 0;

  /** Reserves the next document number; the caller fills its columns. */
  allocate(record: QuoteSearchDocument): number {
    const doc = this.count++;
    const needed = doc + 1;
    if (this.alive.length < needed) {
      this.alive = growUint8(this.alive, needed);
      this.date = growInt32(this.date, needed);
      this.season = growInt32(this.season, needed);
      for (const field of LABEL_FIELDS) this.labels[field] = growInt32(this.labels[field], needed);
      this.speaker = growInt32(this.speaker, needed);
      this.status = growUint8(this.status, needed);
      this.tagStart = growInt32(this.tagStart, needed);
      this.tagCount = growInt32(this.tagCount, needed);
      this.textStart = growInt32(this.textStart, needed);
      this.textLength = growInt32(this.textLength, needed);
      this.metaStart = growInt32(this.metaStart, needed);
      this.metaLength = growInt32(this.metaLength, needed);
    }
    this.bigramSignatures = growInt32(this.bigramSignatures, needed * BIGRAM_SIGNATURE_INTS);
    // Numbers are reused after compaction: clear the slot's previous signature.
    this.bigramSignatures.fill(0, doc * BIGRAM_SIGNATURE_INTS, needed * BIGRAM_SIGNATURE_INTS);
    this.records[doc] = record;
    this.alive[doc] = 1;
    this.live++;
    this.textStart[doc] = this.textPoolLength;
    this.textLength[doc] = 0;
    this.metaStart[doc] = this.metaPoolLength;
    this.metaLength[doc] = 0;
    this.tagStart[doc] = this.tagPoolLength;
    this.tagCount[doc] = 0;
    return doc;
  }

  /** Appends to the text of the most recently allocated document. */
  pushTextTerm(doc: number, termId: number): void {
    if (this.textPoolLength === this.textPool.length) this.textPool = growInt32(this.textPool, this.textPoolLength + 1);
    if (this.textLength[doc] > 0) {
      const bit = bigramBit(this.textPool[this.textPoolLength - 1], termId);
      this.bigramSignatures[doc * BIGRAM_SIGNATURE_INTS + (bit >>> 5)] |= 1 << (bit & 31);
    }
    this.textPool[this.textPoolLength++] = termId;
    this.textLength[doc]++;
    this.liveTextTerms++;
  }

  pushMetaTerm(doc: number, termId: number): void {
    if (this.metaPoolLength === this.metaPool.length) this.metaPool = growInt32(this.metaPool, this.metaPoolLength + 1);
    this.metaPool[this.metaPoolLength++] = termId;
    this.metaLength[doc]++;
    this.liveMetaTerms++;
  }

  pushTag(doc: number, tagId: number): void {
    if (this.tagPoolLength === this.tagPool.length) this.tagPool = growInt32(this.tagPool, this.tagPoolLength + 1);
    this.tagPool[this.tagPoolLength++] = tagId;
    this.tagCount[doc]++;
  }

  /**
   * After a bulk load, gives back the pools' doubling slack but keeps 1/8
   * headroom, so the next edits append without reallocating tens of megabytes.
   */
  trimPools(): void {
    const trim = (pool: Int32Array<ArrayBuffer>, used: number): Int32Array<ArrayBuffer> => {
      const keep = used + (used >> 3) + 16;
      return pool.length > keep ? pool.slice(0, keep) : pool;
    };
    this.textPool = trim(this.textPool, this.textPoolLength);
    this.metaPool = trim(this.metaPool, this.metaPoolLength);
    this.tagPool = trim(this.tagPool, this.tagPoolLength);
  }

  tombstone(doc: number): void {
    this.alive[doc] = 0;
    this.records[doc] = undefined;
    this.live--;
    this.liveTextTerms -= this.textLength[doc];
    this.liveMetaTerms -= this.metaLength[doc];
  }

  get dead(): number {
    return this.count - this.live;
  }

  /** Renumbers live documents densely, in order; returns old → new number (-1 if dead). */
  compact(): Int32Array {
    const newNumber = new Int32Array(this.count).fill(-1);
    const textPool = new Int32Array(Math.max(this.liveTextTerms, 16));
    const metaPool = new Int32Array(Math.max(this.liveMetaTerms, 16));
    const tagPool = new Int32Array(Math.max(this.tagPoolLength, 16));
    let textLength = 0;
    let metaLength = 0;
    let tagLength = 0;
    let next = 0;
    for (let doc = 0; doc < this.count; doc++) {
      if (this.alive[doc] === 0) continue;
      newNumber[doc] = next;
      // Moving down in place is safe: next <= doc.
      this.alive[next] = 1;
      this.date[next] = this.date[doc];
      this.season[next] = this.season[doc];
      for (const field of LABEL_FIELDS) this.labels[field][next] = this.labels[field][doc];
      this.speaker[next] = this.speaker[doc];
      this.status[next] = this.status[doc];
      this.records[next] = this.records[doc];
      this.bigramSignatures.copyWithin(
        next * BIGRAM_SIGNATURE_INTS,
        doc * BIGRAM_SIGNATURE_INTS,
        (doc + 1) * BIGRAM_SIGNATURE_INTS,
      );
      textPool.set(this.textPool.subarray(this.textStart[doc], this.textStart[doc] + this.textLength[doc]), textLength);
      this.textStart[next] = textLength;
      this.textLength[next] = this.textLength[doc];
      textLength += this.textLength[doc];
      metaPool.set(this.metaPool.subarray(this.metaStart[doc], this.metaStart[doc] + this.metaLength[doc]), metaLength);
      this.metaStart[next] = metaLength;
      this.metaLength[next] = this.metaLength[doc];
      metaLength += this.metaLength[doc];
      tagPool.set(this.tagPool.subarray(this.tagStart[doc], this.tagStart[doc] + this.tagCount[doc]), tagLength);
      this.tagStart[next] = tagLength;
      this.tagCount[next] = this.tagCount[doc];
      tagLength += this.tagCount[doc];
      next++;
    }
    this.alive.fill(0, next, this.count);
    this.records.length = next;
    this.count = next;
    this.textPool = textPool;
    this.textPoolLength = textLength;
    this.metaPool = metaPool;
    this.metaPoolLength = metaLength;
    this.tagPool = tagPool;
    this.tagPoolLength = tagLength;
    return newNumber;
  }
}

/** "2021-05-23" → 20210523; anything else → -1. */
export function dateKey(isoDate: string): number {
  if (isoDate.length !== 10 || isoDate.charCodeAt(4) !== 45 || isoDate.charCodeAt(7) !== 45) return -1;
  let key = 0;
  for (let i = 0; i < 10; i++) {
    if (i === 4 || i === 7) continue;
    const digit = isoDate.charCodeAt(i) - 48;
    if (digit < 0 || digit > 9) return -1;
    key = key * 10 + digit;
  }
  return key;
}
