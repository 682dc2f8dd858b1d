import { z } from 'zod';
import { RECORD_KINDS } from '../../shared/schemas/common';
import { validateArchiveFile } from '../../main/archive';
import { parseArguments, type Command } from '../command';

export const validateCommand: Command = {
  name: 'validate',
  synopsis: 'validate',
  summary: 'check the archive file; exit 1 and name every problem if it is invalid',
  details: `Reads the --archive file and checks it as the app does: its format, every record's
fields and rules, and every reference between records. Exits 0 when the file is valid; 1
with every problem, one per line (where in the file, then the rule), when it is not.

Examples:
  klopp-archive validate
  klopp-archive --archive colleague.json validate`,
  options: {},
  async run({ positionals }, ctx) {
    parseArguments(z.array(z.string()).max(0, 'validate takes no arguments'), positionals, 'validate');
    const archive = await validateArchiveFile(ctx.archiveFile);
    const counts = RECORD_KINDS.map((kind) => `${archive[kind].length} ${kind}`).join(', ');
    ctx.out(`${ctx.archiveFile} is valid: ${counts}\n`);
  },
};
