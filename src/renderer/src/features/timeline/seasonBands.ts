import { ERA_SEASONS, seasonStartYear } from '../../../../shared/derived/season';
import { dayOf } from './timeScale';

export interface SeasonBand {
  season: string;
  start: number;
  end: number;
}

/**
 * The seasons of the era as bands of the axis. A season runs July to June unless its matches
 * say otherwise: a band stretches to hold every match stored in its season (2019-20 into
 * August 2020), and the next band starts where it ends, so bands never overlap.
 */
export function seasonBands(matches: readonly { date: string; season?: string }[]): SeasonBand[] {
  const last = new Map<string, number>();
  for (const match of matches) {
    if (!match.season) continue;
    const day = dayOf(match.date) + 1;
    if (day > (last.get(match.season) ?? -Infinity)) last.set(match.season, day);
  }
  const bands: SeasonBand[] = [];
  for (const season of ERA_SEASONS) {
    const startYear = seasonStartYear(season);
    const start = Math.max(dayOf(`${startYear}-07-01`), bands.at(-1)?.end ?? -Infinity);
    const end = Math.max(dayOf(`${startYear + 1}-07-01`), last.get(season) ?? -Infinity, start + 1);
    bands.push({ season, start, end });
  }
  return bands;
}
