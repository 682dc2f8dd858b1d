import { basename } from 'node:path';
import { z } from 'zod';
import { CsvDelimiterChoice, CsvEncodingChoice, CsvImportKind, DateFormat, RECORD_CATEGORIES } from '../../shared/contract/transfer';
import { RECORD_KINDS } from '../../shared/schemas/common';
import { openArchive, type Archive } from '../../main/archive/archive';
import { acquireArchiveLock } from '../../main/archive/lockFile';
import { readImportBytes, readImportFile } from '../../main/archive/transfer/readImportFile';
import { csvImportSummary, importCsv } from '../../main/archive/transfer/importCsv';
import { importJson, readArchiveJson } from '../../main/archive/transfer/importJson';
import { importOpenfootball, readOpenfootball } from '../../main/archive/transfer/openfootball';
import { readSpreadsheet } from '../../main/archive/transfer/csv/readSpreadsheet';
import { parseArguments, UsageError, type Command } from '../command';
import { progressOnTerminal } from '../progress';

export const importCommand: Command = {
  name: 'import',
  synopsis: 'import json|csv|openfootball FILE [--kind KIND] [--team NAME] [--dry-run]',
  summary: 'merge an archive, a CSV of quotes or matches, or an openfootball season file',
  details: `import json FILE          merge another archive file by id, all or nothing. A record
                          changed in both is a conflict: kept as it is here unless
                          --conflicts replace.
import csv FILE --kind K  quotes or matches, one row each; headers named as the export
                          names them (map others with --map field=Header). Nothing is
                          written if any row fails, unless --valid-rows-only.
                          A results sheet of home and away sides (football-data's
                          Date,HomeTeam,AwayTeam,FTHG,FTAG,HTHG,HTAG) imports the
                          matches of --team (default Liverpool) from its side; other
                          clubs' matches are skipped and counted. Rows that would
                          change nothing are counted as unchanged and not written.
import openfootball FILE  a football.json season file; the club's matches (--team, default
                          Liverpool) are added, those already here (same date and opponent)
                          skipped and reported.

Options:
  --kind KIND               csv: quotes or matches
  --date-format F           csv: YYYY-MM-DD (default) or DD/MM/YYYY (day first: also
                          25/02/24, 25-02-2024, and YYYY-MM-DD)
  --map FIELD=HEADER        csv: read FIELD from the column HEADER (repeatable)
  --valid-rows-only         csv: import the rows that pass, skip the others
  --conflicts keep|replace  json: what to do with records changed on both sides (keep)
  --team NAME               openfootball, csv sheets: the club (Liverpool, "Liverpool FC
                          (ENG)", "Man City": names are read through their aliases)
  --competition NAME        csv sheets without a competition (Div) column
  --encoding E              csv: auto (default: from the bytes), utf-8, utf-16le,
                          utf-16be or windows-1252
  --delimiter D             csv: auto (default: from the header line), comma,
                          semicolon or tab
  --dry-run                 report what would happen; write nothing

Examples:
  klopp-archive import json colleague.json --dry-run
  klopp-archive import csv quotes.csv --kind quotes --date-format DD/MM/YYYY
  klopp-archive import csv E0.csv --kind matches --date-format DD/MM/YYYY --team Liverpool
  klopp-archive import openfootball 2019-20/en.1.json`,
  options: {
    kind: { type: 'string' },
    team: { type: 'string' },
    competition: { type: 'string' },
    encoding: { type: 'string' },
    delimiter: { type: 'string' },
    'dry-run': { type: 'boolean' },
    'date-format': { type: 'string' },
    map: { type: 'string', multiple: true },
    'valid-rows-only': { type: 'boolean' },
    conflicts: { type: 'string' },
  },
  async run({ values, positionals }, ctx) {
    const args = parseArguments(
      z.strictObject({
        ARGS: z.tuple([z.enum(['json', 'csv', 'openfootball'], { error: 'must be json, csv or openfootball' }), z.string().min(1)], {
          error: 'give the format and the FILE: import json|csv|openfootball FILE',
        }),
        kind: CsvImportKind.optional(),
        team: z.string().trim().min(1).default('Liverpool'),
        competition: z.string().trim().min(1, 'must name a competition').max(120).optional(),
        encoding: CsvEncodingChoice.default('auto'),
        delimiter: CsvDelimiterChoice.default('auto'),
        'dry-run': z.boolean().default(false),
        'date-format': DateFormat.default('YYYY-MM-DD'),
        map: z.array(z.string().regex(/^[A-Za-z]+=.+$/, 'must be FIELD=HEADER')).default([]),
        'valid-rows-only': z.boolean().default(false),
        conflicts: z.enum(['keep', 'replace'], { error: 'must be keep or replace' }).default('keep'),
      }),
      { ARGS: positionals, ...values },
      'import',
    );
    const [format, file] = args.ARGS;
    if (format === 'csv' && !args.kind) throw new UsageError('import csv needs --kind quotes or --kind matches', 'import');
    const text = format === 'csv' ? '' : await readImportFile(file);
    const csvBytes = format === 'csv' ? await readImportBytes(file) : undefined;
    // One writer: the app and the command line never write the same archive at once.
    const lock = await acquireArchiveLock(ctx.archiveFile, 'klopp-archive (command line)');
    let history: Archive['history'];
    try {
      // Holding the lock, the command line keeps the history too: the import is one commit.
      const archive = await openArchive(ctx.archiveFile, { history: !args['dry-run'] });
      history = archive.history;
      const control = { ...progressOnTerminal(ctx), signal: ctx.signal };
      const dryRun = args['dry-run'];
      const done = (written: boolean, what: string) => ctx.out(`${dryRun ? 'Dry run, nothing written: would import' : written ? 'Imported' : 'Nothing to import:'} ${what}\n`);

      if (format === 'json') {
        const result = await importJson(archive.store, readArchiveJson(text, file), { conflicts: args.conflicts, dryRun }, control);
        for (const kind of RECORD_KINDS) {
          const counts = result.preview.counts[kind];
          if (RECORD_CATEGORIES.some((category) => counts[category] > 0)) {
            ctx.err(`${kind}: ${RECORD_CATEGORIES.map((category) => `${counts[category]} ${category}`).join(', ')}\n`);
          }
        }
        done(result.written, `${result.created} new and ${result.replaced} replaced records from ${basename(file)}`);
      } else if (format === 'csv') {
        const mapping = Object.fromEntries(args.map.map((pair) => [pair.slice(0, pair.indexOf('=')), pair.slice(pair.indexOf('=') + 1)]));
        const csv = readSpreadsheet(csvBytes ?? new Uint8Array(), basename(file), { encoding: args.encoding, delimiter: args.delimiter });
        if (csv.reading) ctx.err(`read as ${csv.reading.encoding}, cells separated by ${csv.reading.delimiter}${csv.reading.detected ? ' (detected)' : ''}\n`);
        const result = await importCsv(
          archive,
          csv,
          {
            kind: args.kind ?? 'quotes',
            dateFormat: args['date-format'],
            mapping,
            validRowsOnly: args['valid-rows-only'],
            team: args.team,
            ...(args.competition ? { competition: args.competition } : {}),
            dryRun,
          },
          control,
        );
        const { preview } = result;
        for (const problem of preview.problems) ctx.err(`line ${problem.line}, ${problem.field}: ${problem.message}\n`);
        for (const warning of preview.warnings) ctx.err(`line ${warning.line}, ${warning.field} (imported, check it): ${warning.message}\n`);
        done(result.written, csvImportSummary(preview, basename(file)));
      } else {
        const result = await importOpenfootball(archive, readOpenfootball(text, file), { team: args.team, dryRun }, control);
        const { preview } = result;
        for (const skip of preview.skipped) ctx.err(`skipped ${skip.date} ${skip.opponent}: ${skip.reason}\n`);
        done(result.written, `${preview.matches.length} ${preview.competition} ${preview.season} matches of ${preview.team}${preview.skipped.length ? `; skipped ${preview.skipped.length}` : ''}`);
      }
    } finally {
      await history?.close();
      await lock.release();
    }
  },
};
