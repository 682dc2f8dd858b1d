import { describe, expect, it } from 'vitest';
import { ArchiveDocument } from '../../src/shared/schemas/archive';
import { generateArchiveDocument } from './archiveDocument';

describe('synthetic archive document', () => {
  it('is a valid archive, the same for the same seed', () => {
    const archive = generateArchiveDocument(500);
    const result = ArchiveDocument.safeParse(archive);
    expect(result.success ? [] : result.error.issues.slice(0, 3)).toEqual([]);
    expect(archive.quotes).toHaveLength(500);
    expect(generateArchiveDocument(500)).toEqual(archive);
  });
});
