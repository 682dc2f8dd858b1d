import { z } from 'zod';
import { editableRecordFields, recordFields, Text } from './common';

export const PERSON_ROLES = ['manager', 'player', 'staff', 'opponent', 'journalist', 'fan'] as const;
export const PersonRole = z.enum(PERSON_ROLES, { error: `must be one of ${PERSON_ROLES.join(', ')}` });

const personFields = {
  name: Text(120),
  /** Other spellings, with and without diacritics (Jurgen / Jürgen). */
  aliases: z.array(Text(120)).max(30).default([]),
  role: PersonRole,
  club: z.string().trim().max(120).optional(),
};

export const PersonInput = z.strictObject({ ...personFields, ...editableRecordFields });
export const Person = z.strictObject({ ...recordFields, ...personFields });
export type PersonInput = z.input<typeof PersonInput>;
export type Person = z.infer<typeof Person>;
