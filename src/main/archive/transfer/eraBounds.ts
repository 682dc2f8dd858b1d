/** Klopp's first day as Liverpool manager and his last match: the archive's era. */
export const ERA_START = '2015-10-08';
export const ERA_END = '2024-05-19';

/** Why a match date deserves a second look, or undefined when it is inside the era. */
export function outsideEra(date: string): string | undefined {
  if (date < ERA_START) return `${date} is before Klopp’s appointment (${ERA_START}): check it belongs in this archive`;
  if (date > ERA_END) return `${date} is after Klopp’s last match (${ERA_END}): check it belongs in this archive`;
  return undefined;
}
