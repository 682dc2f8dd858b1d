import { foldText, isLetterCode, type FoldedText } from './typography';

const APOSTROPHE = "'".charCodeAt(0);
const DOT = '.'.charCodeAt(0);
const isSpaceCode = (code: number) => code === 32 || code === 10 || code === 9 || code === 13 || code === 0xa0;

/**
 * A text cut into tokens (words with their inner apostrophes, an ellipsis, single punctuation
 * marks) of its folded form: what the closest-passage search and the word diff work on. Kept
 * as numbers, with each word's hash, so a 2 MB article costs no string per word.
 */
export class Tokens {
  readonly count: number;
  /** [start, end) of each token in the folded text. */
  readonly starts: Int32Array;
  readonly ends: Int32Array;
  /** Each word's hash (FNV-1a of its folded letters); 0 for punctuation, which finds no passage. */
  readonly hashes: Int32Array;

  constructor(
    readonly original: string,
    readonly folded: FoldedText = foldText(original),
  ) {
    const text = folded.text;
    const starts = new Int32Array(text.length + 1);
    const ends = new Int32Array(text.length + 1);
    const hashes = new Int32Array(text.length + 1);
    let count = 0;
    for (let i = 0; i < text.length; ) {
      const code = text.charCodeAt(i);
      if (isSpaceCode(code)) {
        i++;
        continue;
      }
      let end = i + 1;
      let hash = 0;
      if (isLetterCode(code)) {
        hash = Math.imul(0x811c9dc5 ^ code, 0x01000193);
        while (end < text.length) {
          const next = text.charCodeAt(end);
          if (isLetterCode(next) || (next === APOSTROPHE && end + 1 < text.length && isLetterCode(text.charCodeAt(end + 1)))) {
            hash = Math.imul(hash ^ next, 0x01000193);
            end++;
          } else break;
        }
        hash ||= 1;
      } else if (code === DOT && text.charCodeAt(i + 1) === DOT && text.charCodeAt(i + 2) === DOT) end = i + 3;
      starts[count] = i;
      ends[count] = end;
      hashes[count++] = hash;
      i = end;
    }
    this.count = count;
    this.starts = starts.slice(0, count);
    this.ends = ends.slice(0, count);
    this.hashes = hashes.slice(0, count);
  }

  token(index: number): string {
    return this.folded.text.slice(this.starts[index], this.ends[index]);
  }

  /** Tokens [from, to) as strings. */
  slice(from: number, to: number): string[] {
    return Array.from({ length: to - from }, (_, i) => this.token(from + i));
  }

  isWord(index: number): boolean {
    return this.hashes[index] !== 0;
  }

  /** The original offsets of tokens [from, to). */
  span(from: number, to: number): { start: number; end: number } {
    return originalSpan(this.folded, this.starts[from]!, this.ends[to - 1]!);
  }

  /** Tokens [from, to) as the original text spells them, with the space before them if there was one. */
  spelled(from: number, to: number): string {
    const { start, end } = this.span(from, to);
    const spaced = start > 0 && /\s/u.test(this.original[start - 1]!);
    return (spaced ? ' ' : '') + this.original.slice(start, end);
  }
}

export function originalSpan({ origin }: FoldedText, foldedStart: number, foldedEnd: number): { start: number; end: number } {
  return { start: origin[foldedStart]!, end: foldedEnd > foldedStart ? origin[foldedEnd - 1]! + 1 : origin[foldedStart]! };
}

/** A source's text, prepared once (folded, then cut into tokens) and reused by every quote checked against it. */
export class SourceText {
  private foldedText?: FoldedText;
  private tokenized?: Tokens;

  constructor(readonly text: string) {}

  get folded(): FoldedText {
    this.foldedText ??= foldText(this.text);
    return this.foldedText;
  }

  get tokens(): Tokens {
    this.tokenized ??= new Tokens(this.text, this.folded);
    return this.tokenized;
  }
}
