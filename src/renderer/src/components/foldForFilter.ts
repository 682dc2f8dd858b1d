/** Case- and accent-blind text for list filters: "konate" finds Konaté. */
export function foldForFilter(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}
