import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import { ArchiveError } from '../../shared/contract/errors';
import { RECORD_KINDS, type RecordKind } from '../../shared/schemas/common';
import { recordLabel } from '../../shared/derived/labels';
import { KIND_NAMES, type AnyRecord, type InputOf } from '../../shared/schemas/kinds';
import { openArchive, recordFromJson, withArchiveWriter, type RecordService } from '../../main/archive';
import { json, parseArguments, type Command, type CommandContext } from '../command';

const WRITER = 'klopp-archive (command line)';
const Kind = z.enum(RECORD_KINDS, { error: `must be one of ${RECORD_KINDS.join(', ')}` });
const Id = z.string().min(1, 'must not be empty');
const Source = z.string().min(1, 'must be a file, or - for standard input');
const JSON_OPTION = { json: { type: 'boolean' } } as const;

/** One kind's record service, loosely typed: the values are checked by the service itself. */
function service(records: { [K in RecordKind]: RecordService<K> }, kind: RecordKind): RecordService<RecordKind> {
  return records[kind] as unknown as RecordService<RecordKind>;
}

/** A record's JSON from FILE, or from standard input for -. */
async function readRecordText(source: string): Promise<{ text: string; where: string }> {
  if (source === '-') {
    const chunks: Buffer[] = [];
    for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
    return { text: Buffer.concat(chunks).toString('utf8'), where: 'standard input' };
  }
  const text = await readFile(source, 'utf8').catch((error: NodeJS.ErrnoException) => {
    throw new ArchiveError({ code: 'not-found', message: `FILE: cannot read ${source}: ${error.code === 'ENOENT' ? 'no such file' : error.message}` });
  });
  return { text, where: source };
}

function printed(ctx: CommandContext, asJson: boolean, value: unknown, line: string): void {
  ctx.out(asJson ? json(value) : `${line}\n`);
}

const named = (kind: RecordKind, record: AnyRecord) => `${KIND_NAMES[kind].one} ${record.id} (${recordLabel(kind, record)})`;

export const getCommand: Command = {
  name: 'get',
  synopsis: 'get KIND ID [--json]',
  summary: 'print one record',
  details: `Prints the record KIND ID: its fields one a line, or with --json the record itself
(what \`add\` and \`update\` read back).

Examples:
  klopp-archive get quotes quote-klopp-legacy --json > legacy.json`,
  options: JSON_OPTION,
  async run({ values, positionals }, ctx) {
    const args = parseArguments(z.strictObject({ ARGS: z.tuple([Kind, Id], { error: 'give a KIND and an ID' }), json: z.boolean().default(false) }), { ARGS: positionals, ...values }, 'get');
    const [kind, id] = args.ARGS;
    const record = service((await openArchive(ctx.archiveFile)).records, kind).get(id);
    if (args.json) return ctx.out(json(record));
    for (const [field, value] of Object.entries(record)) ctx.out(`${field}: ${typeof value === 'string' ? value : JSON.stringify(value)}\n`);
  },
};

export const addCommand: Command = {
  name: 'add',
  synopsis: 'add KIND FILE|- [--json]',
  summary: 'add a record from JSON (a file, or - for standard input)',
  details: `Reads one record of KIND as JSON, checks it as the app's form does, and adds it. An
"id" in the JSON is kept if it is free (a new id otherwise); timestamps are set by the archive.
Refused with exit 1, the field and the rule named, and nothing written, if any rule breaks.

Examples:
  klopp-archive add people jaros.json
  echo '{"name":"Vitezslav Jaros","role":"player"}' | klopp-archive add people - --json`,
  options: JSON_OPTION,
  async run({ values, positionals }, ctx) {
    const args = parseArguments(z.strictObject({ ARGS: z.tuple([Kind, Source], { error: 'give a KIND and a FILE (or -)' }), json: z.boolean().default(false) }), { ARGS: positionals, ...values }, 'add');
    const [kind, source] = args.ARGS;
    const { text, where } = await readRecordText(source);
    const { id, values: recordValues } = recordFromJson(kind, text, where);
    const created = await withArchiveWriter(ctx.archiveFile, WRITER, (archive) => service(archive.records, kind).create(recordValues as InputOf<RecordKind>, id));
    printed(ctx, args.json, created, `Added ${named(kind, created)}`);
  },
};

