import type { Match } from '../../../shared/schemas/match';
import { Match as MatchSchema } from '../../../shared/schemas/match';
import { checkTie } from '../../../shared/schemas/tieChecks';
import { ArchiveError, pathToString } from '../../../shared/contract/errors';
import type { ArchiveStore, RecordChange } from '../store';

/** The other leg as it will be once `match` is saved: a leg that names no other leg is linked back. */
function otherLegOnceLinked(store: ArchiveStore, match: Match): Match | undefined {
  const other = match.otherLegId === undefined ? undefined : store.find('matches', match.otherLegId);
  if (!other) return undefined;
  return other.otherLegId === undefined ? { ...other, otherLegId: match.id } : other;
}

/**
 * A match that names its other leg obeys the tie's rules with it, and so does the other leg
 * with it (a first leg's new score can change what the second leg's extra time means).
 */
export function checkLegs(store: ArchiveStore, match: Match): void {
  const other = otherLegOnceLinked(store, match);
  if (!other) return;
  const issues: Array<{ path: string; message: string }> = [];
  checkTie(match, other, (path, message) => issues.push({ path: pathToString(path), message }));
  checkTie(other, match, (path, message) => issues.push({ path: 'otherLegId', message: `the other leg's ${pathToString(path)}: ${message}` }));
  if (issues.length === 0) return;
  throw new ArchiveError({
    code: 'invalid-input',
    message: `Invalid match: ${issues
      .slice(0, 5)
      .map((issue) => `${issue.path}: ${issue.message}`)
      .join('; ')}`,
    issues,
  });
}

/**
 * Naming an other leg links it back, and the leg named before is let go, in the same write:
 * the two legs of a tie always name each other. Letting a leg go is refused when, on its own,
 * it would break a rule (extra time after a score that was not level).
 */
export function legLinkChanges(store: ArchiveStore, before: Match | undefined, after: Match, stamp: (previous: string) => string): RecordChange<'matches'>[] {
  const changes: RecordChange<'matches'>[] = [];
  const previousId = before?.otherLegId;
  if (previousId !== undefined && previousId !== after.otherLegId) {
    const previous = store.find('matches', previousId);
    if (previous?.otherLegId === after.id) {
      const { otherLegId: _unlinked, ...alone } = previous;
      const parsed = MatchSchema.safeParse({ ...alone, updatedAt: stamp(previous.updatedAt) });
      if (!parsed.success) {
        throw new ArchiveError({
          code: 'invalid-input',
          message: `otherLegId: "${previous.id}" cannot stand alone as a single match (${parsed.error.issues[0]?.message}): edit it first`,
          issues: [{ path: 'otherLegId', message: `"${previous.id}" cannot stand alone as a single match` }],
        });
      }
      changes.push({ kind: 'matches', before: previous, after: parsed.data });
    }
  }
  const next = after.otherLegId === undefined ? undefined : store.find('matches', after.otherLegId);
  if (next && next.otherLegId === undefined) {
    changes.push({ kind: 'matches', before: next, after: { ...next, otherLegId: after.id, updatedAt: stamp(next.updatedAt) } });
  }
  return changes;
}
