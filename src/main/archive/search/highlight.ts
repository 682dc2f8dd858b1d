import { tokenize } from '../../../shared/search/normalize';
import type { HighlightRange } from './searchDocument';

/**
 * Offsets in `original` of the words to mark: every word whose folded form is
 * in `matchedTerms` (exact, prefix and typo expansions that the query used),
 * and every occurrence of each phrase as consecutive words. Ranges are sorted
 * and do not overlap; they are computed only for the hits actually returned.
 */
export function highlightRanges(
  original: string,
  matchedTerms: ReadonlySet<string>,
  phrases: readonly (readonly string[])[],
): HighlightRange[] {
  const tokens = tokenize(original);
  const marked = new Uint8Array(tokens.length);
  for (let i = 0; i < tokens.length; i++) {
    if (matchedTerms.has(tokens[i].term)) marked[i] = 1;
  }
  for (const phrase of phrases) {
    for (let i = 0; i + phrase.length <= tokens.length; i++) {
      let j = 0;
      while (j < phrase.length && tokens[i + j].term === phrase[j]) j++;
      if (j === phrase.length) marked.fill(1, i, i + phrase.length);
    }
  }
  const ranges: HighlightRange[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (marked[i] === 1) ranges.push([tokens[i].start, tokens[i].end]);
  }
  return ranges;
}
