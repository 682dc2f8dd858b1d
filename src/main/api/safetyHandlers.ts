import type { safetyOperations } from '../../shared/contract/safety';
import type { ArchiveSession } from '../archive';
import type { HandlersOf } from './handlers';

export type SafetyHandlers = HandlersOf<{ safety: typeof safetyOperations }>['safety'];

/** Backups, restore and recovery, over the app's archive session (or the session of the moment, when another archive can be opened). */
export function safetyHandlers(sessionOf: ArchiveSession | (() => ArchiveSession)): SafetyHandlers {
  const session = typeof sessionOf === 'function' ? sessionOf : () => sessionOf;
  return {
    status: () => session().status(),
    backups: () => session().backups(),
    restore: ({ name }) => session().restore(name),
    recover: (choice) => session().recover(choice),
  };
}
