/** Days since 1970-01-01 (UTC) for an ISO date: the timeline's unit of time. */
export function dayOf(isoDate: string): number {
  return Date.UTC(Number(isoDate.slice(0, 4)), Number(isoDate.slice(5, 7)) - 1, Number(isoDate.slice(8, 10))) / 86_400_000;
}

export function isoOf(day: number): string {
  return new Date(Math.round(day) * 86_400_000).toISOString().slice(0, 10);
}

/** The stretch of time on screen: `start` and `span` in days. */
export interface Viewport {
  start: number;
  span: number;
}

/** The narrowest view: a single month. */
export const MONTH_SPAN = 31;

/** Zooming in halves the span, zooming out doubles it. */
export const ZOOM_STEP = 2;

/** Keeps a viewport inside the era and between a month and the whole era. */
export function clampViewport(view: Viewport, era: Viewport): Viewport {
  const span = Math.min(era.span, Math.max(MONTH_SPAN, view.span));
  const start = Math.min(era.start + era.span - span, Math.max(era.start, view.start));
  return { start, span };
}

/** Zooms by `factor` (> 1 zooms in) keeping `anchorDay` at the same place on screen. */
export function zoomAt(view: Viewport, factor: number, anchorDay: number, era: Viewport): Viewport {
  const span = Math.min(era.span, Math.max(MONTH_SPAN, view.span / factor));
  const fraction = (anchorDay - view.start) / view.span;
  return clampViewport({ start: anchorDay - fraction * span, span }, era);
}

/** Moves the view by a number of days, stopping at the era's ends. */
export function panBy(view: Viewport, days: number, era: Viewport): Viewport {
  return clampViewport({ start: view.start + days, span: view.span }, era);
}

/** The view of [from, to], clamped to the era. */
export function viewOfRange(from: number, to: number, era: Viewport): Viewport {
  return clampViewport({ start: from, span: to - from }, era);
}

/** Moves the view just enough to show `day`, with a margin of `margin` of the span. */
export function revealDay(view: Viewport, day: number, era: Viewport, margin = 0.08): Viewport {
  const edge = view.span * margin;
  if (day < view.start + edge) return clampViewport({ start: day - edge, span: view.span }, era);
  if (day > view.start + view.span - edge) return clampViewport({ start: day + edge - view.span, span: view.span }, era);
  return view;
}

export function xOf(day: number, view: Viewport, width: number): number {
  return ((day - view.start) / view.span) * width;
}

export function dayAt(x: number, view: Viewport, width: number): number {
  return view.start + (x / width) * view.span;
}

/** How close the view is, in the words of the toolbar. */
export function scaleName(view: Viewport, era: Viewport): string {
  if (view.span >= era.span - 1) return 'Whole era';
  if (view.span > 400) return `${Math.round(view.span / 365.25)} seasons`;
  if (view.span > 200) return 'Season';
  if (view.span > 45) return `${Math.round(view.span / 30.4)} months`;
  return 'Month';
}
