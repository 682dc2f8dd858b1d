import type { RecordKind } from './common';
import { KIND_NAMES } from './kinds';

/**
 * The archive's whole-document rules, in words. The file's schema (on open) and the store's
 * check of every commit (on write) say the same thing, so both take their words from here.
 */
export const archiveRules = {
  duplicateId: (kind: RecordKind, id: string) => `two ${KIND_NAMES[kind].many} share the id "${id}"`,
  liveAndTrashed: (id: string) => `"${id}" is both in the archive and in the trash`,
  dangling: (target: RecordKind, id: string) => `refers to ${KIND_NAMES[target].one} "${id}", which is not in the archive`,
  twiceInTrash: (kind: RecordKind, id: string) => `the trash holds two ${KIND_NAMES[kind].many} with the id "${id}"`,
} as const;
