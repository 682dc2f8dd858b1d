import { z } from 'zod';
import { ArchiveError } from '../../shared/contract/errors';
import { IsoDate, RECORD_KINDS } from '../../shared/schemas/common';
import type { FieldChange } from '../../shared/contract/history';
import { historyFolderOf, readHistory, recentChanges, recordHistory } from '../../main/archive';
import { json, parseArguments, type Command } from '../command';
import { wordDiff } from '../wordDiff';

/** A field's change on one line; a text's words as git's word diff writes them: [-old-]{+new+}. */
function fieldLine(field: FieldChange): string {
  if (field.words) return `  ${field.path}: ${wordDiff(field.words)}`;
  if (field.change === 'added') return `  ${field.path}: + ${field.after}`;
  if (field.change === 'removed') return `  ${field.path}: - ${field.before}`;
  return `  ${field.path}: ${field.before} → ${field.after}`;
}

const when = (time: string) => time.slice(0, 19).replace('T', ' ');

export const historyCommand: Command = {
  name: 'history',
  synopsis: 'history [KIND ID] [--since DATE] [--editor TEXT] [--limit N] [--json]',
  summary: 'who changed what, when: the archive’s recent changes, or every version of one record',
  details: `Without KIND ID: the archive's changes, newest first (commit, time UTC, editor,
what was done, how many records). With KIND ID: every version of that record, newest
first, with the fields each changed (a text's words as [-removed-]{+added+}).
The history is a git repository beside the archive (klopp-era.history/): git log,
git show and git diff read it too. Nothing is written.

Options:
  --since DATE     only changes on or after DATE (YYYY-MM-DD, UTC)
  --editor TEXT    only changes by an editor whose name or email contains TEXT
  --limit N        at most N changes (default 50; recent changes only)
  --json           print JSON

Examples:
  klopp-archive history --since 2024-05-01
  klopp-archive history quotes quote-klopp-legacy
  klopp-archive history matches match-2019-06-01-tottenham --json`,
  options: { since: { type: 'string' }, editor: { type: 'string' }, limit: { type: 'string' }, json: { type: 'boolean' } },
  async run({ values, positionals }, ctx) {
    const args = parseArguments(
      z.strictObject({
        ARGS: z.union([z.tuple([]), z.tuple([z.enum(RECORD_KINDS, { error: `must be one of ${RECORD_KINDS.join(', ')}` }), z.string().min(1)])], {
          error: 'give no arguments, or a KIND and an ID',
        }),
        since: IsoDate.optional(),
        editor: z.string().min(1).max(200).optional(),
        limit: z.coerce.number({ error: 'must be a number' }).int('must be a whole number').min(1, 'must be at least 1').max(1000, 'must be at most 1000').default(50),
        json: z.boolean().default(false),
      }),
      { ARGS: positionals, ...values },
      'history',
    );
    const source = await readHistory(ctx.archiveFile);
    if (!source) {
      throw new ArchiveError({
        code: 'not-found',
        message: `There is no history beside ${ctx.archiveFile} yet (${historyFolderOf(ctx.archiveFile)}); it begins when the app, or an import, next opens the archive`,
      });
    }
    if (args.ARGS.length === 2) {
      const [kind, id] = args.ARGS;
      const since = args.since ? new Date(`${args.since}T00:00:00Z`).toISOString() : '';
      const versions = (await recordHistory(source, kind, id)).filter((version) => version.time >= since);
      if (args.json) return ctx.out(json(versions));
      if (versions.length === 0) return ctx.out(`No change to ${kind} ${id} in the history${args.since ? ` since ${args.since}` : ''}\n`);
      for (const version of versions) {
        ctx.out(`${version.commit.slice(0, 10)}  ${when(version.time)}  ${version.author.name} <${version.author.email}>  ${version.operation.summary}\n`);
        for (const field of version.fields) ctx.out(`${fieldLine(field)}\n`);
      }
      return;
    }
    const { entries, more } = await recentChanges(source, { since: args.since, editor: args.editor, limit: args.limit });
    if (args.json) return ctx.out(json(entries));
    for (const entry of entries) {
      ctx.out(`${entry.commit.slice(0, 10)}  ${when(entry.time)}  ${entry.author.name}  ${entry.operation.summary}  (${entry.recordCount} record${entry.recordCount === 1 ? '' : 's'})\n`);
    }
    if (more) ctx.err(`(more: --limit ${args.limit} reached; use --since or a larger --limit)\n`);
  },
};
