import { ArchiveError } from '../../shared/contract/errors';

export interface FileFilter {
  name: string;
  extensions: string[];
}

/**
 * The native file dialogs, as the transfer handlers need them: each answers a path the user
 * chose, or null when they cancelled. The renderer never names a path; main asks the user.
 */
export interface FileDialogs {
  chooseSaveFile(options: { title: string; defaultName: string; filters: FileFilter[] }): Promise<string | null>;
  chooseOpenFile(options: { title: string; filters: FileFilter[] }): Promise<string | null>;
  chooseFolder(options: { title: string }): Promise<string | null>;
}

const unavailable = (): Promise<never> =>
  Promise.reject(new ArchiveError({ code: 'forbidden', message: 'Files can only be chosen in the app window, through its dialogs' }));

/** Where no one can be asked (a tool, a test without dialogs): file operations are refused. */
export const noFileDialogs: FileDialogs = { chooseSaveFile: unavailable, chooseOpenFile: unavailable, chooseFolder: unavailable };
