import type { ParseArgsConfig } from 'node:util';
import { z } from 'zod';

/** Wrong use of the command line: unknown command or option, a missing or malformed argument. Exit 2. */
export class UsageError extends Error {
  constructor(
    message: string,
    readonly command?: string,
  ) {
    super(message);
    this.name = 'UsageError';
  }
}

export interface CommandContext {
  /** The archive file (--archive, or the app's own). */
  archiveFile: string;
  out(text: string): void;
  err(text: string): void;
  /** Aborted on Ctrl+C: a long import stops before it writes. */
  signal: AbortSignal;
}

export type OptionsConfig = NonNullable<ParseArgsConfig['options']>;

export interface ParsedArgs {
  values: Record<string, string | boolean | string[] | undefined>;
  positionals: string[];
}

/** One command of klopp-archive, with its own --help. */
export interface Command {
  name: string;
  /** "list KIND [--json]" */
  synopsis: string;
  summary: string;
  /** The rest of --help: arguments, options, examples. */
  details: string;
  options: OptionsConfig;
  /** Resolves to the exit code when it is not 0 without being an error (a check that found problems). */
  run(args: ParsedArgs, ctx: CommandContext): Promise<void | number>;
}

/** Arguments checked with zod: a value that breaks its rule is a usage error naming the option. */
export function parseArguments<T extends z.ZodType>(schema: T, input: unknown, command: string): z.output<T> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  // Positionals are named in capitals (KIND, FILE), options by their flag.
  const name = (path: PropertyKey[]) => (path.length === 0 ? 'arguments' : /^[A-Z]+$/.test(String(path[0])) ? path.join('.') : `--${path.join('.')}`);
  const problems = result.error.issues.map((issue) => `${name(issue.path)}: ${issue.message}`);
  throw new UsageError(problems.join('\n'), command);
}

export const json = (value: unknown): string => `${JSON.stringify(value, null, 2)}\n`;
