import { useMemo, useState } from 'react';
import type { z } from 'zod';
import { ArchiveError, pathToString } from '../../../shared/contract/errors';
import { describeFieldPath, type FieldLabels } from './fieldPath';

export type FieldErrors = ReadonlyMap<string, string>;

/** The first message for each field path, from zod's issues or the archive's. */
function firstMessageByPath(issues: Iterable<{ path: string; message: string }>): Map<string, string> {
  const byPath = new Map<string, string>();
  for (const issue of issues) if (!byPath.has(issue.path)) byPath.set(issue.path, issue.message);
  return byPath;
}

/** The top-level fields whose value differs from what the form opened with. */
function changedFields(initial: object, values: object): Set<string> {
  const keys = new Set([...Object.keys(initial), ...Object.keys(values)]);
  const before = initial as Record<string, unknown>;
  const after = values as Record<string, unknown>;
  return new Set([...keys].filter((key) => JSON.stringify(before[key]) !== JSON.stringify(after[key])));
}

/**
 * The state of a record form: values checked against the contract's own schema as the editor
 * types, and the archive's answer (references, conflicts) once they save. A rule's message
 * shows as soon as the editor has touched what breaks it: on a record that was valid, any
 * broken rule comes from the edit, so all show; on a new record, those on fields changed so
 * far, and every one after a first attempt to save.
 */
export function useRecordForm<Values extends object>(schema: z.ZodType, opened: Values, isNew = false, labels: FieldLabels = {}) {
  const [initial, setInitial] = useState<Values>(opened);
  const [values, setValues] = useState<Values>(opened);
  const [attempted, setAttempted] = useState(false);
  const [archiveErrors, setArchiveErrors] = useState<Map<string, string>>(new Map());
  const [formError, setFormError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  const changed = useMemo(() => changedFields(initial, values), [initial, values]);
  const dirty = changed.size > 0;

  const liveErrors = useMemo(() => {
    const result = schema.safeParse(values);
    if (result.success) return new Map<string, string>();
    return firstMessageByPath(result.error.issues.map((issue) => ({ path: pathToString(issue.path), message: issue.message })));
  }, [schema, values]);

  const errors: FieldErrors = useMemo(() => {
    const shown = [...liveErrors].filter(([path]) => attempted || (dirty && (!isNew || changed.has(path.split('.')[0] ?? ''))));
    return new Map([...archiveErrors, ...shown]);
  }, [attempted, dirty, isNew, changed, archiveErrors, liveErrors]);

  /** Why saving is impossible right now, in words; null when the values keep every rule. */
  const blockedReason = useMemo(() => {
    const [first] = liveErrors;
    if (!first) return null;
    const more = liveErrors.size > 1 ? ` (and ${liveErrors.size - 1} more)` : '';
    const field = describeFieldPath(first[0], labels) || 'record';
    return `Cannot save yet. ${field[0]?.toUpperCase()}${field.slice(1)}: ${first[1]}${more}`;
  }, [liveErrors, labels]);

  function update(change: (current: Values) => Values): void {
    setValues(change);
    setArchiveErrors(new Map());
    setFormError(null);
  }

  /** Starts again from a record's stored values, as when it changed on disk (an undo). */
  function reset(next: Values): void {
    setInitial(next);
    setValues(next);
    setAttempted(false);
    setArchiveErrors(new Map());
    setFormError(null);
  }

  /** Saves through `persist`; a broken rule keeps the form open with the reason on its field. */
  async function submit<T>(persist: (values: Values) => Promise<T>): Promise<T | null> {
    setAttempted(true);
    if (blockedReason) {
      setFormError(blockedReason);
      return null;
    }
    setSaving(true);
    try {
      const saved = await persist(values);
      setInitial(values);
      return saved;
    } catch (error) {
      if (error instanceof ArchiveError) setArchiveErrors(firstMessageByPath(error.issues));
      setFormError((error as Error).message);
      return null;
    } finally {
      setSaving(false);
    }
  }

  return { values, update, reset, errors, formError, blockedReason, saving, dirty, submit, canSave: blockedReason === null };
}
