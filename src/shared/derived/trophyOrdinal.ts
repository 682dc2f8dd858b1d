interface DatedTrophy {
  id: string;
  dateWon: string;
}

/** Each trophy's place in the era (1 = first won), by date won; ties broken by id so it is stable. */
export function trophyOrdinals(trophies: readonly DatedTrophy[]): Map<string, number> {
  const ordered = [...trophies].sort((a, b) => a.dateWon.localeCompare(b.dateWon) || a.id.localeCompare(b.id));
  return new Map(ordered.map((trophy, index) => [trophy.id, index + 1]));
}

/** 1st, 2nd, 3rd, 4th ... 11th, 12th, 13th, 21st. */
export function ordinalWord(n: number): string {
  const teen = n % 100 >= 11 && n % 100 <= 13;
  const suffix = teen ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th');
  return `${n}${suffix}`;
}
