import { contract, type ArchiveContract } from '../../shared/contract';
import type { Archive, ArchiveSession } from '../archive';
import { createHandlers, type HandlerOptions, type HandlersOf } from './handlers';
import { safetyHandlers } from './safetyHandlers';

type LooseHandlers = Record<string, Record<string, (input: unknown) => unknown>>;

/**
 * The app's handler map over a session whose archive may change (recovered from a backup,
 * another archive opened: pass a function answering the session of the moment) or be missing
 * (in recovery, when every operation but `safety.*`, `preferences.*` and `archiveFiles.*` is
 * refused by the session with a clear error).
 */
export function createSessionHandlers(sessionOf: ArchiveSession | (() => ArchiveSession), options: Omit<HandlerOptions, 'safety'> = {}): HandlersOf<ArchiveContract> {
  const session = typeof sessionOf === 'function' ? sessionOf : () => sessionOf;
  const safety = safetyHandlers(session);
  let current: { archive: Archive; handlers: LooseHandlers } | undefined;
  const handlersNow = (): LooseHandlers => {
    const archive = session().archive();
    if (current?.archive !== archive) current = { archive, handlers: createHandlers(archive, { ...options, safety }) as unknown as LooseHandlers };
    return current.handlers;
  };
  // These work with no archive open (in recovery): they never ask the session for it.
  const archiveFree: Record<string, unknown> = {
    safety,
    ...(options.preferences ? { preferences: options.preferences } : {}),
    ...(options.archiveFiles ? { archiveFiles: options.archiveFiles } : {}),
  };
  const groups = Object.entries(contract).map(([group, operations]) => [
    group,
    archiveFree[group] ??
      Object.fromEntries(Object.keys(operations).map((name) => [name, (input: unknown) => handlersNow()[group]![name]!(input)])),
  ]);
  return Object.fromEntries(groups) as HandlersOf<ArchiveContract>;
}
