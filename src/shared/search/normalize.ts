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

/**
 * Call `onWord(start, end)` for every word of `text`, in order, without
 * allocating anything (the index tokenises millions of words).
 */
export function forEachWordRange(text: string, onWord: (start: number, end: number) => void): void {
  const n = text.length;
  let i = 0;
  while (i < n) {
    const code = text.charCodeAt(i);
    let w = code < 128 ? (wordCharCache[code] === 1 ? 1 : 0) : wordCharWidth(text, i);
    if (w === 0) {
      i++;
      continue;
    }
    const start = i;
    i += w;
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c < 128) {
        if (wordCharCache[c] === 1) {
          i++;
          continue;
        }
      } else {
        w = wordCharWidth(text, i);
        if (w > 0) {
          i += w;
          continue;
        }
      }
      if (isApostrophe(c) && i + 1 < n && wordCharWidth(text, i + 1) > 0) {
        i += 1;
        continue;
      }
      break;
    }
    onWord(start, i);
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
