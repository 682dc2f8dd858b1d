import { z } from 'zod';

/**
 * How a date is written for people: the order of day, month and year and the mark between
 * them (`DD/MM/YYYY` in the UK, `MM/DD/YYYY` in the US, `DD.MM.YYYY` in Germany). The archive
 * itself always stores `YYYY-MM-DD`.
 */
export const DatePattern = z
  .string()
  .regex(/^(DD|MM|YYYY)([./-])(DD|MM|YYYY)\2(DD|MM|YYYY)$/, 'must be DD, MM and YYYY with one mark between them, as in DD/MM/YYYY')
  .refine((pattern) => ['DD', 'MM', 'YYYY'].every((part) => pattern.includes(part)), 'must hold DD, MM and YYYY once each');
export type DatePattern = z.infer<typeof DatePattern>;

export const ISO_DATE_PATTERN: DatePattern = 'YYYY-MM-DD';

type Part = 'DD' | 'MM' | 'YYYY';

function partsOf(pattern: DatePattern): { order: Part[]; mark: string } {
  const [, first, mark, second, third] = /^(DD|MM|YYYY)([./-])(DD|MM|YYYY)\2(DD|MM|YYYY)$/.exec(pattern)!;
  return { order: [first, second, third] as Part[], mark: mark! };
}

/**
 * The pattern a locale writes short dates in, read from the platform's own formatter (so it is
 * the system's choice, not a table kept here): `en-GB` gives DD/MM/YYYY, `en-US` MM/DD/YYYY.
 */
export function datePatternOfLocale(locale: string): DatePattern {
  let parts: Intl.DateTimeFormatPart[];
  try {
    parts = new Intl.DateTimeFormat(locale, { year: 'numeric', month: '2-digit', day: '2-digit' }).formatToParts(new Date(Date.UTC(2024, 1, 25)));
  } catch {
    return ISO_DATE_PATTERN;
  }
  const names: Record<string, Part> = { day: 'DD', month: 'MM', year: 'YYYY' };
  const order = parts.flatMap((part) => (names[part.type] ? [names[part.type]!] : []));
  const literal = parts.find((part) => part.type === 'literal')?.value.trim() ?? '';
  const mark = ['/', '.', '-'].includes(literal) ? literal : '/';
  const candidate = `${order.join(mark)}`;
  return DatePattern.safeParse(candidate).success ? candidate : ISO_DATE_PATTERN;
}

/** An ISO date as the pattern writes it; anything that is not an ISO date is shown as it is. */
export function formatDate(iso: string, pattern: DatePattern): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) return iso;
  const values: Record<Part, string> = { YYYY: match[1]!, MM: match[2]!, DD: match[3]! };
  const { order, mark } = partsOf(pattern);
  return order.map((part) => values[part]).join(mark);
}

/**
 * Reads a date typed in the pattern (`25/02/2024`, day and month with or without their leading
 * zero, any of / . - between them) or in ISO (`2024-02-25`), and answers it as ISO; null when the
 * text is neither, or names a day that does not exist (31/02/2024).
 */
export function parseDate(text: string, pattern: DatePattern): string | null {
  const trimmed = text.trim();
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(trimmed);
  if (iso) return isoOf(iso[1]!, iso[2]!, iso[3]!);
  const pieces = trimmed.split(/[./-]/);
  if (pieces.length !== 3 || !pieces.every((piece) => /^\d+$/.test(piece))) return null;
  const { order } = partsOf(pattern);
  const value = (part: Part) => pieces[order.indexOf(part)]!;
  if (value('YYYY').length !== 4 || value('MM').length > 2 || value('DD').length > 2) return null;
  return isoOf(value('YYYY'), value('MM'), value('DD'));
}

function isoOf(year: string, month: string, day: string): string | null {
  const [y, m, d] = [Number(year), Number(month), Number(day)];
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return null;
  return `${year.padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}
