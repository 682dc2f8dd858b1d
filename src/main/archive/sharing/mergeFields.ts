import { isDeepStrictEqual } from 'node:util';
import type { AnyRecord } from '../../../shared/schemas/kinds';

/** Kept by the store, not by the editor: never a field to decide. */
const BOOKKEEPING = new Set(['id', 'createdAt', 'updatedAt']);

/**
 * Lists where order carries no meaning: a tag or a source added on one side and another
 * added on the other both stay, and one removed on either side goes.
 */
const SET_FIELDS = new Set(['tags', 'sourceIds', 'aliases']);

export interface FieldMerge {
  /** The record's fields combined: each side's changes taken, yours where both changed one. */
  values: Record<string, unknown>;
  /** Fields that both sides changed, differently. */
  conflicting: string[];
}

/**
 * Three-way merge of one record's fields. Each field is compared as a whole value (a match's
 * goals or shoot-out are one field): changed on one side only, that side's value is taken.
 */
export function mergeFields(base: AnyRecord | undefined, yours: AnyRecord, theirs: AnyRecord): FieldMerge {
  const before = (base ?? {}) as Record<string, unknown>;
  const ours = yours as Record<string, unknown>;
  const other = theirs as Record<string, unknown>;
  const values: Record<string, unknown> = {
    id: yours.id,
    createdAt: yours.createdAt <= theirs.createdAt ? yours.createdAt : theirs.createdAt,
    updatedAt: yours.updatedAt >= theirs.updatedAt ? yours.updatedAt : theirs.updatedAt,
  };
  const conflicting: string[] = [];
  const fields = new Set([...Object.keys(ours), ...Object.keys(other)]);
  for (const field of fields) {
    if (BOOKKEEPING.has(field)) continue;
    const [b, o, t] = [before[field], ours[field], other[field]];
    let value: unknown;
    if (isDeepStrictEqual(o, t) || isDeepStrictEqual(t, b)) value = o;
    else if (isDeepStrictEqual(o, b)) value = t;
    else if (SET_FIELDS.has(field) && isStringList(o) && isStringList(t) && (b === undefined || isStringList(b))) value = mergeSets(b ?? [], o, t);
    else {
      conflicting.push(field);
      value = o;
    }
    if (value !== undefined) values[field] = value;
  }
  return { values, conflicting };
}

function isStringList(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((item) => typeof item === 'string');
}

/** Yours in your order, then what they added; what either side removed is gone. */
function mergeSets(base: readonly string[], yours: readonly string[], theirs: readonly string[]): string[] {
  const [inBase, inYours, inTheirs] = [new Set(base), new Set(yours), new Set(theirs)];
  const kept = yours.filter((item) => inTheirs.has(item) || !inBase.has(item));
  const added = theirs.filter((item) => !inYours.has(item) && !inBase.has(item));
  return [...kept, ...added];
}
