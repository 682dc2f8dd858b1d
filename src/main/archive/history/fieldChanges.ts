import { diffArrays, diffWordsWithSpace } from 'diff';
import type { FieldChange, WordChange } from '../../../shared/contract/history';

/** Fields every record has that say nothing an editor changed. */
const BOOKKEEPING = new Set(['id', 'createdAt', 'updatedAt']);

type Value = unknown;
const same = (a: Value, b: Value) => JSON.stringify(a) === JSON.stringify(b);
const isObject = (value: Value): value is Record<string, Value> => value !== null && typeof value === 'object' && !Array.isArray(value);

/** How a value reads in a diff: text as it is, a goal or a kick as its fields. */
export function displayValue(value: Value): string {
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) return value.map(displayValue).join('; ');
  if (isObject(value)) {
    return Object.entries(value)
      .filter(([, inner]) => inner !== undefined && inner !== false && !(Array.isArray(inner) && inner.length === 0))
      .map(([key, inner]) => (inner === true ? key : `${key}: ${displayValue(inner)}`))
      .join(', ');
  }
  return String(value);
}

function words(before: string, after: string): WordChange[] {
  return diffWordsWithSpace(before, after).map((part) => ({ text: part.value, change: part.added ? 'added' : part.removed ? 'removed' : 'same' }));
}

/**
 * What differs between two versions of a record, field by field: a text with spaces diffed
 * word by word, a nested object (the setting, the shoot-out) field by field, a list of
 * objects (goals, kicks) item by item as added, removed or changed, a list of names (tags,
 * sources) as the names added and removed. Either version may be null (created, deleted).
 */
export function fieldChanges(before: Value, after: Value): FieldChange[] {
  const changes: FieldChange[] = [];
  compareObjects(isObject(before) ? before : {}, isObject(after) ? after : {}, '', changes, true);
  return changes;
}

function compareObjects(before: Record<string, Value>, after: Record<string, Value>, prefix: string, into: FieldChange[], top = false): void {
  for (const key of new Set([...Object.keys(after), ...Object.keys(before)])) {
    if (top && BOOKKEEPING.has(key)) continue;
    compare(before[key], after[key], `${prefix}${key}`, into);
  }
}

function compare(before: Value, after: Value, path: string, into: FieldChange[]): void {
  if (same(before, after)) return;
  const empty = (value: Value) => value === undefined || value === null || value === '' || (Array.isArray(value) && value.length === 0);
  if (isObject(before) && isObject(after)) return compareObjects(before, after, `${path}.`, into);
  if (Array.isArray(before) || Array.isArray(after)) return compareLists(Array.isArray(before) ? before : [], Array.isArray(after) ? after : [], path, into);
  if (empty(before)) return void into.push({ path, change: 'added', after: displayValue(after) });
  if (empty(after)) return void into.push({ path, change: 'removed', before: displayValue(before) });
  const change: FieldChange = { path, change: 'changed', before: displayValue(before), after: displayValue(after) };
  if (typeof before === 'string' && typeof after === 'string' && /\s/.test(before + after)) change.words = words(before, after);
  into.push(change);
}

function compareLists(before: Value[], after: Value[], path: string, into: FieldChange[]): void {
  if (!before.some(isObject) && !after.some(isObject)) {
    for (const item of after) if (!before.some((old) => same(old, item))) into.push({ path, change: 'added', after: displayValue(item) });
    for (const item of before) if (!after.some((now) => same(now, item))) into.push({ path, change: 'removed', before: displayValue(item) });
    return;
  }
  let [oldAt, newAt] = [0, 0];
  const parts = diffArrays(before, after, { comparator: same });
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i]!;
    const next = parts[i + 1];
    if (part.removed && next?.added) {
      // A run replaced by another: item for item, changed; what is left over, removed or added.
      const paired = Math.min(part.count ?? part.value.length, next.count ?? next.value.length);
      for (let k = 0; k < paired; k++) {
        const [was, is] = [part.value[k], next.value[k]];
        into.push({ path: `${path}[${newAt + k}]`, change: 'changed', before: displayValue(was), after: displayValue(is) });
      }
      part.value.slice(paired).forEach((item, k) => into.push({ path: `${path}[${oldAt + paired + k}]`, change: 'removed', before: displayValue(item) }));
      next.value.slice(paired).forEach((item, k) => into.push({ path: `${path}[${newAt + paired + k}]`, change: 'added', after: displayValue(item) }));
      oldAt += part.value.length;
      newAt += next.value.length;
      i++;
    } else if (part.removed) {
      part.value.forEach((item, k) => into.push({ path: `${path}[${oldAt + k}]`, change: 'removed', before: displayValue(item) }));
      oldAt += part.value.length;
    } else if (part.added) {
      part.value.forEach((item, k) => into.push({ path: `${path}[${newAt + k}]`, change: 'added', after: displayValue(item) }));
      newAt += part.value.length;
    } else {
      oldAt += part.value.length;
      newAt += part.value.length;
    }
  }
}
