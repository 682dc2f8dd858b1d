import { describe, expect, it } from 'vitest';
import { ArchiveDocument } from '../../src/shared/schemas/archive';
import { generateTimelineArchive } from './timelineArchive';

describe('synthetic timeline archive', () => {
  it('is a valid archive of exactly the timeline records asked for', () => {
    const document = ArchiveDocument.parse(generateTimelineArchive(2_000, 7));
    const items = document.matches.length + document.quotes.length + document.trophies.length + document.milestones.length;
    expect(items).toBe(2_000);
    expect(document.trophies.every((trophy) => document.matches.some((match) => match.id === trophy.decidingMatchId && match.stage === 'Final'))).toBe(true);
    expect(document.quotes.some((quote) => quote.matchId)).toBe(true);
  });
});
