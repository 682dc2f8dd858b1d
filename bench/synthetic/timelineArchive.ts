import type { ArchiveDocument } from '../../src/shared/schemas/archive';
import type { Match } from '../../src/shared/schemas/match';
import type { Milestone } from '../../src/shared/schemas/milestone';
import type { Trophy } from '../../src/shared/schemas/trophy';
import { generateArchiveDocument } from './archiveDocument';
import { COMPETITIONS } from './quotes';
import { createRandom } from './random';
import { seasonOf } from '../../src/shared/derived/season';

const STAMP = '2026-01-01T00:00:00.000Z';
const base = { createdAt: STAMP, updatedAt: STAMP, notes: '', sourceIds: [] as string[] };
const ERA_FROM = Date.UTC(2015, 9, 17);
const ERA_TO = Date.UTC(2024, 4, 19);
const OPPONENTS = ['Everton', 'Manchester United', 'Manchester City', 'Chelsea', 'Arsenal', 'Tottenham Hotspur', 'Real Madrid', 'Bayern Munich'];
const MATCH_TAGS = ['final', 'derby', 'comeback', 'shoot-out', 'title race', 'European night'];

/**
 * A valid archive of `items` timeline records (matches, quotes, trophies, milestones) across
 * the era, for the timeline benchmark: a quarter matches, a handful of trophies, the rest
 * quotes, half of them about a match. Deterministic for a seed.
 */
export function generateTimelineArchive(items: number, seed = 42): ArchiveDocument {
  const random = createRandom(seed);
  const milestones: Milestone[] = [
    { ...base, id: 'milestone-appointment', date: '2015-10-08', kind: 'appointment', title: 'Klopp appointed Liverpool manager', tags: [] },
    { ...base, id: 'milestone-last-match', date: '2024-05-19', kind: 'last match', title: 'Last match', tags: [] },
  ];
  const matchCount = Math.round(items / 4);
  const trophyCount = Math.max(1, Math.round(items / 250));
  const quoteCount = items - matchCount - trophyCount - milestones.length;

  const matches: Match[] = Array.from({ length: matchCount }, (_, i) => {
    const date = new Date(ERA_FROM + Math.floor(((ERA_TO - ERA_FROM) * i) / matchCount)).toISOString().slice(0, 10);
    const final = i % 20 === 0;
    return {
      ...base,
      id: `match-${i}`,
      status: 'played',
      date,
      season: seasonOf(date),
      competition: random.pick(COMPETITIONS),
      ...(final ? { stage: 'Final' } : {}),
      ground: random.pick(['home', 'away', 'neutral'] as const),
      opponent: random.pick(OPPONENTS),
      fullTime: { liverpool: random.int(5), opponent: random.int(3) },
      goals: [],
      tags: final ? ['final'] : random.chance(0.3) ? [random.pick(MATCH_TAGS)] : [],
    };
  });
  const finals = matches.filter((match) => match.stage === 'Final');
  const trophies: Trophy[] = Array.from({ length: trophyCount }, (_, i) => {
    const decider = finals[Math.floor((i * finals.length) / trophyCount)]!;
    return { ...base, id: `trophy-${i}`, competition: decider.competition, dateWon: decider.date, decidingMatchId: decider.id, tags: [] };
  });

  const document = generateArchiveDocument(quoteCount, seed);
  const quotes = document.quotes.map((quote) => {
    if (!random.chance(0.5)) return quote;
    const match = random.pick(matches);
    return { ...quote, matchId: match.id, date: match.date };
  });
  return { ...document, meta: { ...document.meta, title: `Synthetic timeline of ${items} records` }, matches, quotes, trophies, milestones };
}
