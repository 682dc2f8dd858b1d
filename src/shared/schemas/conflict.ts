import { z } from 'zod';
import { RecordId, Timestamp, type RecordKind } from './common';
import { recordSchemas } from './kinds';

/** Who made a change, as git records it: the editor's name and email. */
export const Author = z.strictObject({
  name: z.string().trim().min(1, 'must not be empty').max(200, 'must be at most 200 characters'),
  email: z.string().trim().max(320, 'must be at most 320 characters'),
});
export type Author = z.infer<typeof Author>;

export const CONFLICT_REASONS = ['both-edited', 'deleted-and-edited', 'breaks-rule'] as const;
export const ConflictReason = z.enum(CONFLICT_REASONS, { error: `must be one of ${CONFLICT_REASONS.join(', ')}` });
export type ConflictReason = z.infer<typeof ConflictReason>;

/**
 * One side's version of a record in a conflict: the record as that side has it (absent when
 * that side deleted it), who made that side's change and when.
 */
function versionOf<K extends RecordKind>(kind: K) {
  return z.strictObject({ record: recordSchemas[kind].optional(), author: Author, at: Timestamp });
}

function conflictOf<K extends RecordKind>(kind: K) {
  return z.strictObject({
    kind: z.literal(kind),
    id: RecordId,
    reason: ConflictReason,
    /** The fields the editor has to decide ("text", "goals"); empty for a delete against an edit. */
    fields: z.array(z.string().max(80)).max(60),
    /** The archive rule the two versions broke when combined, in the editor's words. */
    rule: z.string().max(2000).optional(),
    yours: versionOf(kind),
    theirs: versionOf(kind),
    /** The version both started from; no record when both added it, or it was not shared yet. */
    base: z.strictObject({ record: recordSchemas[kind].optional() }),
    detectedAt: Timestamp,
  });
}

/**
 * A record that a sync could not merge by itself. Until the editor decides, the archive keeps
 * your version in place and both versions here, and the record is badged.
 */
export const Conflict = z.discriminatedUnion('kind', [
  conflictOf('people'),
  conflictOf('sources'),
  conflictOf('matches'),
  conflictOf('quotes'),
  conflictOf('trophies'),
  conflictOf('milestones'),
]);
export type Conflict = z.infer<typeof Conflict>;

/** At most this many conflicts wait at once; a sync that would leave more refuses to write. */
export const MAX_PENDING_CONFLICTS = 2000;
