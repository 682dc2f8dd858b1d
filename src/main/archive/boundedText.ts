import { open } from 'node:fs/promises';
import { ArchiveError, type ErrorCode } from '../../shared/contract/errors';
import { formatBytes } from '../../shared/derived/fileSize';

export interface BoundedReadOptions {
  /** Refused above this size, before anything is read. */
  maxBytes: number;
  /** What the file is, for the error: "archive file", "import file". */
  what: string;
  /** The error code of a refusal: invalid-archive for the archive, invalid-input for imports. */
  code: ErrorCode;
}

/**
 * Reads a whole file as UTF-8 text, refusing one that is too large (checked before reading)
 * or is not valid UTF-8 (Node's default decoding would silently turn bad bytes into U+FFFD
 * and the next save would write the damage back). Every file the domain reads goes through here.
 * Resolves with null when the file does not exist.
 */
export async function readBoundedText(file: string, { maxBytes, what, code }: BoundedReadOptions): Promise<string | null> {
  let handle;
  try {
    handle = await open(file, 'r');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
  try {
    const { size } = await handle.stat();
    if (size > maxBytes) {
      throw new ArchiveError({ code, message: `The ${what} ${file} is too large: ${formatBytes(size)}, above the limit of ${formatBytes(maxBytes)}` });
    }
    return decodeUtf8(await handle.readFile(), file, what, code);
  } finally {
    await handle.close();
  }
}

/** Strict UTF-8: bad bytes are an error naming the file and where the first one is. */
export function decodeUtf8(bytes: Uint8Array, file: string, what: string, code: ErrorCode): string {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    throw new ArchiveError({ code, message: `The ${what} ${file} is not valid UTF-8 text (decoding fails at byte ${firstInvalidUtf8Offset(bytes)})` });
  }
}

/** The byte where decoding first fails (at or just after the bad sequence's start): found by halving, since TextDecoder does not say. */
function firstInvalidUtf8Offset(bytes: Uint8Array): number {
  const decodes = (end: number) => {
    try {
      // A cut in the middle of a valid sequence is not an error of the file: stream mode keeps it pending.
      new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, end), { stream: true });
      return true;
    } catch {
      return false;
    }
  };
  let good = 0;
  let bad = bytes.length;
  while (bad - good > 1) {
    const middle = (good + bad) >>> 1;
    if (decodes(middle)) good = middle;
    else bad = middle;
  }
  return good;
}
