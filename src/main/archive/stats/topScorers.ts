import type { Match } from '../../../shared/schemas/match';
import type { SeasonScorer, SeasonStatsFilter } from '../../../shared/contract/stats';
import { inFilter } from './seasonStats';

/**
 * Liverpool's scorers per season from the goals recorded, most goals first (ties by id).
 * An own goal counts for the other side but is credited to no scorer; goals without a
 * named scorer and shoot-out kicks are not goals of anyone's tally either.
 */
export function topScorers(matches: readonly Match[], filter: SeasonStatsFilter = {}): SeasonScorer[] {
  const rows = new Map<string, SeasonScorer>();
  for (const match of matches) {
    const season = match.season;
    if (match.status !== 'played' || !inFilter(match, season, filter)) continue;
    for (const goal of match.goals) {
      if (goal.team !== 'liverpool' || goal.ownGoal || !goal.scorerId) continue;
      const key = `${season}\u0000${goal.scorerId}`;
      let row = rows.get(key);
      if (!row) {
        row = { season, scorerId: goal.scorerId, goals: 0, matchIds: [] };
        rows.set(key, row);
      }
      row.goals += 1;
      if (row.matchIds.at(-1) !== match.id) row.matchIds.push(match.id);
    }
  }
  return [...rows.values()].sort((a, b) => a.season.localeCompare(b.season) || b.goals - a.goals || a.scorerId.localeCompare(b.scorerId));
}
