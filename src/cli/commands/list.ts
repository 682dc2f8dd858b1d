import { z } from 'zod';
import { RECORD_KINDS } from '../../shared/schemas/common';
import { recordLabel } from '../../shared/derived/labels';
import type { AnyRecord } from '../../shared/schemas/kinds';
import { openArchive } from '../../main/archive';
import { json, parseArguments, type Command } from '../command';

export const listCommand: Command = {
  name: 'list',
  synopsis: 'list KIND [--json]',
  summary: `list the records of one kind (${RECORD_KINDS.join(' ')})`,
  details: `KIND is one of: ${RECORD_KINDS.join(', ')}.
Prints one line per record (id, then how the app names it), or with --json the records
themselves as a JSON array.

Options:
  --json     print JSON

Examples:
  klopp-archive list trophies
  klopp-archive list quotes --json`,
  options: { json: { type: 'boolean' } },
  async run({ values, positionals }, ctx) {
    const args = parseArguments(
      z.strictObject({ KIND: z.tuple([z.enum(RECORD_KINDS, { error: `must be one of ${RECORD_KINDS.join(', ')}` })], { error: 'give exactly one KIND' }), json: z.boolean().default(false) }),
      { KIND: positionals, json: values['json'] },
      'list',
    );
    const [kind] = args.KIND;
    const records = (await openArchive(ctx.archiveFile)).records[kind].list() as readonly AnyRecord[];
    if (args.json) ctx.out(json(records));
    else for (const record of records) ctx.out(`${record.id}\t${recordLabel(kind, record)}\n`);
  },
};
