import type { Match } from '../../../shared/schemas/match';
import type { SeasonCompetitionStats, SeasonStatsFilter } from '../../../shared/contract/stats';
import { matchResult } from '../../../shared/derived/result';

export type { SeasonCompetitionStats, SeasonStatsFilter };

/** Competitions whose table counts points: three for a win, one for a draw. */
const LEAGUES = new Set(['Premier League']);

/** Whether a dated record of a competition falls inside the filter; `season` is the match's stored season. */
export function inFilter(record: { date: string; competition: string }, season: string, filter: SeasonStatsFilter): boolean {
  return (
    (!filter.season || season === filter.season) &&
    (!filter.competition || record.competition.toLowerCase() === filter.competition.toLowerCase()) &&
    (!filter.from || record.date >= filter.from) &&
    (!filter.to || record.date <= filter.to)
  );
}

/** Played, won, drawn, lost, goals and points for each season and competition, oldest first. */
export function seasonStats(matches: readonly Match[], filter: SeasonStatsFilter = {}): SeasonCompetitionStats[] {
  const rows = new Map<string, SeasonCompetitionStats>();
  for (const match of matches) {
    const result = matchResult(match);
    const season = match.season;
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
        matchIds: { played: [], won: [], drawn: [], lost: [], shootoutsWon: [], shootoutsLost: [] },
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
    if (result.shootout) {
      const figure = result.shootout.outcome === 'won' ? 'shootoutsWon' : 'shootoutsLost';
      row[figure] += 1;
      row.matchIds[figure].push(match.id);
    }
  }
  return [...rows.values()].sort((a, b) => a.season.localeCompare(b.season) || a.competition.localeCompare(b.competition));
}
