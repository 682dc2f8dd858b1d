import { z } from 'zod';
import { editableRecordFields, IsoDate, recordFields, RecordId, Text } from './common';

export const MILESTONE_KINDS = ['appointment', 'first match', 'announcement', 'last match', 'other'] as const;
export const MilestoneKind = z.enum(MILESTONE_KINDS, { error: `must be one of ${MILESTONE_KINDS.join(', ')}` });

const milestoneFields = {
  date: IsoDate,
  kind: MilestoneKind,
  title: Text(200),
  description: z.string().max(5000).optional(),
  matchId: RecordId.optional(),
};

export const MilestoneInput = z.strictObject({ ...milestoneFields, ...editableRecordFields });
export const Milestone = z.strictObject({ ...recordFields, ...milestoneFields });
export type MilestoneInput = z.input<typeof MilestoneInput>;
export type Milestone = z.infer<typeof Milestone>;
