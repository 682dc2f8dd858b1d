/**
 * One-edit typo lookup, SymSpell style: every indexed term of 4+ letters is
 * stored under itself and each of its one-character deletions. A query word
 * (5+ letters) looks up itself and its own deletions, which finds every term
 * one insertion, deletion, substitution or adjacent transposition away; the
 * few false candidates (two edits that share a deletion) are removed by
 * `isOneEditApart`. Cost per query is O(length) map lookups, independent of
 * vocabulary size.
 */
export const MIN_TYPO_TARGET_LENGTH = 4;

export class TypoIndex {
  /** Deletion variant → term id, or several ids when variants collide. */
  private readonly variants = new Map<string, number | number[]>();

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
    this.addVariant(term, id);
    for (let i = 0; i < term.length; i++) {
      // Deleting either letter of a double letter gives the same variant; store it once.
      if (i > 0 && term[i] === term[i - 1]) continue;
      this.addVariant(term.slice(0, i) + term.slice(i + 1), id);
    }
  }

  /** Ids of indexed terms exactly one edit from `word` (never `word` itself). */
  lookup(word: string): number[] {
    if (word.length < this.minQueryLength) return [];
    const found = new Set<number>();
    const collect = (variant: string): void => {
      const entry = this.variants.get(variant);
      if (entry === undefined) return;
      if (typeof entry === 'number') found.add(entry);
      else for (const id of entry) found.add(id);
    };
    collect(word);
    for (let i = 0; i < word.length; i++) {
      if (i > 0 && word[i] === word[i - 1]) continue;
      collect(word.slice(0, i) + word.slice(i + 1));
    }
    const result: number[] = [];
    for (const id of found) {
      const term = this.termOf(id);
      if (term !== word && isOneEditApart(word, term)) result.push(id);
    }
    return result;
  }

  private addVariant(variant: string, id: number): void {
    const entry = this.variants.get(variant);
    if (entry === undefined) this.variants.set(variant, id);
    else if (typeof entry === 'number') {
      if (entry !== id) this.variants.set(variant, [entry, id]);
    } else if (entry[entry.length - 1] !== id) entry.push(id); // a term's variants arrive together
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

/** a[from..] === b[fromB..] without allocating substrings. */
function sameFrom(a: string, b: string, fromA: number, fromB: number): boolean {
  if (a.length - fromA !== b.length - fromB) return false;
  for (let i = fromA, j = fromB; i < a.length; i++, j++) if (a.charCodeAt(i) !== b.charCodeAt(j)) return false;
  return true;
}
