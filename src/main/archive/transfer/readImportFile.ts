import { ArchiveError } from '../../../shared/contract/errors';
import { readBoundedText } from '../boundedText';
import { MAX_IMPORT_BYTES } from '../limits';

/** A file picked for import, as text: bounded in size, strict UTF-8, and named when missing. */
export async function readImportFile(file: string): Promise<string> {
  const text = await readBoundedText(file, { maxBytes: MAX_IMPORT_BYTES, what: 'import file', code: 'invalid-input' });
  if (text === null) throw new ArchiveError({ code: 'not-found', message: `Cannot read ${file}: no such file` });
  return text;
}
