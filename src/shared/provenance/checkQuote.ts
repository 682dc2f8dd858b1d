import { closestPassage } from './closestPassage';
import { QUOTE_CHECK_RESULTS, type Passage, type QuoteCheck, type SourceCheck } from './quoteCheck';
import { originalSpan, Tokens, type SourceText } from './tokens';
import { foldText, typographicDifferences } from './typography';

const LETTER = /[\p{L}\p{N}]/u;

/** The first place `needle` stands in `text` as whole words (not the tail of a longer word). */
function findWhole(text: string, needle: string): number {
  const openLetter = LETTER.test(needle[0] ?? '');
  const closeLetter = LETTER.test(needle.at(-1) ?? '');
  for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + 1)) {
    const before = at > 0 && openLetter && LETTER.test(text[at - 1]!);
    const after = closeLetter && LETTER.test(text[at + needle.length] ?? '');
    if (!before && !after) return at;
  }
  return -1;
}

const passageOf = (source: SourceText, start: number, end: number): Passage => ({ start, end, text: source.text.slice(start, end) });

/** Finds a quote's words in one source's text: word for word, the same words, the closest passage, or nothing. */
export function checkAgainstSource(quoteText: string, sourceId: string, source: SourceText): SourceCheck {
  const exact = quoteText.length > 0 ? findWhole(source.text, quoteText) : -1;
  if (exact >= 0) return { result: 'word for word', sourceId, passage: passageOf(source, exact, exact + quoteText.length) };

  const folded = foldText(quoteText);
  if (folded.text.length === 0) return { result: 'not found', sourceId };
  const at = findWhole(source.folded.text, folded.text);
  if (at >= 0) {
    const { start, end } = originalSpan(source.folded, at, at + folded.text.length);
    const passage = passageOf(source, start, end);
    return { result: 'same words', sourceId, passage, differences: typographicDifferences(quoteText, passage.text) };
  }

  const closest = closestPassage(new Tokens(quoteText, folded), source.tokens);
  if (!closest) return { result: 'not found', sourceId };
  const { start, end } = source.tokens.span(closest.from, closest.to);
  return { result: 'differs', sourceId, passage: passageOf(source, start, end), words: closest.words };
}

const rank = (check: QuoteCheck) => QUOTE_CHECK_RESULTS.indexOf(check.result);

/** A quote's check is the best of its sources' (the first source wins a tie). */
export function bestCheck(checks: readonly SourceCheck[]): QuoteCheck {
  let best: QuoteCheck = { result: 'no text' };
  for (const check of checks) if (rank(check) < rank(best)) best = check;
  return best;
}
