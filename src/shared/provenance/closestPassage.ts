import { diffArrays } from 'diff';
import type { WordChange } from '../contract/history';
import type { Tokens } from './tokens';

export interface ClosestPassage {
  /** [from, to) in the source's tokens. */
  from: number;
  to: number;
  /** From the passage to the quote, token by token, in each side's original spelling. */
  words: WordChange[];
}

/** Tokens either side of the voted span, so punctuation at the edges is compared too. */
const MARGIN = 3;
const FILTER_BITS = 4095;

/**
 * The passage of the source nearest to the quote, or none when fewer than half of the
 * quote's words are in it. Each word of the source that is also in the quote votes for where
 * the quote would start if that occurrence were the one quoted; the band of starts with the
 * most votes (wide enough for words left out, an ellipsis or an attribution in between) is
 * the passage, which is then diffed against the quote token by token.
 */
export function closestPassage(quote: Tokens, source: Tokens): ClosestPassage | undefined {
  const n = quote.count;
  const m = source.count;
  const at = new Map<number, number[]>();
  const filter = new Uint8Array(FILTER_BITS + 1);
  let words = 0;
  for (let i = 0; i < n; i++) {
    const hash = quote.hashes[i]!;
    if (hash === 0) continue;
    words++;
    filter[hash & FILTER_BITS] = 1;
    const list = at.get(hash);
    if (list) list.push(i);
    else at.set(hash, [i]);
  }
  if (words === 0) return undefined;
  // Only the source's words that pass the filter (most are not in the quote) reach the map.
  const hashes = source.hashes;
  const votes = new Int32Array(m + n + 1);
  for (let p = 0; p < m; p++) {
    const hash = hashes[p]!;
    if (hash === 0 || filter[hash & FILTER_BITS] === 0) continue;
    const indices = at.get(hash);
    if (indices) for (const i of indices) votes[p - i + n]!++;
  }
  const band = Math.max(4, Math.ceil(n / 2));
  let sum = 0;
  let best = -1;
  let bestStart = 0;
  for (let d = 0; d < votes.length; d++) {
    sum += votes[d]!;
    if (d >= band) sum -= votes[d - band]!;
    if (sum > best) {
      best = sum;
      bestStart = Math.max(0, d - band + 1);
    }
  }
  if (best * 2 < words) return undefined;

  // The passage runs from the first to the last word that voted for the winning band.
  let from = m;
  let to = 0;
  for (let p = Math.max(0, bestStart - n); p < Math.min(m, bestStart + band); p++) {
    const hash = hashes[p]!;
    const indices = hash === 0 ? undefined : at.get(hash);
    if (!indices) continue;
    for (const i of indices) {
      const d = p - i + n;
      if (d < bestStart || d >= bestStart + band) continue;
      from = Math.min(from, p);
      to = Math.max(to, p + 1);
    }
  }
  from = Math.max(0, from - MARGIN);
  to = Math.min(m, to + MARGIN);

  const parts = diffArrays(source.slice(from, to), quote.slice(0, n));
  // The margin and stray votes leave source words at the edges that the quote does not have.
  while (parts[0]?.removed) from += parts.shift()!.value.length;
  while (parts.at(-1)?.removed) parts.pop();

  let same = 0;
  let quoteAt = 0;
  let sourceAt = from;
  const changes: WordChange[] = [];
  for (const part of parts) {
    const count = part.value.length;
    if (part.removed) {
      changes.push({ change: 'removed', text: source.spelled(sourceAt, sourceAt + count) });
      sourceAt += count;
      continue;
    }
    changes.push({ change: part.added ? 'added' : 'same', text: quote.spelled(quoteAt, quoteAt + count) });
    if (!part.added) {
      for (let k = 0; k < count; k++) if (quote.isWord(quoteAt + k)) same++;
      sourceAt += count;
    }
    quoteAt += count;
  }
  if (same * 2 < words) return undefined;
  return { from, to: sourceAt, words: spacedReplacements(changes) };
}

/** A word replaced by another reads `the [-target-]{+goal+}`: the space they share stays outside. */
function spacedReplacements(changes: WordChange[]): WordChange[] {
  return changes.flatMap((change, i) => {
    const next = changes[i + 1];
    const previous = changes[i - 1];
    if (change.change === 'removed' && next?.change === 'added' && change.text.startsWith(' ') && next.text.startsWith(' ')) {
      return [{ change: 'same', text: ' ' }, { ...change, text: change.text.slice(1) }];
    }
    if (change.change === 'added' && previous?.change === 'removed' && change.text.startsWith(' ') && previous.text.startsWith(' ')) {
      return [{ ...change, text: change.text.slice(1) }];
    }
    return [change];
  });
}
