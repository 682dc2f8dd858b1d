/**
 * Text folding and word tokenisation shared by the search index (main process)
 * and the renderer (highlighting), so both sides agree on what a "word" is.
 *
 * Rules:
 * - A word is a run of letters, digits and combining marks (so decomposed
 *   "e\u0301" stays one word).
 * - An apostrophe (' ’ ‘ ʼ) between two word characters joins them and is
 *   dropped from the folded term: "don't" → "dont", "it’s" → "its",
 *   "Klopp's" → "klopps". Queries are folded the same way, so typing either
 *   apostrophe finds either spelling. A leading/trailing apostrophe is not
 *   part of the word.
 * - Folding: lowercase, NFKD + strip combining marks ("Jürgen" → "jurgen"),
 *   plus letters NFKD does not decompose: ß→ss, ø→o, æ→ae, œ→oe, ł→l, đ→d,
 *   ð→d, þ→th, ı→i.
 * - Offsets are always into the ORIGINAL string, [start, end).
 */

export interface WordToken {
  /** Folded form used for matching. */
  term: string;
  /** Offset of the first UTF-16 unit of the word in the original string. */
  start: number;
  /** Offset one past the last UTF-16 unit of the word in the original string. */
  end: number;
}

const SPECIAL_LETTERS: Readonly<Record<string, string>> = {
  ß: 'ss',
  ø: 'o',
  æ: 'ae',
  œ: 'oe',
  ł: 'l',
  đ: 'd',
  ð: 'd',
  þ: 'th',
  ı: 'i',
};
const SPECIAL_LETTER_PATTERN = /[ßøæœłđðþı]/g;
const COMBINING_MARKS = /\p{M}/gu;
const APOSTROPHES = /['’‘ʼ]/g;
const WORD_CHAR = /^[\p{L}\p{N}\p{M}]$/u;

/** Per-UTF-16-unit cache of "is this a word character" (0 = unknown, 1 = yes, 2 = no). */
const wordCharCache = new Uint8Array(0x10000);
for (let c = 0; c < 128; c++) {
  const isWord = (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  wordCharCache[c] = isWord ? 1 : 2;
}

function isApostrophe(code: number): boolean {
  return code === 0x27 || code === 0x2019 || code === 0x2018 || code === 0x02bc;
}

/** Width in UTF-16 units of the word character at `i`, or 0 when it is not one. */
function wordCharWidth(text: string, i: number): number {
  const code = text.charCodeAt(i);
  if (code >= 0xd800 && code <= 0xdbff) {
    // Astral code point (rare: e.g. historic scripts, emoji); classify the pair.
    const cp = text.codePointAt(i) ?? code;
    return cp > 0xffff && WORD_CHAR.test(String.fromCodePoint(cp)) ? 2 : 0;
  }
  let cls = wordCharCache[code];
  if (cls === 0) {
    cls = WORD_CHAR.test(String.fromCharCode(code)) ? 1 : 2;
    wordCharCache[code] = cls;
  }
  return cls === 1 ? 1 : 0;
}

/** Fold one word (as produced by the tokeniser) to its matching form. */
export function foldWord(word: string): string {
  let ascii = true;
  for (let i = 0; i < word.length; i++) {
    if (word.charCodeAt(i) > 127) {
      ascii = false;
      break;
    }
  }
  if (ascii) {
    const lower = word.toLowerCase();
    return lower.indexOf("'") === -1 ? lower : lower.replace(APOSTROPHES, '');
  }
  return word
    .toLowerCase()
    .normalize('NFKD')
    .replace(COMBINING_MARKS, '')
    .replace(SPECIAL_LETTER_PATTERN, (ch) => SPECIAL_LETTERS[ch] ?? ch)
    .replace(APOSTROPHES, '');
}

/**
 * Fold a whole string (not tokenised): lowercase, strip diacritics, map the
 * special letters, and turn curly quotes/apostrophes into plain ones.
 */
export function foldText(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFKD')
    .replace(COMBINING_MARKS, '')
    .replace(SPECIAL_LETTER_PATTERN, (ch) => SPECIAL_LETTERS[ch] ?? ch)
    .replace(/[’‘ʼ‚]/g, "'")
    .replace(/[“”„«»]/g, '"');
}

/** FNV-1a over UTF-16 units: how the index hashes folded terms. */
export const TERM_HASH_SEED = 0x811c9dc5;

export function termHashStep(hash: number, code: number): number {
  return Math.imul(hash ^ code, 0x01000193);
}

export function hashTerm(term: string): number {
  let hash = TERM_HASH_SEED;
  for (let i = 0; i < term.length; i++) hash = termHashStep(hash, term.charCodeAt(i));
  return hash;
}

/**
 * Folded form of each UTF-16 unit below U+0370 (Latin-1, Latin Extended,
 * IPA, spacing modifiers, combining marks) as `foldWord` folds it alone.
 * Folding is per-character in this range, so a word made of these units
 * folds to the concatenation of its units' folds.
 */
const FOLD_TABLE_END = 0x370;
const FOLD_TABLE: readonly string[] = Array.from({ length: FOLD_TABLE_END }, (_, code) =>
  foldWord(String.fromCharCode(code)),
);

/** The fold of one UTF-16 unit, or undefined when it must be folded in context (`foldWord`). */
export function foldUnit(code: number): string | undefined {
  if (code < FOLD_TABLE_END) return FOLD_TABLE[code];
  return code === 0x2019 || code === 0x2018 ? '' : undefined;
}

/**
 * Call `onWord(start, end, foldedHash, foldedLength)` for every word of
 * `text`, in order, without allocating. `foldedHash` is `hashTerm` of the
 * word's folded form and `foldedLength` its length, computed in the same pass
 * so the index can look words up without building strings; `foldedLength` is
 * -1 when the word has characters outside the per-unit fold table (then only
 * `foldWord` gives its folded form).
 */
export function forEachWordRange(
  text: string,
  onWord: (start: number, end: number, foldedHash: number, foldedLength: number) => void,
): void {
  const n = text.length;
  let i = 0;
  while (i < n) {
    const code = text.charCodeAt(i);
    if (code < 128 ? wordCharCache[code] !== 1 : wordCharWidth(text, i) === 0) {
      i++;
      continue;
    }
    const start = i;
    let hash = TERM_HASH_SEED;
    let length = 0;
    let foldable = true;
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c < 128 && wordCharCache[c] === 1) {
        hash = termHashStep(hash, c >= 65 && c <= 90 ? c + 32 : c);
        length++;
        i++;
        continue;
      }
      const width = c < 128 ? 0 : wordCharWidth(text, i);
      if (width > 0) {
        const folded = width === 1 ? foldUnit(c) : undefined;
        if (folded === undefined) foldable = false;
        else {
          for (let k = 0; k < folded.length; k++) hash = termHashStep(hash, folded.charCodeAt(k));
          length += folded.length;
        }
        i += width;
        continue;
      }
      // An apostrophe joins two word characters and folds to nothing.
      if (isApostrophe(c) && i + 1 < n && wordCharWidth(text, i + 1) > 0) {
        i++;
        continue;
      }
      break;
    }
    onWord(start, i, hash, foldable ? length : -1);
  }
}

/** Call `onWord(term, start, end)` for every word of `text`, in order. */
export function scanWords(text: string, onWord: (term: string, start: number, end: number) => void): void {
  forEachWordRange(text, (start, end) => {
    const term = foldWord(text.slice(start, end));
    // Folding can empty a word made only of combining marks; such a run is not a word.
    if (term.length > 0) onWord(term, start, end);
  });
}

/** Words of `text` with their folded terms and offsets into the original string. */
export function tokenize(text: string): WordToken[] {
  const tokens: WordToken[] = [];
  scanWords(text, (term, start, end) => {
    tokens.push({ term, start, end });
  });
  return tokens;
}

/** Folded terms of `text`, in order. */
export function foldedTerms(text: string): string[] {
  const terms: string[] = [];
  scanWords(text, (term) => {
    terms.push(term);
  });
  return terms;
}
