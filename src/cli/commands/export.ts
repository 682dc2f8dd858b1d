import { z } from 'zod';
import { CSV_KINDS, CsvKind } from '../../shared/contract/transfer';
import { exportCsvFiles, exportCsvText, exportJsonText, openArchive, writeExportFile } from '../../main/archive';
import { parseArguments, UsageError, type Command } from '../command';
import { progressOnTerminal } from '../progress';

export const exportCommand: Command = {
  name: 'export',
  synopsis: 'export json [--out PATH] | export csv --kind KIND [--out PATH] [--no-bom]',
  summary: 'the whole archive as JSON, or one kind (or all) as CSV',
  details: `export json       the whole archive, pretty-printed, keys in a stable order
export csv        one kind as CSV (RFC 4180, CRLF, UTF-8 with a byte-order mark; cells a
                  spreadsheet would run as formulas start with ')

Without --out the file goes to standard output.

Options:
  --out PATH        write to PATH (for --kind all: a folder, with manifest.json)
  --kind KIND       csv: ${CSV_KINDS.join(', ')}, or all
  --no-bom          csv: leave out the byte-order mark

Examples:
  klopp-archive export json --out backup.json
  klopp-archive export csv --kind goals --out goals.csv
  klopp-archive export csv --kind all --out export/`,
  options: { out: { type: 'string' }, kind: { type: 'string' }, 'no-bom': { type: 'boolean' } },
  async run({ values, positionals }, ctx) {
    const args = parseArguments(
      z.strictObject({
        FORMAT: z.tuple([z.enum(['json', 'csv'], { error: 'must be json or csv' })], { error: 'give the format: json or csv' }),
        out: z.string().min(1).optional(),
        kind: z.union([CsvKind, z.literal('all')], { error: `must be one of ${CSV_KINDS.join(', ')}, all` }).optional(),
        'no-bom': z.boolean().default(false),
      }),
      { FORMAT: positionals, ...values },
      'export',
    );
    const [format] = args.FORMAT;
    const archive = await openArchive(ctx.archiveFile);
    const write = async (text: string) => (args.out ? writeExportFile(args.out, text) : ctx.out(text));
    if (format === 'json') {
      if (args.kind) throw new UsageError('--kind is for export csv', 'export');
      await write(exportJsonText(archive));
    } else if (!args.kind) {
      throw new UsageError('export csv needs --kind KIND', 'export');
    } else if (args.kind === 'all') {
      if (!args.out) throw new UsageError('export csv --kind all needs --out FOLDER', 'export');
      const manifest = await exportCsvFiles(archive, args.out, { bom: !args['no-bom'] }, { ...progressOnTerminal(ctx), signal: ctx.signal });
      ctx.err(`Wrote ${manifest.files.length} files and manifest.json to ${args.out}\n`);
      return;
    } else {
      const csv = await exportCsvText(archive, args.kind, { bom: !args['no-bom'] }, { ...progressOnTerminal(ctx), signal: ctx.signal });
      await write(csv.text);
      if (args.out) ctx.err(`Wrote ${csv.rows} rows to ${args.out}\n`);
      return;
    }
    if (args.out) ctx.err(`Wrote ${args.out}\n`);
  },
};
