import { z } from 'zod';
import { editableRecordFields, IsoDate, recordFields, Text } from './common';
import { Season } from './season';

export const SOURCE_KINDS = ['article', 'interview', 'broadcast', 'reference'] as const;
export const SourceKind = z.enum(SOURCE_KINDS, { error: `must be one of ${SOURCE_KINDS.join(', ')}` });

const sourceFields = {
  title: Text(300),
  publisher: z.string().trim().max(200).optional(),
  author: z.string().trim().max(200).optional(),
  date: IsoDate.optional(),
  url: z
    .url({ protocol: /^https?$/, error: 'must be an http(s) address' })
    .max(2000)
    .optional(),
  kind: SourceKind,
  /**
   * For a reference that lists every one of Liverpool's matches in a competition's season (a
   * season file): how many. The archive can then say whether it holds them all.
   */
  covers: z
    .array(z.strictObject({ competition: Text(120), season: Season, matches: z.int('must be a whole number').min(1, 'must be 1 or more').max(200, 'must be at most 200') }))
    .max(50)
    .optional(),
  /** The article as the editor has it, kept so quotes can be checked word for word. */
  text: z.string().max(2_000_000, 'must be at most 2,000,000 characters').optional(),
};

export const SourceInput = z.strictObject({ ...sourceFields, ...editableRecordFields });
export const Source = z.strictObject({ ...recordFields, ...sourceFields });
export type SourceInput = z.input<typeof SourceInput>;
export type Source = z.infer<typeof Source>;
