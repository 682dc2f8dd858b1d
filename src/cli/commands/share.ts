import { access } from 'node:fs/promises';
import { z } from 'zod';
import { ShareUrl } from '../../shared/contract/sharing';
import { cloneSharedArchive } from '../../main/archive';
import { json, parseArguments, type Command } from '../command';
import { environmentCredentials } from '../shareCredentials';
import { withSharing } from '../sharedArchive';
import { syncOutcomeText } from '../syncOutcome';

export const shareCommand: Command = {
  name: 'share',
  synopsis: 'share init URL | share clone URL | share status [--json]',
  summary: 'share the archive through a git remote: publish it, start from a colleague’s, or see how it stands',
  details: `share init URL    publish this archive to an empty git repository (https)
share clone URL   start from a colleague's shared archive: a new file at --archive
                  PATH when there is none; an archive that exists joins the remote,
                  its records and the colleague's merged (nothing of either is lost)
share status      the remote, the last sync, changes not yet sent, conflicts to decide

The token is read from the environment, never from an argument:
  KLOPP_ARCHIVE_TOKEN        a token that may read and write the repository
  KLOPP_ARCHIVE_TOKEN_USER   the user name to send it with, for hosts that want one
Then run klopp-archive sync, by hand or every few minutes.

Options:
  --json   print JSON

Examples:
  KLOPP_ARCHIVE_TOKEN=... klopp-archive share init https://git.example.com/newsroom/archive.git
  KLOPP_ARCHIVE_TOKEN=... klopp-archive --archive desk.json share clone https://git.example.com/newsroom/archive.git`,
  options: { json: { type: 'boolean' } },
  async run({ values, positionals }, ctx) {
    const args = parseArguments(
      z.strictObject({
        ARGS: z.union([z.tuple([z.enum(['init', 'clone']), ShareUrl]), z.tuple([z.literal('status')])], {
          error: 'give init URL, clone URL or status',
        }),
        json: z.boolean().default(false),
      }),
      { ARGS: positionals, ...values },
      'share',
    );
    const [step, url] = args.ARGS;
    if (step === 'status') {
      const status = await withSharing(ctx.archiveFile, (sharing) => sharing.status());
      if (args.json) return ctx.out(json(status));
      if (!status.url) return ctx.out('Not shared: publish with share init URL, or start from a colleague’s with share clone URL.\n');
      const last = status.lastSyncedAt ? status.lastSyncedAt.slice(0, 16).replace('T', ' ') : 'never';
      return ctx.out(`Shared through ${status.url}\nLast synced: ${last} UTC\nChanges not yet sent: ${status.unsentChanges}\nConflicts to decide: ${status.pendingConflicts}\n`);
    }
    const exists = await access(ctx.archiveFile).then(
      () => true,
      () => false,
    );
    const outcome =
      step === 'clone' && !exists
        ? await cloneSharedArchive(ctx.archiveFile, url!, { credentials: environmentCredentials() })
        : await withSharing(ctx.archiveFile, (sharing) => (step === 'init' ? sharing.publish(url!) : sharing.join(url!)));
    ctx.out(args.json ? json(outcome) : syncOutcomeText(outcome));
  },
};
