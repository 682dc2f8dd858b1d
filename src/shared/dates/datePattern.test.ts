import { describe, expect, it } from 'vitest';
import { DatePattern, datePatternOfLocale, formatDate, parseDate } from './datePattern';

describe('datePatternOfLocale', () => {
  it("reads the system's own short-date order and mark", () => {
    expect(datePatternOfLocale('en-GB')).toBe('DD/MM/YYYY');
    expect(datePatternOfLocale('en-US')).toBe('MM/DD/YYYY');
    expect(datePatternOfLocale('de-DE')).toBe('DD.MM.YYYY');
    expect(datePatternOfLocale('sv-SE')).toBe('YYYY-MM-DD');
  });

  it('falls back to ISO for a locale the platform cannot read', () => {
    expect(datePatternOfLocale('not a locale!')).toBe('YYYY-MM-DD');
  });
});

describe('formatDate', () => {
  it('writes an ISO date in the pattern', () => {
    expect(formatDate('2024-02-25', 'DD/MM/YYYY')).toBe('25/02/2024');
    expect(formatDate('2019-05-07', 'MM/DD/YYYY')).toBe('05/07/2019');
    expect(formatDate('2019-05-07', 'DD.MM.YYYY')).toBe('07.05.2019');
    expect(formatDate('2019-05-07', 'YYYY-MM-DD')).toBe('2019-05-07');
  });

  it('shows anything else unchanged', () => {
    expect(formatDate('', 'DD/MM/YYYY')).toBe('');
    expect(formatDate('2019-05', 'DD/MM/YYYY')).toBe('2019-05');
  });
});

describe('parseDate', () => {
  it('reads the pattern, with or without leading zeros and with any mark', () => {
    expect(parseDate('25/02/2024', 'DD/MM/YYYY')).toBe('2024-02-25');
    expect(parseDate('7.5.2019', 'DD/MM/YYYY')).toBe('2019-05-07');
    expect(parseDate('5/7/2019', 'MM/DD/YYYY')).toBe('2019-05-07');
  });

  it('reads ISO whatever the pattern', () => {
    expect(parseDate('2019-05-07', 'DD/MM/YYYY')).toBe('2019-05-07');
    expect(parseDate(' 2019-5-7 ', 'MM/DD/YYYY')).toBe('2019-05-07');
  });

  it('refuses days that do not exist and text that is not a date', () => {
    expect(parseDate('31/02/2024', 'DD/MM/YYYY')).toBeNull();
    expect(parseDate('13/13/2024', 'DD/MM/YYYY')).toBeNull();
    expect(parseDate('25/02/24', 'DD/MM/YYYY')).toBeNull();
    expect(parseDate('yesterday', 'DD/MM/YYYY')).toBeNull();
    expect(parseDate('', 'DD/MM/YYYY')).toBeNull();
  });

  it('reads back what it writes', () => {
    for (const pattern of ['DD/MM/YYYY', 'MM/DD/YYYY', 'DD.MM.YYYY', 'YYYY-MM-DD', 'YYYY/MM/DD']) {
      expect(parseDate(formatDate('2016-01-26', pattern), pattern)).toBe('2016-01-26');
    }
  });
});

describe('DatePattern', () => {
  it('names the rule when a pattern is malformed', () => {
    expect(DatePattern.safeParse('DD/DD/YYYY').success).toBe(false);
    expect(DatePattern.safeParse('DD/MM-YYYY').error?.issues[0]?.message).toMatch(/DD, MM and YYYY/);
  });
});
