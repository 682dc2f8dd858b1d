import { z } from 'zod';
import { RecordId } from './ids';

/** What a source says a field is: a score, a minute, an outcome, a name, a date, words. */
export const ClaimValue = z.union([z.string().max(2000, 'must be at most 2000 characters'), z.number(), z.boolean()]);
export type ClaimValue = z.infer<typeof ClaimValue>;

/** One source's version of the field. */
export const ClaimVersion = z.strictObject({
  sourceId: RecordId,
  value: ClaimValue,
  /** Where the source says it, or how: "the sixth minute of injury time". */
  note: z.string().trim().max(500, 'must be at most 500 characters').optional(),
});
export type ClaimVersion = z.infer<typeof ClaimVersion>;

/**
 * Sources that disagree about one field or detail of a record (a goal's added time, a kick's
 * outcome), each source's version side by side, one of them chosen as the record's value.
 */
export const Claim = z
  .strictObject({
    /** The field as a path into the record: `date`, `goals.5.addedTime`, `shootout.kicks.5.outcome`. */
    field: z.string().regex(/^[A-Za-z]+(\.(\d+|[A-Za-z]+))*$/, 'must be a field path such as goals.5.addedTime'),
    /** What the field is, in words: "Minamino’s equaliser, added time". */
    about: z.string().trim().max(200, 'must be at most 200 characters').optional(),
    versions: z.array(ClaimVersion).min(2, 'a claim needs at least two versions').max(20, 'must be at most 20 versions'),
    /** The version the record's field holds, by its place in `versions`. */
    chosen: z.int().min(0),
    /** Settled by the editor; an open claim is a disagreement still to look into. */
    resolved: z.boolean().default(false),
  })
  .refine((claim) => claim.chosen < claim.versions.length, { path: ['chosen'], message: 'must be one of the versions' })
  // Named, so the archive's JSON Schema defines it once ($defs) for every kind of record.
  .meta({ id: 'Claim', description: 'Sources that disagree about one field of the record, each one’s version; `chosen` is the version the record holds.' });
export type Claim = z.infer<typeof Claim>;
export type ClaimInput = z.input<typeof Claim>;
