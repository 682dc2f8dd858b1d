import { ArchiveDocument } from '../../../shared/schemas/archive';
import { serialize } from '../durableJsonFile';

/**
 * The whole archive as JSON: schemaVersion first, keys in the schema's order whatever order
 * the records were edited in (zod builds each object in its shape's order), two-space indent.
 */
export function exportArchiveJson(archive: Readonly<ArchiveDocument>): string {
  return serialize(ArchiveDocument.parse(archive));
}
