/** A timestamp that moves forward even when two writes land in the same millisecond. */
export function laterTimestamp(now: Date, previous: string): string {
  const previousTime = Date.parse(previous);
  return new Date(Math.max(now.getTime(), previousTime + 1)).toISOString();
}
