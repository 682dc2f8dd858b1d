import { z } from 'zod';

/** Stable record id: readable in the JSON file and safe in URLs and CSV. */
export const RecordId = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]{0,79}$/, 'must be lowercase letters, digits and hyphens (at most 80)');
export type RecordId = z.infer<typeof RecordId>;
