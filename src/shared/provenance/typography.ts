/**
 * The typographic variants a quote may differ by and still be the same words: how a
 * newsroom's style sheet or a keyboard writes quote marks, apostrophes, dashes, ellipses,
 * spaces and capitals. Folding maps every variant to one plain form, and remembers where each
 * folded character came from so a match in folded text points back into the original.
 */
export const TYPOGRAPHIC_DIFFERENCES = ['quote marks', 'apostrophes', 'dashes', 'ellipses', 'spacing', 'case'] as const;
export type TypographicDifference = (typeof TYPOGRAPHIC_DIFFERENCES)[number];

/** What each UTF-16 code unit is to folding, looked up in one table rather than in sets. */
const OTHER = 0;
const SPACE_CLASS = 1;
const DOUBLE_QUOTE_CLASS = 2;
const SINGLE_QUOTE_CLASS = 3;
const DASH_CLASS = 4;
const ELLIPSIS_CLASS = 5;
const CLASS = new Uint8Array(65536);
const classify = (chars: string, kind: number) => [...chars].forEach((char) => (CLASS[char.charCodeAt(0)] = kind));
classify(' \n\t\r\u00a0\u2009\u202f\u2007\u200a', SPACE_CLASS);
classify('“”„‟«»″"', DOUBLE_QUOTE_CLASS);
classify("‘’‚‛′`´'", SINGLE_QUOTE_CLASS);
classify('–—‒―−‐‑-', DASH_CLASS);
classify('…', ELLIPSIS_CLASS);
const [QUOTE, APOSTROPHE, DASH, SPACE, DOT] = ['"', "'", '-', ' ', '.'].map((char) => char.charCodeAt(0)) as [number, number, number, number, number];

const LETTER = /[\p{L}\p{N}]/u;
/** Letters and digits, ASCII without a regular expression (a 2 MB article has a lot of them). */
export function isLetterCode(code: number): boolean {
  if (code < 128) return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57);
  return LETTER.test(String.fromCharCode(code));
}

export interface FoldedText {
  /** The text with every variant in its plain form. */
  text: string;
  /** For each folded character, the offset of the original character it came from. */
  origin: Int32Array;
}

/** The folds to apply: all of them, or all but one (to tell which kind of difference remains). */
export type Folds = ReadonlySet<TypographicDifference>;
const FOLD_ORDER = ['spacing', 'dashes', 'quote marks', 'apostrophes', 'ellipses', 'case'] as const;
export const ALL_FOLDS: Folds = new Set(TYPOGRAPHIC_DIFFERENCES);

export function foldText(original: string, folds: Folds = ALL_FOLDS): FoldedText {
  // Folding seldom lengthens a text (an ellipsis, a rare capital): grow only when it does.
  let out = new Uint16Array(original.length + 16);
  let origin = new Int32Array(original.length + 16);
  let length = 0;
  const grow = () => {
    const grownOut = new Uint16Array(out.length * 2 + 16);
    grownOut.set(out);
    out = grownOut;
    const grownOrigin = new Int32Array(out.length);
    grownOrigin.set(origin);
    origin = grownOrigin;
  };
  const emit = (code: number, from: number) => {
    if (length === out.length) grow();
    out[length] = code;
    origin[length++] = from;
  };
  const [spacing, dashes, quoteMarks, apostrophes, ellipses, lowerCase] = FOLD_ORDER.map((fold) => folds.has(fold));
  for (let i = 0; i < original.length; i++) {
    let code = original.charCodeAt(i);
    const kind = CLASS[code];
    if (kind === OTHER) {
      if (lowerCase && code >= 65) {
        if (code <= 90) code += 32;
        else if (code >= 128) {
          const lower = String.fromCharCode(code).toLowerCase();
          for (let k = 0; k < lower.length - 1; k++) emit(lower.charCodeAt(k), i);
          code = lower.charCodeAt(lower.length - 1);
        }
      }
    } else if (kind === SPACE_CLASS && spacing) {
      // A run of spaces is one space; none at all beside a dash ("a – b" is "a–b").
      while (i + 1 < original.length && CLASS[original.charCodeAt(i + 1)] === SPACE_CLASS) i++;
      if (length === 0 || i + 1 >= original.length) continue;
      if (dashes && (CLASS[original.charCodeAt(i + 1)] === DASH_CLASS || out[length - 1] === DASH)) continue;
      code = SPACE;
    } else if (kind === DOUBLE_QUOTE_CLASS && quoteMarks) code = QUOTE;
    else if (kind === SINGLE_QUOTE_CLASS) {
      const apostrophe = i > 0 && i + 1 < original.length && isLetterCode(original.charCodeAt(i - 1)) && isLetterCode(original.charCodeAt(i + 1));
      if (apostrophe ? apostrophes : quoteMarks) code = APOSTROPHE;
    } else if (kind === DASH_CLASS && dashes) {
      if (spacing && length > 0 && out[length - 1] === SPACE) length--;
      code = DASH;
    } else if (kind === ELLIPSIS_CLASS && ellipses) {
      emit(DOT, i);
      emit(DOT, i);
      code = DOT;
    }
    if (length === out.length) grow();
    out[length] = code;
    origin[length++] = i;
  }
  return { text: decode(out.subarray(0, length)), origin: origin.subarray(0, length) };
}

const utf16 = new TextDecoder('utf-16le');
const decode = (units: Uint16Array) => utf16.decode(units);

/** Which kinds of difference there are between two texts that are equal once everything is folded. */
export function typographicDifferences(quote: string, passage: string): TypographicDifference[] {
  return TYPOGRAPHIC_DIFFERENCES.filter((kind) => {
    const allBut = new Set(TYPOGRAPHIC_DIFFERENCES.filter((other) => other !== kind));
    return foldText(quote, allBut).text !== foldText(passage, allBut).text;
  });
}
