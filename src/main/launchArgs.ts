import { z } from 'zod';

const ArchivePathArgument = z.string().min(1).max(4096).regex(/\.json$/i, 'must name a .json archive file');

/**
 * The archive named on the command line ("open with": `klopp-era-archive ~/colleague.json`),
 * or undefined. Electron's own arguments come first: the executable, and when run unpackaged
 * (`electron .`) the app's folder, so `skip` says how many to pass over; flags are ignored.
 */
export function archiveArgument(argv: readonly string[], skip: number): string | undefined {
  for (const arg of argv.slice(skip)) {
    if (arg.startsWith('-')) continue;
    const parsed = ArchivePathArgument.safeParse(arg);
    if (parsed.success) return parsed.data;
  }
  return undefined;
}
