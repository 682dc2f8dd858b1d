import { z } from 'zod';
import { RecordId, Timestamp, type RecordKind } from '../schemas/common';
import { inputSchemas, recordSchemas } from '../schemas/kinds';
import { operation, type Operation } from './operation';

const IdInput = z.strictObject({ id: RecordId });

type RecordSchema<K extends RecordKind> = (typeof recordSchemas)[K];
type ValuesSchema<K extends RecordKind> = (typeof inputSchemas)[K];

/** Spelled out so every kind's operations keep their exact types across the generic. */
export type RecordOperations<K extends RecordKind> = {
  list: Operation<z.ZodUndefined, z.ZodArray<RecordSchema<K>>>;
  get: Operation<typeof IdInput, RecordSchema<K>>;
  create: Operation<z.ZodObject<{ id: z.ZodOptional<typeof RecordId>; values: ValuesSchema<K> }, z.core.$strict>, RecordSchema<K>>;
  update: Operation<
    z.ZodObject<{ id: typeof RecordId; values: ValuesSchema<K>; expectedUpdatedAt: z.ZodOptional<typeof Timestamp> }, z.core.$strict>,
    RecordSchema<K>
  >;
  delete: Operation<typeof IdInput, z.ZodObject<{ id: typeof RecordId; deleted: RecordSchema<K> }>>;
};

/** The same five operations for every kind of record. */
export function recordOperations<K extends RecordKind>(kind: K): RecordOperations<K> {
  const record = recordSchemas[kind];
  const values = inputSchemas[kind];
  return {
    list: operation(z.undefined(), z.array(record)),
    get: operation(IdInput, record),
    create: operation(z.strictObject({ id: RecordId.optional(), values }), record),
    /** Replaces the editable fields; expectedUpdatedAt refuses an edit made on a stale copy. */
    update: operation(z.strictObject({ id: RecordId, values, expectedUpdatedAt: Timestamp.optional() }), record),
    delete: operation(IdInput, z.object({ id: RecordId, deleted: record })),
  } as RecordOperations<K>;
}
