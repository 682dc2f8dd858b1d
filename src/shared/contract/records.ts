import { z } from 'zod';
import { RecordId, Timestamp, type RecordKind } from '../schemas/common';
import { inputSchemas, recordSchemas } from '../schemas/kinds';
import { operation } from './operation';

const IdInput = z.strictObject({ id: RecordId });

/** The same five operations for every kind of record. */
export function recordOperations<K extends RecordKind>(kind: K) {
  const record = recordSchemas[kind];
  const values = inputSchemas[kind];
  return {
    list: operation(z.undefined(), z.array(record)),
    get: operation(IdInput, record),
    create: operation(z.strictObject({ id: RecordId.optional(), values }), record),
    /** Replaces the editable fields; expectedUpdatedAt refuses an edit made on a stale copy. */
    update: operation(z.strictObject({ id: RecordId, values, expectedUpdatedAt: Timestamp.optional() }), record),
    delete: operation(IdInput, z.object({ id: RecordId, deleted: record })),
  };
}
