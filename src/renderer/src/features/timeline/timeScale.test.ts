import { describe, expect, it } from 'vitest';
import { clampViewport, dayAt, dayOf, isoOf, MONTH_SPAN, panBy, revealDay, scaleName, xOf, zoomAt, type Viewport } from './timeScale';

const era: Viewport = { start: dayOf('2015-10-08'), span: dayOf('2024-05-19') - dayOf('2015-10-08') };

describe('time scale', () => {
  it('turns dates into days and back', () => {
    expect(dayOf('1970-01-02')).toBe(1);
    expect(isoOf(dayOf('2024-02-29'))).toBe('2024-02-29');
    expect(dayOf('2016-03-01') - dayOf('2016-02-28')).toBe(2);
  });

  it('zooms from the whole era to a single month and back, keeping the anchor in place', () => {
    const anchor = dayOf('2019-06-01');
    let view = era;
    const steps: number[] = [];
    while (view.span > MONTH_SPAN) {
      const next = zoomAt(view, 2, anchor, era);
      expect(xOf(anchor, next, 1000)).toBeCloseTo(xOf(anchor, view, 1000), 6);
      view = next;
      steps.push(view.span);
    }
    expect(view.span).toBe(MONTH_SPAN);
    expect(scaleName(view, era)).toBe('Month');
    expect(zoomAt(view, 2, anchor, era).span).toBe(MONTH_SPAN);
    for (let i = 0; i < steps.length; i++) view = zoomAt(view, 0.5, anchor, era);
    expect(view).toEqual(era);
    expect(scaleName(view, era)).toBe('Whole era');
  });

  it('never leaves the era when zooming near its ends or panning', () => {
    const early = zoomAt(era, 8, era.start + 5, era);
    expect(early.start).toBeGreaterThanOrEqual(era.start);
    expect(panBy(early, -10_000, era).start).toBe(era.start);
    const late = panBy(early, 10_000, era);
    expect(late.start + late.span).toBeCloseTo(era.start + era.span, 6);
    expect(clampViewport({ start: 0, span: 1 }, era)).toEqual({ start: era.start, span: MONTH_SPAN });
  });

  it('maps pixels to days and reveals a day off screen', () => {
    const view = { start: 100, span: 50 };
    expect(dayAt(xOf(120, view, 800), view, 800)).toBeCloseTo(120, 9);
    const wide = { start: 0, span: 10_000 };
    expect(revealDay(view, 125, wide)).toBe(view);
    const moved = revealDay(view, 400, wide);
    expect(moved.span).toBe(50);
    expect(400).toBeLessThan(moved.start + moved.span);
    expect(400).toBeGreaterThan(moved.start);
  });
});
