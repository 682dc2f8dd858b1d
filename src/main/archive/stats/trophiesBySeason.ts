import type { Trophy } from '../../../shared/schemas/trophy';
import type { SeasonStatsFilter, SeasonTrophies } from '../../../shared/contract/stats';
import { seasonOf } from '../../../shared/derived/season';
import { trophyOrdinals } from '../../../shared/derived/trophyOrdinal';
import { inFilter } from './seasonStats';

/**
 * The trophies of each season, in the order won. Ordinals count the whole era, so a
 * filter never renumbers them: the League Cup of 2023-24 stays the 8th trophy.
 */
export function trophiesBySeason(trophies: readonly Trophy[], filter: SeasonStatsFilter = {}): SeasonTrophies[] {
  const ordinals = trophyOrdinals(trophies);
  const seasons = new Map<string, SeasonTrophies>();
  const ordered = [...trophies].sort((a, b) => (ordinals.get(a.id) ?? 0) - (ordinals.get(b.id) ?? 0));
  for (const trophy of ordered) {
    const season = seasonOf(trophy.dateWon);
    if (!inFilter({ date: trophy.dateWon, competition: trophy.competition }, season, filter)) continue;
    let row = seasons.get(season);
    if (!row) {
      row = { season, trophies: [] };
      seasons.set(season, row);
    }
    row.trophies.push({ trophyId: trophy.id, competition: trophy.competition, dateWon: trophy.dateWon, ordinal: ordinals.get(trophy.id) ?? 0 });
  }
  return [...seasons.values()].sort((a, b) => a.season.localeCompare(b.season));
}
