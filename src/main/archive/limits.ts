/**
 * How much the app reads from any one file. The bounds keep a hostile or mistaken file
 * (a 10 GB "archive", a runaway export picked as an import) from exhausting memory: the
 * size is checked before a byte is read.
 */
const MIB = 1024 * 1024;

/** The archive file. 100,000 records take about 60 MB; this leaves room to grow. */
export const MAX_ARCHIVE_BYTES = 256 * MIB;

/** A file picked for import (JSON or CSV). */
export const MAX_IMPORT_BYTES = 64 * MIB;

/** Rows of one CSV import: a million-row file is refused, not parsed whole. */
export const MAX_IMPORT_ROWS = 200_000;
