import { Match, type MatchInput } from '../../../shared/schemas/match';
import { seasonOf } from '../../../shared/derived/season';

const STAMP = '2024-01-01T00:00:00.000Z';

/** A played match that passes the archive's rules, for the figures' tests. */
export function playedMatch(id: string, values: Partial<MatchInput> & Pick<MatchInput, 'date' | 'fullTime'>): Match {
  return Match.parse({
    id,
    createdAt: STAMP,
    updatedAt: STAMP,
    sourceIds: [],
    tags: [],
    notes: '',
    status: 'played',
    competition: 'Premier League',
    ground: 'home',
    opponent: 'Everton',
    goals: [],
    season: seasonOf(values.date),
    ...values,
  });
}
