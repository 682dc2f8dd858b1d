import type { SyncOutcome } from '../shared/contract/sharing';

/** A sync's outcome for a person: the message, then what came in and went out, one change a line. */
export function syncOutcomeText(outcome: SyncOutcome): string {
  const change = ({ time, author, summary }: SyncOutcome['cameIn'][number]) => `  ${time.slice(0, 16).replace('T', ' ')}  ${author.name}: ${summary}`;
  const lines = [outcome.message];
  if (outcome.cameIn.length > 0) lines.push('Came in:', ...outcome.cameIn.map(change));
  if (outcome.wentOut.length > 0) lines.push('Went out:', ...outcome.wentOut.map(change));
  if (outcome.newConflicts.length > 0) lines.push('To decide (open the app’s Sharing view):', ...outcome.newConflicts.map(({ kind, id }) => `  ${kind} ${id}`));
  lines.push(...outcome.notes.map((note) => `Note: ${note}`));
  return `${lines.join('\n')}\n`;
}
