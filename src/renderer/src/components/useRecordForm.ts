import { useMemo, useState } from 'react';
import type { z } from 'zod';
import { ArchiveError, pathToString } from '../../../shared/contract/errors';

export type FieldErrors = ReadonlyMap<string, string>;

/** The first message for each field path, from zod's issues or the archive's. */
function firstMessageByPath(issues: Iterable<{ path: string; message: string }>): Map<string, string> {
  const byPath = new Map<string, string>();
  for (const issue of issues) if (!byPath.has(issue.path)) byPath.set(issue.path, issue.message);
  return byPath;
}

/**
 * The state of a record form: values checked against the contract's own schema as the
 * editor types, and the archive's answer (references, conflicts) once they save.
 */
export function useRecordForm<Values extends object>(schema: z.ZodType, initial: Values) {
  const [values, setValues] = useState<Values>(initial);
  const [attempted, setAttempted] = useState(false);
  const [dirty, setDirty] = useState(false);
  const [archiveErrors, setArchiveErrors] = useState<Map<string, string>>(new Map());
  const [formError, setFormError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  const liveErrors = useMemo(() => {
    const result = schema.safeParse(values);
    if (result.success) return new Map<string, string>();
    return firstMessageByPath(result.error.issues.map((issue) => ({ path: pathToString(issue.path), message: issue.message })));
  }, [schema, values]);

  const errors: FieldErrors = useMemo(
    () => (attempted ? new Map([...archiveErrors, ...liveErrors]) : new Map([...archiveErrors])),
    [attempted, archiveErrors, liveErrors],
  );

  function update(change: (current: Values) => Values): void {
    setValues(change);
    setDirty(true);
    setArchiveErrors(new Map());
    setFormError(null);
  }

  /** Saves through `persist`; a broken rule keeps the form open with the reason on its field. */
  async function submit<T>(persist: (values: Values) => Promise<T>): Promise<T | null> {
    setAttempted(true);
    if (liveErrors.size > 0) {
      setFormError(`Cannot save yet: ${liveErrors.size} field(s) break a rule (${[...liveErrors.entries()][0]?.join(': ')})`);
      return null;
    }
    setSaving(true);
    try {
      const saved = await persist(values);
      setDirty(false);
      return saved;
    } catch (error) {
      if (error instanceof ArchiveError) setArchiveErrors(firstMessageByPath(error.issues));
      setFormError((error as Error).message);
      return null;
    } finally {
      setSaving(false);
    }
  }

  return { values, update, errors, formError, saving, dirty, submit, canSave: liveErrors.size === 0 };
}
