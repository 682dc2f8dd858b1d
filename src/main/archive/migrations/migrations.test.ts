import { readFile, writeFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { ArchiveError } from '../../../shared/contract/errors';
import { SCHEMA_VERSION } from '../../../shared/schemas/archive';
import { tempArchiveFile } from '../../../test/tempArchive';
import { openArchive } from '../archive';
import { migrateDocument, type Migration } from './index';

describe('migrations', () => {
  it('opens a format-1 file by adding the trash, and validates the result', async () => {
    const file = await tempArchiveFile();
    const current = JSON.parse(await readFile(file, 'utf8'));
    delete current.trash;
    await writeFile(file, JSON.stringify({ ...current, schemaVersion: 1 }));
    const archive = await openArchive(file);
    expect(archive.store.data.schemaVersion).toBe(SCHEMA_VERSION);
    expect(archive.store.trash()).toEqual([]);
    await archive.records.quotes.delete('quote-gomez-go-again');
    const onDisk = JSON.parse(await readFile(file, 'utf8'));
    expect(onDisk.schemaVersion).toBe(2);
    expect(onDisk.trash).toHaveLength(1);
  });

  it('applies steps one at a time, in order', () => {
    const steps: Migration[] = [
      { from: 2, to: 3, description: 'b', migrate: (doc) => ({ ...doc, log: [...(doc['log'] as string[]), 'b'] }) },
      { from: 1, to: 2, description: 'a', migrate: (doc) => ({ ...doc, log: ['a'] }) },
    ];
    const { document, applied } = migrateDocument({ schemaVersion: 1 }, 'f.json', steps, 3);
    expect(document).toEqual({ schemaVersion: 3, log: ['a', 'b'] });
    expect(applied.map((step) => step.description)).toEqual(['a', 'b']);
  });

  it('refuses a file from a newer version, saying so', () => {
    expect(() => migrateDocument({ schemaVersion: SCHEMA_VERSION + 1 }, 'new.json')).toThrow(ArchiveError);
    expect(() => migrateDocument({ schemaVersion: SCHEMA_VERSION + 1 }, 'new.json')).toThrow(/written by a newer version of the app/);
  });
});
