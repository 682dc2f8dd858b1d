import { z } from 'zod';
import { CsvDelimiterChoice, CsvEncodingChoice, CsvImportKind, DateFormat, ImportOptions, InTrashChoice, RECORD_CATEGORIES } from '../../shared/contract/transfer';
import { RECORD_KINDS, RecordId } from '../../shared/schemas/common';
import { MatchNumber, openfootballDecisions } from './openfootballDecisions';
import { importSummary, readImport, runImport, withArchiveWriter, type ImportOutcome } from '../../main/archive';
import { parseArguments, UsageError, type Command } from '../command';
import { progressOnTerminal } from '../progress';

export const importCommand: Command = {
  name: 'import',
  synopsis: 'import json|csv|openfootball FILE [--kind KIND] [--team NAME] [--keep N] [--skip N] [--correct N:FIELD=VALUE] [--in-trash skip|restore] [--dry-run]',
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
  --keep N                  openfootball: import flagged match #N as the file has it
  --skip N                  openfootball: leave flagged match #N out
  --correct N:FIELD=VALUE   openfootball: correct match #N and import it; FIELD is date,
                            ht, ft or et (scores as the file writes them, 2-1), ground
                            or note (repeatable)
  --source ID               openfootball: a source every imported match cites (repeatable)
  --in-trash skip|restore   a record whose id (for openfootball: date and opponent) is held
                            by a deleted one in the trash: leave it there and skip the
                            record (default), or restore it and update it from the file
  --dry-run                 report what would happen; write nothing

Examples:
  klopp-archive import json colleague.json --dry-run
  klopp-archive import csv quotes.csv --kind quotes --date-format DD/MM/YYYY
  klopp-archive import csv E0.csv --kind matches --date-format DD/MM/YYYY --team Liverpool
  klopp-archive import openfootball 2019-20/en.1.json
  klopp-archive import openfootball 2019-20/en.1.json --correct 319:date=2020-07-02 --keep 240`,
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
    'in-trash': { type: 'string' },
    keep: { type: 'string', multiple: true },
    skip: { type: 'string', multiple: true },
    correct: { type: 'string', multiple: true },
    source: { type: 'string', multiple: true },
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
        'in-trash': InTrashChoice.default('skip'),
        keep: z.array(MatchNumber).default([]),
        skip: z.array(MatchNumber).default([]),
        correct: z.array(z.string().regex(/^\d+:(date|ht|ft|et|ground|note)=.+$/, 'must be N:FIELD=VALUE, FIELD one of date, ht, ft, et, ground, note')).default([]),
        source: z.array(RecordId).default([]),
      }),
      { ARGS: positionals, ...values },
      'import',
    );
    const [format, file] = args.ARGS;
    if (format === 'csv' && !args.kind) throw new UsageError('import csv needs --kind quotes or --kind matches', 'import');
    const found = await readImport(format, file, { encoding: args.encoding, delimiter: args.delimiter });
    const inTrash = args['in-trash'];
    const mapping = Object.fromEntries(args.map.map((pair) => [pair.slice(0, pair.indexOf('=')), pair.slice(pair.indexOf('=') + 1)]));
    const options = ImportOptions.parse(
      format === 'json'
        ? { format, conflicts: args.conflicts, inTrash }
        : format === 'csv'
          ? {
              format,
              csv: {
                kind: args.kind,
                dateFormat: args['date-format'],
                mapping,
                validRowsOnly: args['valid-rows-only'],
                inTrash,
                team: args.team,
                ...(args.competition ? { competition: args.competition } : {}),
                encoding: args.encoding,
                delimiter: args.delimiter,
              },
            }
          : { format, team: args.team, inTrash, decisions: openfootballDecisions(args.keep, args.skip, args.correct), sourceIds: args.source },
    );
    const dryRun = args['dry-run'];
    const control = { ...progressOnTerminal(ctx), signal: ctx.signal };
    // One writer: the lock keeps the app and the command line from writing at once, and the import is one commit of the history.
    const outcome = await withArchiveWriter(ctx.archiveFile, 'klopp-archive (command line)', (archive) => runImport(archive, found, options, control, dryRun), { history: !dryRun });
    reportDetails(outcome, inTrash, ctx.err);
    const written = outcome.result.written;
    ctx.out(`${dryRun ? 'Dry run, nothing written: would import' : written ? 'Imported' : 'Nothing to import:'} ${importSummary(outcome)}\n`);
  },
};

/** Each kind's counts, each bad row, each skipped match: what the summary line sums up. */
function reportDetails(outcome: ImportOutcome, inTrash: InTrashChoice, err: (text: string) => void): void {
  if (outcome.format === 'json') {
    for (const kind of RECORD_KINDS) {
      const counts = outcome.result.preview.counts[kind];
      if (RECORD_CATEGORIES.some((category) => counts[category] > 0)) err(`${kind}: ${RECORD_CATEGORIES.map((category) => `${counts[category]} ${category}`).join(', ')}\n`);
    }
    return;
  }
  if (outcome.format === 'csv') {
    const { reading, problems, warnings } = outcome.result.preview;
    if (reading) err(`read as ${reading.encoding}, cells separated by ${reading.delimiter}${reading.detected ? ' (detected)' : ''}\n`);
    for (const problem of problems) err(`line ${problem.line}, ${problem.field}: ${problem.message}\n`);
    for (const warning of warnings) err(`line ${warning.line}, ${warning.field} (imported, check it): ${warning.message}\n`);
    for (const id of outcome.result.preview.inTrash) err(`${id}: in the trash: ${inTrash === 'restore' ? 'restored and updated' : 'skipped (--in-trash restore brings it back)'}\n`);
    return;
  }
  for (const problem of outcome.result.preview.problems) {
    err(`#${problem.match} ${problem.date} ${problem.opponent} (${problem.check}): ${problem.reason}${problem.decision ? ` [${problem.decision}]` : ''}\n`);
  }
  for (const skip of outcome.result.preview.skipped) err(`skipped ${skip.date} ${skip.opponent}: ${skip.reason}\n`);
}
