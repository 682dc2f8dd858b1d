/**
 * One-edit typo lookup, SymSpell style: every indexed term of 4+ letters is
 * stored under itself and each of its one-character deletions. A query word
 * (5+ letters) looks up itself and its own deletions, which finds every term
 * one insertion, deletion, substitution or adjacent transposition away.
 *
 * Variants are stored by 32-bit hash only (no strings: ~9 variants per term
 * would be hundreds of thousands of small strings); hash collisions and the
 * few two-edit pairs that share a deletion are removed by `isOneEditApart`.
 * Cost per query is O(length) probes, independent of vocabulary size.
 */
export const MIN_TYPO_TARGET_LENGTH = 4;

/** FNV-1a of `term` without the character at `skip` (-1 keeps all). */
function variantHash(term: string, skip: number): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < term.length; i++) if (i !== skip) h = Math.imul(h ^ term.charCodeAt(i), 0x01000193);
  return h;
}

export class TypoIndex {
  /** Open-addressing multimap: pairs (variant hash, term id + 1), id + 1 = 0 when empty. */
  private slots = new Int32Array(2 << 14);
  private entries = 0;

  constructor(
    private readonly termOf: (id: number) => string,
    private readonly minQueryLength: number,
  ) {}

  /** Terms with digits are not typo targets: "2019" must never match "2018". */
  static accepts(term: string): boolean {
    return term.length >= MIN_TYPO_TARGET_LENGTH && !/\d/.test(term);
  }

  add(term: string, id: number): void {
    if (!TypoIndex.accepts(term)) return;
    this.insert(variantHash(term, -1), id);
    for (let i = 0; i < term.length; i++) {
      // Deleting either letter of a double letter gives the same variant; store it once.
      if (i > 0 && term[i] === term[i - 1]) continue;
      this.insert(variantHash(term, i), id);
    }
  }

  /** Ids of indexed terms exactly one edit from `word` (never `word` itself). */
  lookup(word: string): number[] {
    if (word.length < this.minQueryLength) return [];
    const found = new Set<number>();
    this.collect(variantHash(word, -1), found);
    for (let i = 0; i < word.length; i++) {
      if (i > 0 && word[i] === word[i - 1]) continue;
      this.collect(variantHash(word, i), found);
    }
    return [...found].filter((id) => isOneEditApart(word, this.termOf(id)));
  }

  private collect(hash: number, found: Set<number>): void {
    const mask = (this.slots.length >> 1) - 1;
    for (let slot = hash & mask; this.slots[2 * slot + 1] !== 0; slot = (slot + 1) & mask) {
      if (this.slots[2 * slot] === hash) found.add(this.slots[2 * slot + 1] - 1);
    }
  }

  private insert(hash: number, id: number): void {
    if ((this.entries + 1) * 4 > this.slots.length) this.grow();
    this.place(this.slots, hash, id + 1);
    this.entries++;
  }

  private place(slots: Int32Array, hash: number, entry: number): void {
    const mask = (slots.length >> 1) - 1;
    let slot = hash & mask;
    while (slots[2 * slot + 1] !== 0) slot = (slot + 1) & mask;
    slots[2 * slot] = hash;
    slots[2 * slot + 1] = entry;
  }

  private grow(): void {
    const old = this.slots;
    this.slots = new Int32Array(old.length * 2);
    for (let slot = 0; slot < old.length; slot += 2) {
      if (old[slot + 1] !== 0) this.place(this.slots, old[slot], old[slot + 1]);
    }
  }
}

/**
 * True when `a` and `b` differ by exactly one insertion, deletion,
 * substitution or transposition of adjacent characters.
 */
export function isOneEditApart(a: string, b: string): boolean {
  const la = a.length;
  const lb = b.length;
  if (la === lb) {
    let i = 0;
    while (i < la && a.charCodeAt(i) === b.charCodeAt(i)) i++;
    if (i === la) return false; // identical
    const transposed = i + 1 < la && a.charCodeAt(i) === b.charCodeAt(i + 1) && a.charCodeAt(i + 1) === b.charCodeAt(i);
    const resume = transposed ? i + 2 : i + 1; // after a transposition, or after a substitution
    if (sameFrom(a, b, resume, resume)) return true;
    return transposed && sameFrom(a, b, i + 1, i + 1);
  }
  if (la - lb !== 1 && lb - la !== 1) return false;
  const [short, long] = la < lb ? [a, b] : [b, a];
  let i = 0;
  while (i < short.length && short.charCodeAt(i) === long.charCodeAt(i)) i++;
  return sameFrom(short, long, i, i + 1);
}

/** a[fromA..] === b[fromB..] without allocating substrings. */
function sameFrom(a: string, b: string, fromA: number, fromB: number): boolean {
  if (a.length - fromA !== b.length - fromB) return false;
  for (let i = fromA, j = fromB; i < a.length; i++, j++) if (a.charCodeAt(i) !== b.charCodeAt(j)) return false;
  return true;
}
