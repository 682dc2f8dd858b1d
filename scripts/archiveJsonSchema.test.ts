import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { archiveJsonSchema } from './archiveJsonSchema';

describe('data/archive.schema.json', () => {
  it('is what the zod schemas generate now (run npm run data:schema after changing a schema)', async () => {
    const committed = await readFile(join(import.meta.dirname, '..', 'data', 'archive.schema.json'), 'utf8');
    expect(committed).toBe(archiveJsonSchema());
  });

  it('describes every kind of record and the schema version', () => {
    const schema = JSON.parse(archiveJsonSchema()) as { properties: Record<string, unknown>; required: string[] };
    expect(schema.required).toEqual(expect.arrayContaining(['schemaVersion', 'meta', 'people', 'sources', 'matches', 'quotes', 'trophies', 'milestones']));
  });
});
