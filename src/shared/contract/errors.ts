import { z } from 'zod';

export const ERROR_CODES = [
  'invalid-input',
  'not-found',
  'conflict',
  'has-dependents',
  'invalid-archive',
  'locked',
  'forbidden',
  'cancelled',
  'internal',
] as const;
export const ErrorCode = z.enum(ERROR_CODES);
export type ErrorCode = z.infer<typeof ErrorCode>;

/** One broken rule, on the field that breaks it ("goals.2.minute"). */
export const FieldIssue = z.object({ path: z.string(), message: z.string() });
export type FieldIssue = z.infer<typeof FieldIssue>;

export const ErrorData = z.object({
  code: ErrorCode,
  message: z.string(),
  issues: z.array(FieldIssue).optional(),
  /** Records that still point at the one being deleted. */
  dependents: z.array(z.object({ kind: z.string(), id: z.string(), label: z.string() })).optional(),
});
export type ErrorData = z.infer<typeof ErrorData>;

/**
 * The one error type of the archive. Electron keeps only an Error's message across IPC,
 * so it travels as ErrorData and the client turns it back into this class.
 */
export class ArchiveError extends Error {
  readonly code: ErrorCode;
  readonly issues: FieldIssue[];
  readonly dependents: NonNullable<ErrorData['dependents']>;

  constructor(data: ErrorData) {
    super(data.message);
    this.name = 'ArchiveError';
    this.code = data.code;
    this.issues = data.issues ?? [];
    this.dependents = data.dependents ?? [];
  }

  toData(): ErrorData {
    const data: ErrorData = { code: this.code, message: this.message };
    if (this.issues.length > 0) data.issues = this.issues;
    if (this.dependents.length > 0) data.dependents = this.dependents;
    return data;
  }
}

export function pathToString(path: ReadonlyArray<PropertyKey>): string {
  return path.map(String).join('.');
}

/** zod's issues in the archive's words: field path and rule, the first few in the message. */
export function invalidInput(error: z.ZodError, what = 'input', prefix: ReadonlyArray<PropertyKey> = []): ArchiveError {
  const issues = error.issues.map((issue) => ({
    path: pathToString([...prefix, ...issue.path]) || '(root)',
    message: issue.message,
  }));
  const shown = issues.slice(0, 5).map((issue) => `${issue.path}: ${issue.message}`);
  const more = issues.length > 5 ? ` (and ${issues.length - 5} more)` : '';
  return new ArchiveError({ code: 'invalid-input', message: `Invalid ${what}: ${shown.join('; ')}${more}`, issues });
}
