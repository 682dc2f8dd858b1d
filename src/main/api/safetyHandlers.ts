import type { safetyOperations } from '../../shared/contract/safety';
import type { ArchiveSession } from '../archive';
import type { HandlersOf } from './handlers';

export type SafetyHandlers = HandlersOf<{ safety: typeof safetyOperations }>['safety'];

/** Backups, restore and recovery, over the app's archive session. */
export function safetyHandlers(session: ArchiveSession): SafetyHandlers {
  return {
    status: () => session.status(),
    backups: () => session.backups(),
    restore: ({ name }) => session.restore(name),
    recover: (choice) => session.recover(choice),
  };
}
