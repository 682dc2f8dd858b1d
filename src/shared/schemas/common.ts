import { z } from 'zod';
import { RecordId } from './ids';
import { Claim } from './claim';

export { RecordId };

/** Calendar date as the newsroom writes it in files: YYYY-MM-DD. */
export const IsoDate = z.iso.date({ error: 'must be a date written YYYY-MM-DD' });
export type IsoDate = z.infer<typeof IsoDate>;

export const Timestamp = z.iso.datetime({ error: 'must be an ISO timestamp' });

/** A text field that must say something. */
export const Text = (max = 500) =>
  z.string().trim().min(1, 'must not be empty').max(max, `must be at most ${max} characters`);

export const Tag = z
  .string()
  .trim()
  .min(1, 'a tag must not be empty')
  .max(60, 'a tag must be at most 60 characters');

/** What every record carries, whatever its kind. */
export const recordFields = {
  id: RecordId,
  createdAt: Timestamp,
  updatedAt: Timestamp,
  sourceIds: z.array(RecordId).max(200),
  tags: z.array(Tag).max(50),
  notes: z.string().max(20_000, 'must be at most 20000 characters'),
  /** Where sources disagree about a field of this record, each one's version side by side. */
  claims: z.array(Claim).max(50, 'must be at most 50 claims').optional(),
};

/** The editable part of recordFields: what a form or an import supplies. */
export const editableRecordFields = {
  sourceIds: recordFields.sourceIds.default([]),
  tags: recordFields.tags.default([]),
  notes: recordFields.notes.default(''),
  claims: recordFields.claims,
};

export const RECORD_KINDS = ['people', 'sources', 'matches', 'quotes', 'trophies', 'milestones'] as const;
export const RecordKind = z.enum(RECORD_KINDS);
export type RecordKind = z.infer<typeof RecordKind>;
