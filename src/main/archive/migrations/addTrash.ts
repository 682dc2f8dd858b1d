import type { Migration } from './index';

/** Format 2 keeps deleted records in a trash, so a delete can be undone. */
export const addTrash: Migration = {
  from: 1,
  to: 2,
  description: 'add the trash of deleted records',
  migrate: (document) => ({ ...document, trash: [] }),
};
