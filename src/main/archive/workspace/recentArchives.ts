import { mkdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { z } from 'zod';
import { readBoundedText } from '../boundedText';
import { serialize, writeFileDurably } from '../durableJsonFile';

export const MAX_RECENT_ARCHIVES = 10;

const RecentFile = z.strictObject({ archives: z.array(z.string().min(1).max(4096)).max(MAX_RECENT_ARCHIVES) });

/** The file opened last goes first; it appears once; the oldest falls off past ten. */
export function withRecent(recent: readonly string[], file: string): string[] {
  return [file, ...recent.filter((candidate) => candidate !== file)].slice(0, MAX_RECENT_ARCHIVES);
}

/**
 * The archives opened lately (File › Open Recent), newest first, kept in the user-data folder
 * (`recent-archives.json`) and written durably; the first is the one reopened at launch. A file
 * that cannot be read starts an empty list.
 */
export class RecentArchives {
  private constructor(
    readonly file: string,
    private archives: string[],
  ) {}

  static async open(userDataFolder: string): Promise<RecentArchives> {
    const file = join(userDataFolder, 'recent-archives.json');
    try {
      const text = await readBoundedText(file, { maxBytes: 256 * 1024, what: 'list of recent archives', code: 'invalid-input' });
      const parsed = text === null ? null : RecentFile.safeParse(JSON.parse(text));
      return new RecentArchives(file, parsed?.success ? parsed.data.archives : []);
    } catch {
      return new RecentArchives(file, []);
    }
  }

  list(): readonly string[] {
    return this.archives;
  }

  add(archive: string): Promise<void> {
    return this.save(withRecent(this.archives, archive));
  }

  remove(archive: string): Promise<void> {
    return this.save(this.archives.filter((candidate) => candidate !== archive));
  }

  clear(): Promise<void> {
    return this.save([]);
  }

  private async save(archives: string[]): Promise<void> {
    await mkdir(dirname(this.file), { recursive: true });
    await writeFileDurably(this.file, serialize({ archives }));
    this.archives = archives;
  }
}
