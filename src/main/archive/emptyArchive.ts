import { ArchiveDocument, SCHEMA_VERSION } from '../../shared/schemas/archive';

/** An archive with no records: where `klopp-archive init --empty` starts. */
export function emptyArchive(now = new Date()): ArchiveDocument {
  const stamp = now.toISOString();
  return ArchiveDocument.parse({
    schemaVersion: SCHEMA_VERSION,
    meta: { title: 'Klopp-era archive', createdAt: stamp, updatedAt: stamp },
    people: [],
    sources: [],
    matches: [],
    quotes: [],
    trophies: [],
    milestones: [],
    trash: [],
  });
}
