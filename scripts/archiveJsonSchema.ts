import { z } from 'zod';
import { ArchiveDocument } from '../src/shared/schemas/archive';

/**
 * The JSON Schema of the archive file, generated from the zod schemas (never written by
 * hand). The cross-record rules (references resolve, goals add up) are refinements that
 * JSON Schema cannot say; they live in the app and `klopp-archive validate`.
 */
export function archiveJsonSchema(): string {
  const schema = z.toJSONSchema(z.strictObject(ArchiveDocument.shape), { target: 'draft-2020-12', io: 'output', unrepresentable: 'any' });
  const described = {
    ...schema,
    $id: 'https://klopp-era-archive.local/archive.schema.json',
    title: 'Klopp-era Archive file',
    description:
      'One archive file (klopp-era.json). Generated from the zod schemas by `npm run data:schema`. References between records and the football rules of a match are checked by the app, not by this schema.',
  };
  return `${JSON.stringify(described, null, 2)}\n`;
}
