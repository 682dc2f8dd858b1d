import { isoOf, type Viewport } from './timeScale';

export interface Tick {
  day: number;
  label: string;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

function monthStarts(from: number, to: number, everyMonths: number): number[] {
  const first = isoOf(from);
  let year = Number(first.slice(0, 4));
  let month = Number(first.slice(5, 7)) - 1;
  const days: number[] = [];
  for (;;) {
    const day = Date.UTC(year, month, 1) / 86_400_000;
    if (day > to) return days;
    if (day >= from && month % everyMonths === 0) days.push(day);
    month += 1;
    if (month === 12) {
      month = 0;
      year += 1;
    }
  }
}

/**
 * Axis ticks that fit the zoom: years across the era, quarters or months within a season,
 * weeks within a month. `minGap` is the least room in pixels a label needs.
 */
export function axisTicks(view: Viewport, width: number, minGap = 64): Tick[] {
  const pxPerDay = width / view.span;
  const to = view.start + view.span;
  if (pxPerDay * 7 >= minGap) {
    const days: Tick[] = [];
    for (let day = Math.ceil(view.start); day <= to; day += 1) {
      const iso = isoOf(day);
      if (new Date(day * 86_400_000).getUTCDay() === 1) days.push({ day, label: `${Number(iso.slice(8, 10))} ${MONTHS[Number(iso.slice(5, 7)) - 1]}` });
    }
    return days;
  }
  const every = [1, 3, 6, 12].find((months) => pxPerDay * 30.4 * months >= minGap) ?? 12;
  return monthStarts(Math.ceil(view.start), to, every).map((day) => {
    const iso = isoOf(day);
    const month = MONTHS[Number(iso.slice(5, 7)) - 1]!;
    return { day, label: every === 12 ? iso.slice(0, 4) : month === 'Jan' ? `${month} ${iso.slice(0, 4)}` : month };
  });
}
