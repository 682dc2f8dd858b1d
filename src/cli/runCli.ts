import { parseArgs } from 'node:util';
import { ArchiveError } from '../shared/contract/errors';
import { appArchiveFile } from './appArchivePath';
import { UsageError, type Command, type CommandContext } from './command';
import { exportCommand } from './commands/export';
import { importCommand } from './commands/import';
import { initCommand } from './commands/init';
import { listCommand } from './commands/list';
import { searchCommand } from './commands/search';
import { statsCommand } from './commands/stats';
import { coverageCommand } from './commands/coverage';
import { validateCommand } from './commands/validate';
import { historyCommand } from './commands/history';
import { shareCommand } from './commands/share';
import { syncCommand } from './commands/sync';
import { addCommand, deleteCommand, getCommand, restoreCommand, trashCommand, updateCommand } from './commands/records';
import { quotesCommand } from './commands/quotes';
import { disagreementsCommand } from './commands/disagreements';

export const EXIT = { ok: 0, invalid: 1, usage: 2 } as const;

const COMMANDS: readonly Command[] = [
  initCommand,
  listCommand,
  getCommand,
  addCommand,
  updateCommand,
  deleteCommand,
  restoreCommand,
  trashCommand,
  searchCommand,
  statsCommand,
  coverageCommand,
  exportCommand,
  importCommand,
  validateCommand,
  historyCommand,
  quotesCommand,
  disagreementsCommand,
  shareCommand,
  syncCommand,
];

const GLOBAL_OPTIONS = {
  archive: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

function mainHelp(): string {
  const lines = COMMANDS.map((command) => `  ${command.synopsis}\n      ${command.summary}`);
  return `The Klopp-era Archive from the command line.

Usage: klopp-archive [--archive PATH] COMMAND [ARGS]

Commands:
${lines.join('\n')}

Options:
  --archive PATH  the archive file (default: the app's own, ${appArchiveFile()})
  --help, -h      this help; COMMAND --help for a command's own

Exit codes: 0 success, 1 invalid input or data (the message names the field or line),
2 wrong usage.
`;
}

function commandHelp(command: Command): string {
  return `Usage: klopp-archive [--archive PATH] ${command.synopsis}

${command.summary[0]?.toUpperCase()}${command.summary.slice(1)}.

${command.details}
`;
}

/** The first argument that is neither an option nor --archive's value names the command. */
function findCommand(argv: readonly string[]): { name?: string; rest: string[] } {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === '--archive') i++;
    else if (!arg.startsWith('-')) return { name: arg, rest: [...argv.slice(0, i), ...argv.slice(i + 1)] };
  }
  return { rest: [...argv] };
}

export interface Io {
  out(text: string): void;
  err(text: string): void;
  signal?: AbortSignal;
}

/** Runs one command line and answers its exit code; never throws. */
export async function runCli(argv: readonly string[], io: Io): Promise<number> {
  const { name, rest } = findCommand(argv);
  const command = COMMANDS.find((candidate) => candidate.name === name);
  try {
    if (name !== undefined && !command) throw new UsageError(`unknown command "${name}"`);
    const parsed = parseArgs({
      args: rest,
      options: { ...GLOBAL_OPTIONS, ...(command?.options ?? {}) },
      allowPositionals: true,
      strict: true,
    });
    const { archive, help, ...values } = parsed.values as Record<string, string | boolean | string[] | undefined>;
    if (help || !command) {
      io.out(command ? commandHelp(command) : mainHelp());
      return help || name !== undefined ? EXIT.ok : EXIT.usage;
    }
    const ctx: CommandContext = {
      archiveFile: typeof archive === 'string' && archive !== '' ? archive : appArchiveFile(),
      // Whatever the writer answers, printing is not an exit code: commands may `return ctx.out(...)`.
      out: (text) => void io.out(text),
      err: io.err,
      signal: io.signal ?? new AbortController().signal,
    };
    return (await command.run({ values, positionals: parsed.positionals }, ctx)) ?? EXIT.ok;
  } catch (error) {
    if (error instanceof UsageError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      const usage = command ? `klopp-archive ${command.synopsis}` : 'klopp-archive [--archive PATH] COMMAND';
      io.err(`klopp-archive: ${(error as Error).message}\nUsage: ${usage}\nTry: klopp-archive ${command ? `${command.name} ` : ''}--help\n`);
      return EXIT.usage;
    }
    if (error instanceof ArchiveError) {
      io.err(`klopp-archive: ${error.message}\n`);
      // The message names the first five problems; the rest follow, one a line.
      for (const issue of error.issues.slice(5)) io.err(`  ${issue.path}: ${issue.message}\n`);
      return EXIT.invalid;
    }
    io.err(`klopp-archive: ${(error as Error)?.message ?? String(error)}\n`);
    return EXIT.invalid;
  }
}
