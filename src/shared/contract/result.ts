import { z } from 'zod';
import { ErrorData } from './errors';

/** What crosses IPC: a value, or an error as data. */
export type Result<T> = { ok: true; value: T } | { ok: false; error: ErrorData };

export const ResultEnvelope = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), value: z.unknown() }),
  z.object({ ok: z.literal(false), error: ErrorData }),
]);
