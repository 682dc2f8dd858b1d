import { z } from 'zod';
import { RecordId, Timestamp, type RecordKind } from '../schemas/common';
import { inputSchemas, recordSchemas } from '../schemas/kinds';
import { operation, type Operation } from './operation';
import { BulkEdit, BulkTargets, MAX_BULK_RECORDS } from './bulkEdit';

const IdInput = z.strictObject({ id: RecordId });

/** The values the caller believes a record holds (an undo): refused if it holds others. */
const ExpectedValues = z.record(z.string(), z.unknown());

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
  editMany: Operation<
    z.ZodObject<{ records: typeof BulkTargets; edit: typeof BulkEdit }, z.core.$strict>,
    z.ZodObject<{ before: z.ZodArray<RecordSchema<K>>; after: z.ZodArray<RecordSchema<K>> }>
  >;
  updateMany: Operation<
    z.ZodObject<
      {
        updates: z.ZodArray<
          z.ZodObject<
            { id: typeof RecordId; values: ValuesSchema<K>; expectedUpdatedAt: z.ZodOptional<typeof Timestamp>; expectedValues: z.ZodOptional<typeof ExpectedValues> },
            z.core.$strict
          >
        >;
        label: z.ZodOptional<z.ZodString>;
      },
      z.core.$strict
    >,
    z.ZodArray<RecordSchema<K>>
  >;
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
    /** One change to many records: one write, all or nothing; answers them before and after. */
    editMany: operation(z.strictObject({ records: BulkTargets, edit: BulkEdit }), z.object({ before: z.array(record), after: z.array(record) })),
    /** Replaces the values of many records in one write, all or nothing (an undone bulk edit). */
    updateMany: operation(
      z.strictObject({
        updates: z
          .array(z.strictObject({ id: RecordId, values, expectedUpdatedAt: Timestamp.optional(), expectedValues: ExpectedValues.optional() }))
          .min(1, 'give at least one record')
          .max(MAX_BULK_RECORDS, `must be at most ${MAX_BULK_RECORDS} records`),
        /** How the history names the change ("Undo: add tag “checked” to 12 quotes"). */
        label: z.string().max(300).optional(),
      }),
      z.array(record),
    ),
  } as RecordOperations<K>;
}
