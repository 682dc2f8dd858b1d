import { z } from 'zod';
import { RecordId, RecordKind } from '../schemas/common';
import { TrashEntry } from '../schemas/trash';
import { recordSchemas } from '../schemas/kinds';
import { operation } from './operation';

const TrashedRecord = z.strictObject({ kind: RecordKind, id: RecordId });

/** Deleted records wait in the trash until restored or purged. */
export const trashOperations = {
  list: operation(z.undefined(), z.array(TrashEntry)),
  restore: operation(TrashedRecord, z.union(Object.values(recordSchemas))),
  purge: operation(TrashedRecord, z.object({ purged: z.number() })),
  empty: operation(z.undefined(), z.object({ purged: z.number() })),
};
