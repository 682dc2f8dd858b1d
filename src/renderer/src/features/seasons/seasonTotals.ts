import type { SeasonCompetitionStats, SeasonTrophies } from '../../../../shared/contract/stats';

export interface SeasonTotal {
  season: string;
  won: string[];
  drawn: string[];
  lost: string[];
  trophies: SeasonTrophies['trophies'];
}

/** Every season of `seasons`, with its results over all competitions and its trophies; empty seasons stay. */
export function seasonTotals(seasons: readonly string[], tables: readonly SeasonCompetitionStats[], trophies: readonly SeasonTrophies[]): SeasonTotal[] {
  const totals = new Map(seasons.map((season) => [season, { season, won: [] as string[], drawn: [] as string[], lost: [] as string[], trophies: [] as SeasonTrophies['trophies'] }]));
  for (const row of tables) {
    const total = totals.get(row.season);
    if (!total) continue;
    total.won.push(...row.matchIds.won);
    total.drawn.push(...row.matchIds.drawn);
    total.lost.push(...row.matchIds.lost);
  }
  for (const row of trophies) totals.get(row.season)?.trophies.push(...row.trophies);
  return [...totals.values()];
}

/** A round top for the chart's scale, and the gridlines under it. */
export function scaleTicks(max: number): number[] {
  const step = [1, 2, 5, 10, 20, 25, 50, 100].find((candidate) => max / candidate <= 5) ?? Math.ceil(max / 5);
  const top = Math.max(step, Math.ceil(max / step) * step);
  return Array.from({ length: top / step + 1 }, (_, i) => i * step);
}
