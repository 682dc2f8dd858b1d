import type { Match } from '../../../shared/schemas/match';
import { matchResult } from '../../../shared/derived/result';
import { seasonOf } from '../../../shared/derived/season';

export interface SeasonStatsFilter {
  season?: string;
  competition?: string;
  /** Inclusive ISO dates. */
  from?: string;
  to?: string;
}

/** Competitions whose table counts points: three for a win, one for a draw. */
const LEAGUES = new Set(['Premier League']);

export interface SeasonCompetitionStats {
  season: string;
  competition: string;
  played: number;
  won: number;
  drawn: number;
  lost: number;
  goalsFor: number;
  goalsAgainst: number;
  /** League competitions only; null for cups. */
  points: number | null;
  /** A shoot-out counts as a draw in the score; its outcome is kept apart. */
  shootoutsWon: number;
  shootoutsLost: number;
  /** The matches behind each figure, so every number can be checked against its records. */
  matchIds: { played: string[]; won: string[]; drawn: string[]; lost: string[] };
}

function inFilter(match: Match, season: string, filter: SeasonStatsFilter): boolean {
  return (
    (!filter.season || season === filter.season) &&
    (!filter.competition || match.competition.toLowerCase() === filter.competition.toLowerCase()) &&
    (!filter.from || match.date >= filter.from) &&
    (!filter.to || match.date <= filter.to)
  );
}

/** Played, won, drawn, lost, goals and points for each season and competition, oldest first. */
export function seasonStats(matches: readonly Match[], filter: SeasonStatsFilter = {}): SeasonCompetitionStats[] {
  const rows = new Map<string, SeasonCompetitionStats>();
  for (const match of matches) {
    const result = matchResult(match);
    const season = seasonOf(match.date);
    if (!result || !inFilter(match, season, filter)) continue;
    const key = `${season}\u0000${match.competition}`;
    let row = rows.get(key);
    if (!row) {
      row = {
        season,
        competition: match.competition,
        played: 0,
        won: 0,
        drawn: 0,
        lost: 0,
        goalsFor: 0,
        goalsAgainst: 0,
        points: LEAGUES.has(match.competition) ? 0 : null,
        shootoutsWon: 0,
        shootoutsLost: 0,
        matchIds: { played: [], won: [], drawn: [], lost: [] },
      };
      rows.set(key, row);
    }
    row.played += 1;
    row.matchIds.played.push(match.id);
    row.goalsFor += result.score.liverpool;
    row.goalsAgainst += result.score.opponent;
    const outcome = result.outcome === 'W' ? 'won' : result.outcome === 'D' ? 'drawn' : 'lost';
    row[outcome] += 1;
    row.matchIds[outcome].push(match.id);
    if (row.points !== null) row.points += result.outcome === 'W' ? 3 : result.outcome === 'D' ? 1 : 0;
    if (result.shootout?.outcome === 'won') row.shootoutsWon += 1;
    if (result.shootout?.outcome === 'lost') row.shootoutsLost += 1;
  }
  return [...rows.values()].sort((a, b) => a.season.localeCompare(b.season) || a.competition.localeCompare(b.competition));
}
