// `npm run data:schema`: regenerates data/archive.schema.json from the zod schemas.
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { archiveJsonSchema } from './archiveJsonSchema';

export const ARCHIVE_SCHEMA_FILE = join(import.meta.dirname, '..', 'data', 'archive.schema.json');

await writeFile(ARCHIVE_SCHEMA_FILE, archiveJsonSchema());
console.log(`Wrote ${ARCHIVE_SCHEMA_FILE}`);
