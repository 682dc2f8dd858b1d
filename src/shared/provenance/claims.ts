import type { ClaimInput as Claim, ClaimValue } from '../schemas/claim';

/** The value at a claim's field path in a record (`goals.5.addedTime`), or undefined when there is none. */
export function valueAt(record: unknown, field: string): unknown {
  let value: unknown = record;
  for (const part of field.split('.')) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<string, unknown>)[part];
  }
  return value;
}

export interface ClaimProblem {
  path: Array<string | number>;
  message: string;
}

/** A claim's chosen version is the record's value: otherwise the record says what no chosen source says. */
export function claimProblems(record: { claims?: readonly Claim[] }): ClaimProblem[] {
  const problems: ClaimProblem[] = [];
  record.claims?.forEach((claim, index) => {
    const value = valueAt(record, claim.field);
    const chosen = claim.versions[claim.chosen];
    if (value === undefined) problems.push({ path: ['claims', index, 'field'], message: `the record has no field ${claim.field}` });
    else if (chosen && value !== chosen.value) {
      problems.push({ path: ['claims', index, 'chosen'], message: `the chosen version (${formatClaimValue(chosen.value)}) must be the record’s ${claim.field} (${formatClaimValue(value)})` });
    }
  });
  return problems;
}

/** The disagreements still open on a record. */
export const openClaims = <C extends Claim>(record: { claims?: readonly C[] }): C[] => (record.claims ?? []).filter((claim) => !claim.resolved);

export const formatClaimValue = (value: unknown): string => (typeof value === 'string' ? value : JSON.stringify(value));

/** The record with a claim's version `index` chosen: the field takes that version's value. */
export function choose<R extends { claims?: Claim[] }>(record: R, claimIndex: number, index: number): R {
  const claim = record.claims?.[claimIndex];
  if (!claim) return record;
  const claims = record.claims!.map((other, i) => (i === claimIndex ? { ...other, chosen: index } : other));
  return { ...setAt(record, claim.field, claim.versions[index]!.value), claims };
}

function setAt<T>(value: T, path: string, next: ClaimValue): T {
  const [head, ...rest] = path.split('.');
  if (head === undefined) return value;
  const inner = rest.length === 0 ? next : setAt((value as Record<string, unknown>)[head], rest.join('.'), next);
  if (Array.isArray(value)) return value.map((item, i) => (i === Number(head) ? inner : item)) as T;
  return { ...(value as object), [head]: inner } as T;
}
