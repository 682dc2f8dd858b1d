import { z } from 'zod';
import { json, parseArguments, type Command } from '../command';
import { withSharing } from '../sharedArchive';
import { syncOutcomeText } from '../syncOutcome';

export const syncCommand: Command = {
  name: 'sync',
  synopsis: 'sync [--json]',
  summary: 'send this archive’s changes to the shared remote and merge in the colleagues’',
  details: `Commits what is local (it already is: every change is in the history), fetches
the remote, merges record by record and field by field, and pushes. Two different
changes to one field are kept side by side as a conflict for the app's Sharing view.
Offline is normal: it says so, exits 0, and the next sync sends everything (--json
gives "state": "offline"). The token comes from KLOPP_ARCHIVE_TOKEN.

Options:
  --json   print the outcome as JSON: state, message, cameIn, wentOut, newConflicts

Examples:
  KLOPP_ARCHIVE_TOKEN=... klopp-archive sync
  klopp-archive sync --json`,
  options: { json: { type: 'boolean' } },
  async run({ values, positionals }, ctx) {
    const args = parseArguments(z.strictObject({ ARGS: z.tuple([], { error: 'takes no arguments' }), json: z.boolean().default(false) }), { ARGS: positionals, ...values }, 'sync');
    const outcome = await withSharing(ctx.archiveFile, (sharing) => sharing.sync());
    ctx.out(args.json ? json(outcome) : syncOutcomeText(outcome));
  },
};
