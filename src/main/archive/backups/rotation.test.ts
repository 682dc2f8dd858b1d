import { describe, expect, it } from 'vitest';
import { backupsToRemove } from './rotation';

const now = new Date('2026-03-31T12:00:00.000Z');
const hoursAgo = (hours: number) => ({ name: `b-${hours}`, takenAt: new Date(now.getTime() - hours * 3600_000) });

describe('backup rotation', () => {
  it('keeps the last 10 whatever their age', () => {
    const backups = Array.from({ length: 10 }, (_, i) => hoursAgo(24 * 100 + i));
    expect(backupsToRemove(backups, now)).toEqual([]);
  });

  it('beyond the last 10, keeps the newest of each day for 30 days and removes the rest', () => {
    // 15 launches today, then 3 a day for the previous 40 days.
    const today = Array.from({ length: 15 }, (_, i) => hoursAgo(i * 0.5));
    const earlier = Array.from({ length: 40 }, (_, day) => [0, 1, 2].map((slot) => hoursAgo(24 * (day + 1) + slot))).flat();
    const removed = new Set(backupsToRemove([...today, ...earlier], now).map((backup) => backup.name));
    const kept = [...today, ...earlier].filter((backup) => !removed.has(backup.name));
    // 10 newest (all today) + one for each earlier day within 30 days.
    expect(kept.slice(0, 10)).toEqual(today.slice(0, 10));
    const olderKept = kept.slice(10);
    const days = olderKept.map((backup) => backup.takenAt.toISOString().slice(0, 10));
    expect(new Set(days).size).toBe(days.length);
    expect(olderKept.every((backup) => now.getTime() - backup.takenAt.getTime() < 30 * 24 * 3600_000)).toBe(true);
    expect(olderKept.length).toBeGreaterThanOrEqual(29);
    // The one kept for a day is that day's newest.
    for (const backup of olderKept) {
      const day = backup.takenAt.toISOString().slice(0, 10);
      const sameDay = earlier.filter((other) => other.takenAt.toISOString().slice(0, 10) === day);
      expect(Math.max(...sameDay.map((other) => other.takenAt.getTime()))).toBe(backup.takenAt.getTime());
    }
  });
});
