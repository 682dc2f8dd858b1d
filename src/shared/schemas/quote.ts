import { z } from 'zod';
import { editableRecordFields, IsoDate, recordFields, RecordId } from './common';

export const SETTING_KINDS = [
  'post-match interview',
  'pre-match interview',
  'press conference',
  'broadcast',
  'written statement',
  'social media',
  'supporter interview',
  'other',
] as const;
export const SettingKind = z.enum(SETTING_KINDS, { error: `must be one of ${SETTING_KINDS.join(', ')}` });

export const VERIFICATION_STATUSES = ['unverified', 'verified', 'disputed', 'misattributed'] as const;
export const VerificationStatus = z.enum(VERIFICATION_STATUSES, {
  error: `must be one of ${VERIFICATION_STATUSES.join(', ')}`,
});
export type VerificationStatus = z.infer<typeof VerificationStatus>;

/** Where and to whom the words were said. */
export const QuoteSetting = z.strictObject({
  kind: SettingKind,
  interviewerId: RecordId.optional(),
  outlet: z.string().trim().max(200).optional(),
});

const quoteFields = {
  /** The exact words, as printed: never trimmed or normalised. */
  text: z
    .string()
    .max(20_000, 'must be at most 20000 characters')
    .refine((text) => text.trim().length > 0, 'must not be empty'),
  speakerId: RecordId,
  date: IsoDate,
  matchId: RecordId.optional(),
  setting: QuoteSetting,
  status: VerificationStatus.default('unverified'),
};

const needsSource = (quote: { sourceIds: string[] }) => quote.sourceIds.length > 0;
const sourceRule = { path: ['sourceIds'], message: 'a quote needs at least one source' };

export const QuoteInput = z.strictObject({ ...quoteFields, ...editableRecordFields }).refine(needsSource, sourceRule);
export const Quote = z.strictObject({ ...recordFields, ...quoteFields }).refine(needsSource, sourceRule);
export type QuoteInput = z.input<typeof QuoteInput>;
export type Quote = z.infer<typeof Quote>;
