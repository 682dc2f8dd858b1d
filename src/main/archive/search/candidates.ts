import { growFloat64, growInt32 } from './typedArrays';

/**
 * The documents still matching a query while it is evaluated, with their
 * running scores. Membership is an epoch stamp per document number, so a new
 * query costs O(1) to start instead of clearing arrays the size of the archive.
 */
export class CandidateSet {
  docs = new Int32Array(0);
  scores = new Float64Array(0);
  /** Per-candidate scratch for one narrowing step: > 0 keeps the candidate. */
  scratch = new Float64Array(0);
  size = 0;
  private stamp = new Int32Array(0);
  private slots = new Int32Array(0);
  private epoch = 0;

  reset(docCapacity: number): void {
    if (this.stamp.length < docCapacity) {
      this.stamp = growInt32(this.stamp, docCapacity);
      this.slots = growInt32(this.slots, docCapacity);
    }
    if (this.epoch === 0x7fffffff) {
      this.stamp.fill(0);
      this.epoch = 0;
    }
    this.epoch++;
    this.size = 0;
  }

  has(doc: number): boolean {
    return this.stamp[doc] === this.epoch;
  }

  slotOf(doc: number): number {
    return this.slots[doc];
  }

  /** Adds `doc` with `score`, or raises its score to `score` if it is already in. */
  offer(doc: number, score: number): void {
    if (this.stamp[doc] === this.epoch) {
      const slot = this.slots[doc];
      if (score > this.scores[slot]) this.scores[slot] = score;
      return;
    }
    const slot = this.size++;
    if (slot === this.docs.length) {
      this.docs = growInt32(this.docs, slot + 1);
      this.scores = growFloat64(this.scores, slot + 1);
    }
    this.docs[slot] = doc;
    this.scores[slot] = score;
    this.stamp[doc] = this.epoch;
    this.slots[doc] = slot;
  }

  /** Sizes `scratch` for the current candidates and fills it with `value`. */
  prepareScratch(value: number): Float64Array {
    this.scratch = growFloat64(this.scratch, this.size);
    this.scratch.fill(value, 0, this.size);
    return this.scratch;
  }

  /** Keeps candidates whose scratch value is > 0, adding it to their score when `addToScore`. */
  retain(addToScore: boolean): void {
    const { docs, scores, scratch } = this;
    let kept = 0;
    for (let i = 0; i < this.size; i++) {
      const doc = docs[i];
      if (scratch[i] > 0) {
        docs[kept] = doc;
        scores[kept] = addToScore ? scores[i] + scratch[i] : scores[i];
        this.slots[doc] = kept;
        kept++;
      } else {
        this.stamp[doc] = 0;
      }
    }
    this.size = kept;
  }
}
