/** A season runs July to June and is named after both years: 2021-22. */
export function seasonOf(isoDate: string): string {
  const year = Number(isoDate.slice(0, 4));
  const month = Number(isoDate.slice(5, 7));
  const startYear = month >= 7 ? year : year - 1;
  return `${startYear}-${String((startYear + 1) % 100).padStart(2, '0')}`;
}

/** The seasons Klopp managed Liverpool, 2015-16 to 2023-24. */
export const ERA_SEASONS: readonly string[] = Array.from({ length: 9 }, (_, i) => seasonOf(`${2015 + i}-08-01`));
