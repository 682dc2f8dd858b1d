import { readFileSync } from 'node:fs';
import type { ArchiveDocument } from '../shared/schemas/archive';
import { parseArchiveText } from '../main/archive/archiveFile';
import { DEFAULT_ARCHIVE_FILE } from './tempArchive';

const text = readFileSync(DEFAULT_ARCHIVE_FILE, 'utf8');

/** A fresh, validated copy of the default archive document, for a test to change in memory. */
export function defaultDocument(): ArchiveDocument {
  return parseArchiveText(text, DEFAULT_ARCHIVE_FILE);
}
