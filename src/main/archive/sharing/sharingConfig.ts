import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { ShareUrl, SyncOutcome } from '../../../shared/contract/sharing';
import { writeFileDurably } from '../durableJsonFile';

/**
 * Where an archive is shared and how its last sync went, kept in the history repository's
 * own folder (`klopp-archive/sharing.json`) beside the commit index. Never a token: that
 * lives in the keychain (the app) or the environment (the command line).
 */
export const SharingConfig = z.strictObject({
  url: ShareUrl,
  /** The last commit both this archive and the remote had, after the last sync that reached it. */
  syncedCommit: z.string().regex(/^[0-9a-f]{40}$/).nullable(),
  lastSyncedAt: z.iso.datetime().nullable(),
  lastOutcome: SyncOutcome.nullable(),
});
export type SharingConfig = z.infer<typeof SharingConfig>;

export function sharingConfigFile(gitdir: string): string {
  return join(gitdir, 'klopp-archive', 'sharing.json');
}

/** The archive's sharing settings; null when it is not shared (or the file is unreadable: set up again). */
export async function readSharingConfig(gitdir: string): Promise<SharingConfig | null> {
  const text = await readFile(sharingConfigFile(gitdir), 'utf8').catch(() => null);
  if (text === null) return null;
  try {
    const parsed = SharingConfig.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

export async function writeSharingConfig(gitdir: string, config: SharingConfig): Promise<void> {
  await mkdir(join(gitdir, 'klopp-archive'), { recursive: true });
  await writeFileDurably(sharingConfigFile(gitdir), `${JSON.stringify(SharingConfig.parse(config), null, 2)}\n`);
}
