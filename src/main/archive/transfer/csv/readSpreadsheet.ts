import type { CsvDelimiterChoice, CsvEncodingChoice } from '../../../../shared/contract/transfer';
import { readCsv, type CsvFile } from './readCsv';
import { decodeSpreadsheet, DELIMITER_CHARACTERS, DELIMITER_NAMES, detectDelimiter, ENCODING_NAMES, refuseMojibake } from './spreadsheetText';

/**
 * A spreadsheet file as saved, read: its encoding and delimiter as chosen or detected, garbled
 * text refused before any row is read, and the way it was read kept for the preview to say.
 */
export function readSpreadsheet(bytes: Uint8Array, fileName: string, choice: { encoding?: CsvEncodingChoice; delimiter?: CsvDelimiterChoice } = {}): CsvFile {
  const decoded = decodeSpreadsheet(bytes, fileName, choice.encoding);
  refuseMojibake(decoded, fileName);
  const delimiter = choice.delimiter && choice.delimiter !== 'auto' ? choice.delimiter : detectDelimiter(decoded.text);
  const file = readCsv(decoded.text, fileName, DELIMITER_CHARACTERS[delimiter]);
  const encoding = `${ENCODING_NAMES[decoded.encoding]}${decoded.bom ? ' with a byte-order mark' : ''}`;
  const detected = (choice.encoding ?? 'auto') === 'auto' && (choice.delimiter ?? 'auto') === 'auto';
  return { ...file, reading: { encoding, delimiter: DELIMITER_NAMES[delimiter], detected } };
}
