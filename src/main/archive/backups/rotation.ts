export interface RotationPolicy {
  /** The newest backups kept whatever their age. */
  keepLast: number;
  /** Beyond those, the newest backup of each of this many days back. */
  dailyForDays: number;
}

export const ROTATION: RotationPolicy = { keepLast: 10, dailyForDays: 30 };

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Which backups rotation removes: everything but the last `keepLast`, and the newest of each
 * day (UTC) of the last `dailyForDays` days. Pure, so the policy is tested without files.
 */
export function backupsToRemove<B extends { name: string; takenAt: Date }>(backups: readonly B[], now: Date, policy: RotationPolicy = ROTATION): B[] {
  const newestFirst = [...backups].sort((a, b) => b.takenAt.getTime() - a.takenAt.getTime() || b.name.localeCompare(a.name));
  const kept = new Set(newestFirst.slice(0, policy.keepLast));
  const daysSeen = new Set<string>();
  for (const backup of newestFirst) {
    if (now.getTime() - backup.takenAt.getTime() >= policy.dailyForDays * DAY_MS) continue;
    const day = backup.takenAt.toISOString().slice(0, 10);
    if (daysSeen.has(day)) continue;
    daysSeen.add(day);
    kept.add(backup);
  }
  return newestFirst.filter((backup) => !kept.has(backup));
}
