/** "1 May 2026, 09:30" in the editor's own time zone. */
export function formatTakenAt(iso: string): string {
  return new Date(iso).toLocaleString('en-GB', { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit' });
}

const REASONS: Record<string, string> = {
  launch: 'At launch',
  'before-restore': 'Before a restore',
};

/** The reason in a backup's name, in words: before-format-2 reads "Before upgrading to format 2". */
export function describeReason(reason: string): string {
  const format = /^before-format-(\d+)$/.exec(reason);
  if (format) return `Before upgrading to format ${format[1]}`;
  return REASONS[reason] ?? reason;
}
