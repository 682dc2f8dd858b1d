import type { DateFormat, RowProblem } from '../../../../shared/contract/transfer';
import { IsoDate } from '../../../../shared/schemas/common';
import { restoreCell } from './csvText';

/** A row's cells by archive field, after the header mapping; blank cells read as absent. */
export type FieldReader = (field: string) => string | undefined;

/** A text cell as the archive keeps it: our formula guard removed, blank as absent. */
export function textCell(cell: string | undefined): string | undefined {
  if (cell === undefined || cell.trim() === '') return undefined;
  return restoreCell(cell);
}

/** A whole number; anything else is passed on as it is, so the schema names the rule it breaks. */
export function numberCell(cell: string | undefined): number | string | undefined {
  const text = cell?.trim();
  if (!text) return undefined;
  return /^-?\d+$/.test(text) ? Number(text) : text;
}

/** A list written "a; b; c". */
export function listCell(cell: string | undefined): string[] | undefined {
  if (cell === undefined || cell.trim() === '') return undefined;
  return restoreCell(cell)
    .split(';')
    .map((item) => item.trim())
    .filter((item) => item !== '');
}

const DAY_FIRST = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/;

/**
 * A date in the format the user chose, as YYYY-MM-DD. A cell in another format is a problem
 * on the row, never a guess: 03/04/2019 is March or April depending on who wrote it.
 */
export function dateCell(cell: string | undefined, format: DateFormat): { date?: string; problem?: string } {
  const text = cell?.trim();
  if (!text) return {};
  if (format === 'YYYY-MM-DD') return { date: text };
  const match = DAY_FIRST.exec(text);
  if (!match) return { problem: 'must be a date written DD/MM/YYYY' };
  const [, day, month, year] = match as unknown as [string, string, string, string];
  const date = `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
  return IsoDate.safeParse(date).success ? { date } : { problem: `${text} is not a day of the calendar (read as DD/MM/YYYY)` };
}

/** The values of one row for the record service, or the problems that stop it early. */
export interface RowValues {
  id?: string;
  values: Record<string, unknown>;
  problems: Array<Omit<RowProblem, 'line'>>;
}

/** Absent values leave a field out, so the schema's default applies and no key holds undefined. */
export function withoutAbsent<T extends Record<string, unknown>>(values: T): T {
  return Object.fromEntries(Object.entries(values).filter(([, value]) => value !== undefined)) as T;
}
