import { access } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { ArchiveError } from '../../shared/contract/errors';
import { ensureArchiveFile } from '../../main/archive/defaultArchive';
import { serialize, writeFileDurably } from '../../main/archive/durableJsonFile';
import { defaultArchiveFileIn } from '../../main/paths';
import { emptyArchive } from '../../main/archive/emptyArchive';
import { parseArguments, type Command } from '../command';

/** The package folder: two levels up from both src/cli and out/cli. */
const PACKAGE_FOLDER = join(import.meta.dirname, '..', '..');

async function exists(file: string): Promise<boolean> {
  return access(file).then(
    () => true,
    () => false,
  );
}

export const initCommand: Command = {
  name: 'init',
  synopsis: 'init [--empty]',
  summary: 'create the archive file from the default archive (or empty); never overwrites',
  details: `Creates the --archive file (by default the app's own) as a copy of the embedded default
archive, or with --empty as an archive with no records. An existing file is never touched.

Options:
  --empty    start with no records

Examples:
  klopp-archive --archive ./work.json init
  klopp-archive --archive ./blank.json init --empty`,
  options: { empty: { type: 'boolean' } },
  async run({ values, positionals }, ctx) {
    const args = parseArguments(z.strictObject({ empty: z.boolean().default(false), extra: z.array(z.string()).max(0, 'init takes no arguments') }), { empty: values['empty'], extra: positionals }, 'init');
    if (await exists(ctx.archiveFile)) {
      throw new ArchiveError({ code: 'conflict', message: `${ctx.archiveFile} already exists; init never overwrites an archive` });
    }
    if (args.empty) await writeFileDurably(ctx.archiveFile, serialize(emptyArchive()));
    else await ensureArchiveFile(ctx.archiveFile, defaultArchiveFileIn(PACKAGE_FOLDER));
    ctx.out(`Created ${ctx.archiveFile}${args.empty ? ' (empty)' : ' from the default archive'}\n`);
  },
};
