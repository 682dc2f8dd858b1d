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
export const ALL_FOLDS: Folds = new Set(TYPOGRAPHIC_DIFFERENCES);

/** Room for `more` code units past `length`, in arrays twice as large when there is not. */
function withRoom(out: Uint16Array<ArrayBuffer>, origin: Int32Array<ArrayBuffer>, length: number, more: number): [Uint16Array<ArrayBuffer>, Int32Array<ArrayBuffer>] {
  if (length + more <= out.length) return [out, origin];
  const grownOut = new Uint16Array(out.length * 2 + more);
  grownOut.set(out.subarray(0, length));
  const grownOrigin = new Int32Array(grownOut.length);
  grownOrigin.set(origin.subarray(0, length));
  return [grownOut, grownOrigin];
}

export function foldText(original: string, folds: Folds = ALL_FOLDS): FoldedText {
  // Folding seldom lengthens a text (an ellipsis, a rare capital): grow only when it does.
  // No closures here: variables a closure captures are slow to reach in a loop this hot.
  let out = new Uint16Array(original.length + 16);
  let origin = new Int32Array(original.length + 16);
  let length = 0;
  const spacing = folds.has('spacing');
  const dashes = folds.has('dashes');
  const quoteMarks = folds.has('quote marks');
  const apostrophes = folds.has('apostrophes');
  const ellipses = folds.has('ellipses');
  const lowerCase = folds.has('case');
  const end = original.length;
  for (let i = 0; i < end; i++) {
    let code = original.charCodeAt(i);
    const kind = CLASS[code];
    if (kind === OTHER) {
      if (lowerCase && code >= 65) {
        if (code <= 90) code += 32;
        else if (code >= 128) {
          const lower = String.fromCharCode(code).toLowerCase();
          [out, origin] = withRoom(out, origin, length, lower.length);
          for (let k = 0; k < lower.length - 1; k++) {
            out[length] = lower.charCodeAt(k);
            origin[length++] = i;
          }
          code = lower.charCodeAt(lower.length - 1);
        }
      }
    } else if (kind === SPACE_CLASS && spacing) {
      // A run of spaces is one space; none at all beside a dash ("a – b" is "a–b").
      while (i + 1 < end && CLASS[original.charCodeAt(i + 1)] === SPACE_CLASS) i++;
      if (length === 0 || i + 1 >= end) continue;
      if (dashes && (CLASS[original.charCodeAt(i + 1)] === DASH_CLASS || out[length - 1] === DASH)) continue;
      code = SPACE;
    } else if (kind === DOUBLE_QUOTE_CLASS && quoteMarks) code = QUOTE;
    else if (kind === SINGLE_QUOTE_CLASS) {
      const apostrophe = i > 0 && i + 1 < end && isLetterCode(original.charCodeAt(i - 1)) && isLetterCode(original.charCodeAt(i + 1));
      if (apostrophe ? apostrophes : quoteMarks) code = APOSTROPHE;
    } else if (kind === DASH_CLASS && dashes) {
      if (spacing && length > 0 && out[length - 1] === SPACE) length--;
      code = DASH;
    } else if (kind === ELLIPSIS_CLASS && ellipses) {
      [out, origin] = withRoom(out, origin, length, 3);
      out[length] = DOT;
      origin[length++] = i;
      out[length] = DOT;
      origin[length++] = i;
      code = DOT;
    }
    if (length === out.length) [out, origin] = withRoom(out, origin, length, 1);
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
