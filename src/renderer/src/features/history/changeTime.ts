/** A commit's time as the editor's system shows dates and times. */
export function changeTime(iso: string): string {
  return new Date(iso).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
}
