import { SCHEMA_VERSION, type ArchiveDocument } from '../../src/shared/schemas/archive';
import { SETTING_KINDS } from '../../src/shared/schemas/quote';
import type { Person } from '../../src/shared/schemas/person';
import type { Source } from '../../src/shared/schemas/source';
import type { Quote } from '../../src/shared/schemas/quote';
import { generateArchive } from './quotes';

const STAMP = '2026-01-01T00:00:00.000Z';
const base = { createdAt: STAMP, updatedAt: STAMP, notes: '' };
const QUOTES_PER_SOURCE = 40;

/**
 * A valid archive document of `quotes` synthetic quotes, with the people and sources they
 * refer to: what write, import and export benchmarks load. Deterministic for a seed.
 */
export function generateArchiveDocument(quotes: number, seed = 42): ArchiveDocument {
  const { documents } = generateArchive(quotes, seed);
  const people = new Map<string, Person>();
  const sources: Source[] = [];
  const records: Quote[] = documents.map((doc, i) => {
    let speaker = people.get(doc.speaker);
    if (!speaker) {
      speaker = { ...base, id: `person-${people.size}`, name: doc.speaker, aliases: doc.speakerAliases.filter((alias) => alias !== doc.speaker), role: 'player', sourceIds: [], tags: [] };
      people.set(doc.speaker, speaker);
    }
    if (i % QUOTES_PER_SOURCE === 0) {
      sources.push({ ...base, id: `source-${sources.length}`, title: doc.sourceTitles[0] ?? `Source ${sources.length}`, kind: 'article', date: doc.date, ...(doc.outlet ? { publisher: doc.outlet } : {}), sourceIds: [], tags: [] });
    }
    return {
      ...base,
      id: `quote-${i}`,
      sourceIds: [`source-${sources.length - 1}`],
      tags: doc.tags,
      text: doc.text,
      speakerId: speaker.id,
      date: doc.date,
      setting: { kind: SETTING_KINDS[i % SETTING_KINDS.length]!, ...(doc.outlet ? { outlet: doc.outlet } : {}) },
      status: doc.status,
    };
  });
  return {
    schemaVersion: SCHEMA_VERSION,
    meta: { title: `Synthetic archive of ${quotes} quotes`, createdAt: STAMP, updatedAt: STAMP },
    people: [...people.values()],
    sources,
    matches: [],
    quotes: records,
    trophies: [],
    milestones: [],
    trash: [],
  };
}