export const updateCommand: Command = {
  name: 'update',
  synopsis: 'update KIND ID FILE|- [--json]',
  summary: 'replace a record’s values with JSON (a file, or - for standard input)',
  details: `Reads the record's new values as JSON (what \`get --json\` printed, edited) and saves
them as the app's form does. Refused with exit 1, the field and the rule named, and nothing
written, if any rule breaks.

Examples:
  klopp-archive get quotes quote-klopp-legacy --json > q.json   # edit q.json, then
  klopp-archive update quotes quote-klopp-legacy q.json`,
  options: JSON_OPTION,
  async run({ values, positionals }, ctx) {
    const args = parseArguments(
      z.strictObject({ ARGS: z.tuple([Kind, Id, Source], { error: 'give a KIND, an ID and a FILE (or -)' }), json: z.boolean().default(false) }),
      { ARGS: positionals, ...values },
      'update',
    );
    const [kind, id, source] = args.ARGS;
    const { text, where } = await readRecordText(source);
    const { id: givenId, values: recordValues } = recordFromJson(kind, text, where);
    if (givenId !== undefined && givenId !== id) {
      throw new ArchiveError({ code: 'invalid-input', message: `id: the JSON is for "${givenId}", not "${id}"`, issues: [{ path: 'id', message: `must be "${id}" or left out` }] });
    }
    const updated = await withArchiveWriter(ctx.archiveFile, WRITER, (archive) => service(archive.records, kind).update(id, recordValues as InputOf<RecordKind>));
    printed(ctx, args.json, updated, `Updated ${named(kind, updated)}`);
  },
};

export const deleteCommand: Command = {
  name: 'delete',
  synopsis: 'delete KIND ID [--json]',
  summary: 'move a record to the trash (refused while others refer to it)',
  details: `Moves the record to the trash, where \`restore ID\` brings it back. A record others
refer to is not deleted: exit 1, and they are listed.

Examples:
  klopp-archive delete quotes quote-klopp-legacy`,
  options: JSON_OPTION,
  async run({ values, positionals }, ctx) {
    const args = parseArguments(z.strictObject({ ARGS: z.tuple([Kind, Id], { error: 'give a KIND and an ID' }), json: z.boolean().default(false) }), { ARGS: positionals, ...values }, 'delete');
    const [kind, id] = args.ARGS;
    const done = await withArchiveWriter(ctx.archiveFile, WRITER, (archive) => service(archive.records, kind).delete(id));
    printed(ctx, args.json, done, `Deleted ${named(kind, done.deleted)}: it is in the trash (klopp-archive restore ${id} brings it back)`);
  },
};

export const restoreCommand: Command = {
  name: 'restore',
  synopsis: 'restore ID [--json]',
  summary: 'bring a deleted record back from the trash under its own id',
  details: `Restores the record ID from the trash, if what it refers to is still in the archive.

Examples:
  klopp-archive restore quote-klopp-legacy`,
  options: JSON_OPTION,
  async run({ values, positionals }, ctx) {
    const args = parseArguments(z.strictObject({ ARGS: z.tuple([Id], { error: 'give the ID' }), json: z.boolean().default(false) }), { ARGS: positionals, ...values }, 'restore');
    const [id] = args.ARGS;
    const { kind, record } = await withArchiveWriter(ctx.archiveFile, WRITER, (archive) => archive.trash.restoreById(id));
    printed(ctx, args.json, record, `Restored ${named(kind, record)}`);
  },
};

export const trashCommand: Command = {
  name: 'trash',
  synopsis: 'trash [--json]',
  summary: 'list the deleted records waiting in the trash',
  details: `One line per deleted record: kind, id, when it was deleted, how the app names it;
with --json the trash's entries themselves.

Examples:
  klopp-archive trash --json`,
  options: JSON_OPTION,
  async run({ values, positionals }, ctx) {
    const args = parseArguments(z.strictObject({ extra: z.array(z.string()).max(0, 'trash takes no arguments'), json: z.boolean().default(false) }), { extra: positionals, ...values }, 'trash');
    const entries = (await openArchive(ctx.archiveFile)).trash.list();
    if (args.json) return ctx.out(json(entries));
    for (const entry of entries) ctx.out(`${entry.kind}\t${entry.record.id}\t${entry.deletedAt}\t${recordLabel(entry.kind, entry.record)}\n`);
    if (entries.length === 0) ctx.err('The trash is empty\n');
  },
};
