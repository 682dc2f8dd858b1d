import { IN_META, IN_TEXT } from './postings';

/** How a query word matched an indexed word: exact > prefix > typo. */
export const EXACT_WEIGHT = 1;
export const PREFIX_WEIGHT = 0.6;
export const TYPO_WEIGHT = 0.4;

/** Each word of a matched phrase counts as an exact match in the text. */
export const PHRASE_WORD_WEIGHT = EXACT_WEIGHT;

/**
 * The quote text outweighs the other searchable fields (speaker, setting,
 * outlet, sources, tags); a word found in both scores a little more.
 */
export function fieldWeight(fields: number): number {
  if ((fields & IN_TEXT) !== 0) return (fields & IN_META) !== 0 ? 1.15 : 1;
  return (fields & IN_META) !== 0 ? 0.35 : 0;
}

/**
 * Indices 0..n-1 of the best `k` candidates, best first, where `better(a, b)`
 * is a strict total order. A bounded heap keeps the worst kept candidate on
 * top, so scanning 100,000 candidates for 50 hits stays O(n log k).
 */
export function selectTop(n: number, k: number, better: (a: number, b: number) => boolean): number[] {
  if (k <= 0) return [];
  const heap: number[] = [];
  const siftUp = (at: number): void => {
    let i = at;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!better(heap[parent], heap[i])) break;
      [heap[parent], heap[i]] = [heap[i], heap[parent]];
      i = parent;
    }
  };
  const siftDown = (): void => {
    let i = 0;
    for (;;) {
      const left = 2 * i + 1;
      const right = left + 1;
      let worst = i;
      if (left < heap.length && better(heap[worst], heap[left])) worst = left;
      if (right < heap.length && better(heap[worst], heap[right])) worst = right;
      if (worst === i) return;
      [heap[worst], heap[i]] = [heap[i], heap[worst]];
      i = worst;
    }
  };
  for (let candidate = 0; candidate < n; candidate++) {
    if (heap.length < k) {
      heap.push(candidate);
      siftUp(heap.length - 1);
    } else if (better(candidate, heap[0])) {
      heap[0] = candidate;
      siftDown();
    }
  }
  return heap.sort((a, b) => (better(a, b) ? -1 : better(b, a) ? 1 : 0));
}
