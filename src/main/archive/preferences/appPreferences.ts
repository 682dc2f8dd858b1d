import { mkdir } from 'node:fs/promises';
import { dirname, isAbsolute, join } from 'node:path';
import { ArchiveError, invalidInput } from '../../../shared/contract/errors';
import type { HistoryAuthor } from '../../../shared/contract/history';
import { DEFAULT_PREFERENCES, Preferences, type PreferencesChange, type PreferencesState } from '../../../shared/contract/preferences';
import { readBoundedText } from '../boundedText';
import { writeFileDurably, serialize } from '../durableJsonFile';

const MAX_PREFERENCES_BYTES = 64 * 1024;

export function preferencesFileIn(userDataFolder: string): string {
  return join(userDataFolder, 'preferences.json');
}

export interface SystemDefaults {
  /** Who the editor is when they have not said (their git configuration, their login). */
  editor: HistoryAuthor;
  /** The system's locale, which decides how dates are written unless the editor chooses. */
  locale: string;
}

/**
 * The editor's preferences: one small JSON file in the user-data folder, outside any archive,
 * validated when read and written durably before a change is acknowledged. A file that cannot
 * be read leaves the defaults in use and says why; it is replaced at the next change.
 */
export class AppPreferences {
  private constructor(
    readonly file: string,
    private current: Preferences,
    private readonly system: SystemDefaults,
    private problem: string | undefined,
  ) {}

  static async open(userDataFolder: string, system: SystemDefaults): Promise<AppPreferences> {
    const file = preferencesFileIn(userDataFolder);
    try {
      const text = await readBoundedText(file, { maxBytes: MAX_PREFERENCES_BYTES, what: 'preferences file', code: 'invalid-input' });
      if (text === null) return new AppPreferences(file, DEFAULT_PREFERENCES, system, undefined);
      const parsed = Preferences.safeParse(JSON.parse(text));
      if (parsed.success) return new AppPreferences(file, parsed.data, system, undefined);
      return new AppPreferences(file, DEFAULT_PREFERENCES, system, `${file} is not valid (${invalidInput(parsed.error).message}); the defaults are in use`);
    } catch (error) {
      return new AppPreferences(file, DEFAULT_PREFERENCES, system, `${file} could not be read (${(error as Error).message}); the defaults are in use`);
    }
  }

  get preferences(): Preferences {
    return this.current;
  }

  state(): PreferencesState {
    return { preferences: this.current, systemEditor: this.system.editor, systemLocale: this.system.locale, file: this.file, ...(this.problem ? { problem: this.problem } : {}) };
  }

  /** Who signs the history now: the editor's name and email, each falling back to the system's. */
  author(): HistoryAuthor {
    const { name, email } = this.current.editor;
    return { name: name || this.system.editor.name, email: email || this.system.editor.email };
  }

  /** Applies a change, validated whole, and answers once it is on disk; a refused change writes nothing. */
  update({ list, ...change }: PreferencesChange): Promise<PreferencesState> {
    const lists = list ? { ...this.current.lists, [list.name]: list.layout } : this.current.lists;
    return this.save({ ...this.current, ...change, lists });
  }

  /** Backups go to the folder chosen in main's dialog: an absolute path, never one the page typed. */
  async setBackupFolder(folder: string): Promise<PreferencesState> {
    if (!isAbsolute(folder)) throw new ArchiveError({ code: 'invalid-input', message: `backupFolder: must be an absolute path, not "${folder}"` });
    return this.save({ ...this.current, backupFolder: folder });
  }

  private async save(candidate: unknown): Promise<PreferencesState> {
    const next = Preferences.safeParse(candidate);
    if (!next.success) throw invalidInput(next.error, 'preferences');
    await mkdir(dirname(this.file), { recursive: true });
    await writeFileDurably(this.file, serialize(next.data));
    this.current = next.data;
    this.problem = undefined;
    return this.state();
  }
}
