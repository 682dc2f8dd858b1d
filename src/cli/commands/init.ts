import { join } from 'node:path';
import { z } from 'zod';
import { createArchiveFile } from '../../main/archive';
import { defaultArchiveFileIn } from '../../main/paths';
import { parseArguments, type Command } from '../command';

/** The package folder: two levels up from both src/cli and out/cli. */
const PACKAGE_FOLDER = join(import.meta.dirname, '..', '..');

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
    await createArchiveFile(ctx.archiveFile, args.empty ? { empty: true } : { defaultArchiveFile: defaultArchiveFileIn(PACKAGE_FOLDER) });
    ctx.out(`Created ${ctx.archiveFile}${args.empty ? ' (empty)' : ' from the default archive'}\n`);
  },
};
