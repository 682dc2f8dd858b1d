import { ArchiveError } from '../../../../shared/contract/errors';
import type { CsvDelimiterChoice, CsvEncodingChoice } from '../../../../shared/contract/transfer';

export type CsvEncoding = Exclude<CsvEncodingChoice, 'auto'>;
export type CsvDelimiter = Exclude<CsvDelimiterChoice, 'auto'>;

/** How the preview names what it read. */
export const ENCODING_NAMES: Record<CsvEncoding, string> = {
  'utf-8': 'UTF-8',
  'utf-16le': 'UTF-16 LE (Excel’s “Unicode text”)',
  'utf-16be': 'UTF-16 BE',
  'windows-1252': 'Windows-1252 (Western)',
};
export const DELIMITER_NAMES: Record<CsvDelimiter, string> = { comma: 'comma', semicolon: 'semicolon', tab: 'tab' };
export const DELIMITER_CHARACTERS: Record<CsvDelimiter, string> = { comma: ',', semicolon: ';', tab: '\t' };

export interface DecodedText {
  text: string;
  encoding: CsvEncoding;
  /** The file opened with a byte-order mark. */
  bom: boolean;
  /** Chosen by the user rather than detected. */
  chosen: boolean;
}

function bomOf(bytes: Uint8Array): CsvEncoding | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return undefined;
}

/** UTF-16 without a byte-order mark shows as a zero byte beside most ASCII characters. */
function utf16WithoutBom(bytes: Uint8Array): CsvEncoding | undefined {
  const sample = bytes.subarray(0, 4096);
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < sample.length; i++) {
    if (sample[i] !== 0) continue;
    if (i % 2 === 0) evenZeros++;
    else oddZeros++;
  }
  const half = sample.length / 2;
  if (oddZeros > half * 0.3 && evenZeros < half * 0.05) return 'utf-16le';
  if (evenZeros > half * 0.3 && oddZeros < half * 0.05) return 'utf-16be';
  return undefined;
}

function isUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/** The line (1-based) of a character offset in `text`. */
export function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

/**
 * A spreadsheet file's bytes as text, in the encoding chosen or, by default, the one its
 * bytes show: a byte-order mark, UTF-16's zero bytes, valid UTF-8, else Windows-1252 (what
 * Excel and LibreOffice save as "CSV" on a Western Windows).
 */
export function decodeSpreadsheet(bytes: Uint8Array, fileName: string, choice: CsvEncodingChoice = 'auto'): DecodedText {
  const bom = bomOf(bytes);
  const encoding: CsvEncoding = choice !== 'auto' ? choice : (bom ?? utf16WithoutBom(bytes) ?? (isUtf8(bytes) ? 'utf-8' : 'windows-1252'));
  try {
    const text = new TextDecoder(encoding, { fatal: encoding !== 'windows-1252' }).decode(bytes);
    return { text, encoding, bom: bom === encoding, chosen: choice !== 'auto' };
  } catch {
    throw new ArchiveError({
      code: 'invalid-input',
      message: `${fileName} is not ${ENCODING_NAMES[encoding]} text: choose the encoding it was saved in (Windows-1252 is what most spreadsheets save as “CSV” on Windows)`,
      issues: [{ path: 'encoding', message: `the file is not ${ENCODING_NAMES[encoding]}` }],
    });
  }
}

/** Characters Windows-1252 gives the continuation bytes (0x80-0xBF) of UTF-8. */
const CONTINUATION = '[\\u0080-\\u00BF€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ]';
/** UTF-8 read as Windows-1252: a lead byte's letter (Ã, Â, â, ï...) then continuation characters ("JÃ¼rgen", "ï»¿id", "â€™"). */
const MOJIBAKE = new RegExp(`[\\u00C2-\\u00DF]${CONTINUATION}|[\\u00E0-\\u00EF]${CONTINUATION}{2}`, 'u');

export interface Mojibake {
  line: number;
  /** The word it is in, as the file shows it. */
  sample: string;
}

/** The first place the text reads like UTF-8 that was decoded as Windows-1252, if any. */
export function findMojibake(text: string): Mojibake | undefined {
  const found = MOJIBAKE.exec(text);
  if (!found) return undefined;
  const start = text.lastIndexOf('\n', found.index) + 1;
  const wordStart = Math.max(start, text.slice(0, found.index).search(/[^\s,;\t"]*$/));
  const rest = text.slice(found.index).search(/[\s,;\t"]/);
  const sample = text.slice(wordStart, rest < 0 ? undefined : found.index + rest);
  return { line: lineAt(text, found.index), sample };
}

/**
 * Refuses garbled text before a row is read: imported, it would add records with the damage
 * in them (and, under new ids, duplicates of the records it was meant to update).
 */
export function refuseMojibake(decoded: DecodedText, fileName: string): void {
  const found = findMojibake(decoded.text);
  if (!found) return;
  const readWrongly = decoded.encoding === 'windows-1252';
  const fix = readWrongly
    ? 'The file itself is UTF-8: choose the encoding UTF-8 and preview it again.'
    : 'It was garbled before it reached here, when a spreadsheet opened the UTF-8 file as Western text and saved it again. Open the original export again, choosing the character set “Unicode (UTF-8)” (LibreOffice) or File origin “65001: Unicode (UTF-8)” (Excel, Data › From Text/CSV), save it as “CSV UTF-8”, and import that file.';
  throw new ArchiveError({
    code: 'invalid-input',
    message: `${fileName}, line ${found.line}: “${found.sample}” is UTF-8 text read as Windows-1252, so nothing was imported. ${fix}`,
    issues: [{ path: `line ${found.line}`, message: `“${found.sample}” is garbled text (UTF-8 read as Windows-1252)` }],
  });
}

/** The delimiter the header line uses most, outside quotes; a comma when it uses none. */
export function detectDelimiter(text: string): CsvDelimiter {
  const counts: Record<CsvDelimiter, number> = { comma: 0, semicolon: 0, tab: 0 };
  let quoted = false;
  for (const character of text.replace(/^\uFEFF/, '')) {
    if (character === '"') quoted = !quoted;
    else if (!quoted && (character === '\n' || character === '\r')) break;
    else if (!quoted) {
      if (character === ',') counts.comma++;
      else if (character === ';') counts.semicolon++;
      else if (character === '\t') counts.tab++;
    }
  }
  const best = (Object.keys(counts) as CsvDelimiter[]).reduce((a, b) => (counts[b] > counts[a] ? b : a), 'comma');
  return counts[best] > 0 ? best : 'comma';
}
