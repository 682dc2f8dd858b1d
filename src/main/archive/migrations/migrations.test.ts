import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ArchiveError } from '../../../shared/contract/errors';
import { SCHEMA_VERSION } from '../../../shared/schemas/archive';
import { tempArchiveFile } from '../../../test/tempArchive';
import { openArchive } from '../archive';
import { migrateDocument, type Migration } from './index';
import { seasonOf } from '../../../shared/derived/season';

/** The default archive as format 2 wrote it, before matches stored their season. */
const FORMAT_2 = join(import.meta.dirname, 'fixtures', 'format-2.json');

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
    expect(onDisk.schemaVersion).toBe(SCHEMA_VERSION);
    expect(onDisk.trash).toHaveLength(1);
  });

  it('opens a real format-2 file by storing each match the season of its date, in the trash and conflicts too', async () => {
    const file = await tempArchiveFile();
    const format2 = JSON.parse(await readFile(FORMAT_2, 'utf8'));
    expect(format2.schemaVersion).toBe(2);
    expect(format2.matches.some((match: object) => 'season' in match)).toBe(false);
    const trashed = { ...format2.matches[0], id: 'match-trashed', date: '2020-08-05' };
    const conflicted = { ...format2.matches[1], date: '2020-07-26' };
    const version = (record: object) => ({ record, author: { name: 'A', email: '' }, at: format2.meta.createdAt });
    format2.trash = [{ kind: 'matches', deletedAt: format2.meta.createdAt, record: trashed }];
    format2.meta.conflicts = [
      { kind: 'matches', id: conflicted.id, reason: 'both-edited', fields: ['date'], yours: version(conflicted), theirs: version(format2.matches[1]), base: { record: format2.matches[1] }, detectedAt: format2.meta.createdAt },
    ];
    await writeFile(file, JSON.stringify(format2));

    const archive = await openArchive(file);
    const matches = archive.records.matches.list();
    expect(matches).toHaveLength(format2.matches.length);
    for (const match of matches) expect(match.season).toBe(seasonOf(match.date));
    expect(archive.records.matches.get('match-2019-08-14-chelsea').season).toBe('2019-20');
    expect(archive.records.matches.get('match-2016-05-18-sevilla').season).toBe('2015-16');
    const trash = archive.store.trash()[0]!;
    expect(trash.kind === 'matches' && trash.record.season).toBe('2020-21');
    const conflict = archive.store.data.meta.conflicts![0]!;
    expect(conflict.kind === 'matches' && (conflict.yours.record as { season?: string } | undefined)?.season).toBe('2020-21');

    await archive.records.quotes.delete('quote-gomez-go-again');
    const onDisk = JSON.parse(await readFile(file, 'utf8'));
    expect(onDisk.schemaVersion).toBe(3);
    expect(onDisk.matches.every((match: { season?: string }) => typeof match.season === 'string')).toBe(true);
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
