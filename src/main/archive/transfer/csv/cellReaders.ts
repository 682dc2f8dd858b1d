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

/** Day first, as British and European sheets write it: 25/02/2024, 25/02/24, 25-02-2024, 25.02.2024. */
const DAY_FIRST = /^(\d{1,2})([/.-])(\d{1,2})\2(\d{4}|\d{2})$/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A two-digit year as football sheets mean it: 15 is 2015, 99 is 1999. */
function fullYear(year: string): string {
  if (year.length === 4) return year;
  return `${Number(year) >= 70 ? '19' : '20'}${year}`;
}

/**
 * A date in the format the user chose, as YYYY-MM-DD. Day-first also reads ISO dates, which
 * cannot be mistaken; a cell that fits neither is a problem on the row, never a guess:
 * 03/04/2019 is March or April depending on who wrote it.
 */
export function dateCell(cell: string | undefined, format: DateFormat): { date?: string; problem?: string } {
  const text = cell?.trim();
  if (!text) return {};
  const found = format === 'DD/MM/YYYY' ? DAY_FIRST.exec(text) : null;
  if (!found) {
    if (ISO_DATE.test(text) || format === 'YYYY-MM-DD') {
      if (IsoDate.safeParse(text).success) return { date: text };
      const hint = DAY_FIRST.test(text) ? `: ${text} is written day first, so choose the date format DD/MM/YYYY` : '';
      return { problem: `must be a date written YYYY-MM-DD${hint}` };
    }
    return { problem: 'must be a date written day first (25/02/2024, 25/02/24 or 25-02-2024) or YYYY-MM-DD' };
  }
  const [, day, , month, year] = found as unknown as [string, string, string, string, string];
  const date = `${fullYear(year)}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
  return IsoDate.safeParse(date).success ? { date } : { problem: `${text} is not a day of the calendar (read day first, as DD/MM/YYYY)` };
}

/** A kick-off time written 16:30 or 16.30 (9.30 too) as HH:MM; anything else is passed on for the schema to name. */
export function timeCell(cell: string | undefined): string | undefined {
  const text = cell?.trim();
  if (!text) return undefined;
  const found = /^(\d{1,2})[:.](\d{2})$/.exec(text);
  return found ? `${found[1]!.padStart(2, '0')}:${found[2]}` : text;
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
