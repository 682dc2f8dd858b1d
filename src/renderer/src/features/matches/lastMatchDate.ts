/**
 * The date of the match last saved this session: matches are entered in runs (a round, a
 * cup tie's two legs), so the next one starts from it, or empty. Never today: the era ended.
 */
let lastDate = '';

export function lastMatchDate(): string {
  return lastDate;
}

export function rememberMatchDate(date: string): void {
  lastDate = date;
}
