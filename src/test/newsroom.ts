import { join } from 'node:path';
import { copyFile } from 'node:fs/promises';
import { openArchive, type Archive } from '../main/archive/archive';
import type { RecordKind } from '../shared/schemas/common';
import type { InputOf, RecordOf } from '../shared/schemas/kinds';
import { documentFiles } from '../main/archive/history/layout';
import type { ArchiveDocument } from '../shared/schemas/archive';
import { DEFAULT_ARCHIVE_FILE, tempFolder } from './tempArchive';
import type { SharingOptions } from '../main/archive/sharing/archiveSharing';
import { cloneSharedArchive } from '../main/archive/sharing/cloneSharedArchive';
import type { GitServer } from './gitServer';

export const TOKEN = 'newsroom-token-do-not-log';

export const EDITORS = {
  ann: { name: 'Ann Editor', email: 'ann@newsroom.test' },
  ben: { name: 'Ben Reporter', email: 'ben@newsroom.test' },
  cat: { name: 'Cat Subeditor', email: 'cat@newsroom.test' },
} as const;

/** One journalist's archive on their laptop, keeping its history and sharing with the token. */
export function openDesk(file: string, editor: { name: string; email: string }, sharing: SharingOptions = {}): Promise<Archive> {
  return openArchive(file, { history: { author: () => editor }, sharing: { credentials: async () => ({ token: TOKEN }), ...sharing } });
}

/** A desk with a fresh copy of the default archive. */
export async function newDesk(editor: { name: string; email: string }, sharing: SharingOptions = {}): Promise<Archive> {
  const file = join(await tempFolder(), 'klopp-era.json');
  await copyFile(DEFAULT_ARCHIVE_FILE, file);
  return openDesk(file, editor, sharing);
}

let repositories = 0;

/**
 * A newsroom on a test server: Ann publishes her archive to a new remote and Ben clones it
 * onto his laptop. The caller closes the desks (`closeDesks`).
 */
export async function newsroom(server: GitServer, sharing: SharingOptions = {}): Promise<{ ann: Archive; ben: Archive; url: string; name: string }> {
  const name = `newsroom-${process.pid}-${++repositories}`;
  const url = server.createRepository(name);
  const ann = await newDesk(EDITORS.ann, sharing);
  await ann.sharing!.publish(url);
  const benFile = await newDeskFile();
  await cloneSharedArchive(benFile, url, { credentials: async () => ({ token: TOKEN }) });
  const ben = await openDesk(benFile, EDITORS.ben, sharing);
  return { ann, ben, url, name };
}

/** A file path for a desk that does not exist yet (a clone's). */
export async function newDeskFile(): Promise<string> {
  return join(await tempFolder(), 'klopp-era.json');
}

/** Changes some fields of a record the way the editor does: the whole record, a few fields different. */
export function edit<K extends RecordKind>(archive: Archive, kind: K, id: string, fields: Partial<InputOf<K>>): Promise<RecordOf<K>> {
  const { id: _id, createdAt: _created, updatedAt: _updated, ...values } = archive.records[kind].get(id) as RecordOf<K> & Record<string, unknown>;
  return archive.records[kind].update(id, { ...values, ...fields } as InputOf<K>);
}

/** The archive as its files in the layout: two archives with the same files hold the same records. */
export function filesOf(archive: Archive): Map<string, string> {
  return documentFiles(archive.store.data as ArchiveDocument);
}
