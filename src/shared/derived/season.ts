/** A season runs July to June and is named after both years: 2021-22. */
export function seasonOf(isoDate: string): string {
  const year = Number(isoDate.slice(0, 4));
  const month = Number(isoDate.slice(5, 7));
  const startYear = month >= 7 ? year : year - 1;
  return seasonStarting(startYear);
}

/** The season that starts in a year: 2019 -> 2019-20. */
export function seasonStarting(startYear: number): string {
  return `${startYear}-${String((startYear + 1) % 100).padStart(2, '0')}`;
}

/** The first calendar year of a season: 2019-20 -> 2019. */
export function seasonStartYear(season: string): number {
  return Number(season.slice(0, 4));
}

/**
 * Whether a date can belong to a season: a competition's season may start early or run late
 * (2019-20 ran into August 2020), so any date in either of its two years can.
 */
export function dateFitsSeason(isoDate: string, season: string): boolean {
  const year = Number(isoDate.slice(0, 4));
  const start = seasonStartYear(season);
  return year === start || year === start + 1;
}

/** The season a match belongs to: the one it stores, else the one its date falls in. */
export function matchSeason(match: { date: string; season?: string }): string {
  return match.season ?? seasonOf(match.date);
}

/** The seasons Klopp managed Liverpool, 2015-16 to 2023-24. */
export const ERA_SEASONS: readonly string[] = Array.from({ length: 9 }, (_, i) => seasonStarting(2015 + i));
