import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ArchiveDocument } from '../../shared/schemas/archive';
import { matchResult } from '../../shared/derived/result';
import { trophyOrdinals } from '../../shared/derived/trophyOrdinal';
import { DEFAULT_ARCHIVE_FILE, tempFolder } from '../../test/tempArchive';
import { ensureArchiveFile } from './defaultArchive';

async function defaultArchive(): Promise<ArchiveDocument> {
  return ArchiveDocument.parse(JSON.parse(await readFile(DEFAULT_ARCHIVE_FILE, 'utf8')));
}

describe('the default Klopp-era archive', () => {
  it('validates against the archive schema', async () => {
    const result = ArchiveDocument.safeParse(JSON.parse(await readFile(DEFAULT_ARCHIVE_FILE, 'utf8')));
    expect(result.success ? [] : result.error.issues).toEqual([]);
  });

  it('keeps every quote word for word in the text of its source', async () => {
    const archive = await defaultArchive();
    const texts = new Map(archive.sources.map((source) => [source.id, source.text ?? '']));
    for (const quote of archive.quotes) {
      expect(quote.sourceIds.some((id) => texts.get(id)?.includes(quote.text)), quote.id).toBe(true);
    }
    expect(archive.quotes).toHaveLength(14);
  });

  it('holds the League Cup quarter-final as the articles give it', async () => {
    const archive = await defaultArchive();
    const match = archive.matches.find((candidate) => candidate.id === 'match-2021-12-22-leicester-city');
    expect(match && matchResult(match)).toEqual({
      outcome: 'D',
      score: { liverpool: 3, opponent: 3 },
      afterExtraTime: false,
      shootout: { outcome: 'won', score: { liverpool: 5, opponent: 4 } },
    });
    expect(match?.goals.at(-1)).toMatchObject({ minute: 90, addedTime: 6, scorerId: 'takumi-minamino' });
    expect(match?.notes).toContain('90+5');
  });

  it('has the eight trophies, the League Cup 2024 final the eighth', async () => {
    const archive = await defaultArchive();
    const ordinals = trophyOrdinals(archive.trophies);
    expect(archive.trophies).toHaveLength(8);
    expect(ordinals.get('trophy-2024-league-cup')).toBe(8);
    expect(ordinals.get('trophy-2019-champions-league')).toBe(1);
  });
});

describe('first launch', () => {
  it('copies the default archive once and never overwrites an existing file', async () => {
    const file = join(await tempFolder(), 'nested', 'klopp-era.json');
    expect(await ensureArchiveFile(file, DEFAULT_ARCHIVE_FILE)).toBe('created');
    expect(await readFile(file)).toEqual(await readFile(DEFAULT_ARCHIVE_FILE));
    expect(await ensureArchiveFile(file, '/nonexistent/default.json')).toBe('existing');
  });
});
