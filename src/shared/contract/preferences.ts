import { z } from 'zod';
import { DatePattern } from '../dates/datePattern';
import { HistoryAuthor } from './history';
import { operation } from './operation';

export const Theme = z.enum(['system', 'light', 'dark']);
export type Theme = z.infer<typeof Theme>;

/** `system` follows the computer's locale; a pattern overrides it. */
export const DateFormat = z.union([z.literal('system'), DatePattern]);
export type DateFormat = z.infer<typeof DateFormat>;

/** Who signs the archive's history. Empty means the system's own name and email. */
export const Editor = z.strictObject({
  // Git writes the author as `name <email>`: angle brackets and line breaks would break the line.
  name: z.string().trim().max(200, 'must be at most 200 characters').regex(/^[^<>\r\n]*$/, 'must not contain < > or a line break'),
  email: z
    .string()
    .trim()
    .max(254, 'must be at most 254 characters')
    .regex(/^$|^[^\s@<>]+@[^\s@<>]+$/, 'must be an email address such as name@example.com'),
});
export type Editor = z.infer<typeof Editor>;

/** A list's name (`quotes`) and a column's key (`speaker`), as the window names them. */
const ListName = z.string().regex(/^[a-z][a-z0-9-]{0,39}$/, 'must be a list name such as quotes');
const ColumnKey = z.string().regex(/^[A-Za-z][A-Za-z0-9-]{0,39}$/, 'must be a column key such as speaker');

/** Which columns of a list are hidden, and the widths the editor dragged them to, in pixels. */
export const ColumnLayout = z.strictObject({
  hidden: z.array(ColumnKey).max(40),
  widths: z.record(ColumnKey, z.number().int().min(48, 'must be at least 48 pixels').max(2000, 'must be at most 2000 pixels')),
});
export type ColumnLayout = z.infer<typeof ColumnLayout>;

/** The editor's own settings, kept in the user-data folder, never in an archive. */
export const Preferences = z.strictObject({
  editor: Editor,
  theme: Theme,
  dateFormat: DateFormat,
  /** Where backups go; null keeps them beside the archive. Chosen in a dialog, never typed. */
  backupFolder: z.string().min(1).max(4096).nullable(),
  /** Each list's columns, kept between launches. */
  lists: z.record(ListName, ColumnLayout).default({}),
});
export type Preferences = z.infer<typeof Preferences>;

export const DEFAULT_PREFERENCES: Preferences = { editor: { name: '', email: '' }, theme: 'system', dateFormat: 'system', backupFolder: null, lists: {} };

/** The preferences and what the system says where they leave a choice to it. */
export const PreferencesState = z.object({
  preferences: Preferences,
  /** The name and email used while the editor's are empty. */
  systemEditor: HistoryAuthor,
  /** The system's locale (Electron's app.getLocale()); it decides the date format unless overridden. */
  systemLocale: z.string(),
  /** The preferences file, for the editor to find. */
  file: z.string(),
  /** Why the preferences file could not be read, when it could not: the defaults are used. */
  problem: z.string().optional(),
});
export type PreferencesState = z.infer<typeof PreferencesState>;

/** A change: only the fields given change. The backup folder can only be chosen in a dialog, or reset. */
export const PreferencesChange = z.strictObject({
  editor: Editor.optional(),
  theme: Theme.optional(),
  dateFormat: DateFormat.optional(),
  backupFolder: z.null().optional(),
  /** One list's columns, replacing what was kept for it. */
  list: z.strictObject({ name: ListName, layout: ColumnLayout }).optional(),
});
export type PreferencesChange = z.infer<typeof PreferencesChange>;

export const preferencesOperations = {
  get: operation(z.undefined(), PreferencesState),
  /** Written durably before it answers. */
  update: operation(PreferencesChange, PreferencesState),
  /** Asks for a folder in main's dialog; unchanged when the editor cancels. */
  chooseBackupFolder: operation(z.undefined(), PreferencesState),
};
