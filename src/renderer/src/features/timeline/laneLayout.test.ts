import { describe, expect, it } from 'vitest';
import { firstIndexFrom, layoutLane, visibleSlice } from './laneLayout';
import type { TimelineItem } from './timelineItems';

const item = (day: number): TimelineItem => ({ key: `matches:m${day}`, kind: 'matches', id: `m${day}`, day, date: '', label: 'label', title: '', tags: [] });
const options = { rows: 2, width: 1000, markerWidth: 10, gap: 2, labelWidth: () => 50 };

describe('lane layout', () => {
  it('finds the visible slice by binary search', () => {
    const items = [0, 10, 20, 30, 40].map(item);
    expect(firstIndexFrom(items, 15)).toBe(2);
    expect(firstIndexFrom(items, 50)).toBe(5);
    expect(visibleSlice(items, { start: 10, span: 20 }, 0).map((i) => i.day)).toEqual([10, 20, 30]);
  });

  it('stacks close markers in rows, labels those with room, and counts the rest in clusters', () => {
    // 1 px per day: markers 10 px wide.
    const items = [100, 104, 108, 112, 400, 600].map(item);
    const { placed, clusters } = layoutLane(items, { start: 0, span: 1000 }, options);
    expect(placed.map((p) => [p.item.day, p.row, Boolean(p.label)]).sort((a, b) => Number(a[0]) - Number(b[0]))).toEqual([
      [100, 0, false],
      [104, 1, true],
      [112, 0, true],
      [400, 0, true],
      [600, 0, true],
    ]);
    expect(clusters).toEqual([{ x: 119, count: 1, firstKey: 'matches:m108', fromDay: 108, toDay: 108 }]);
    expect(placed.find((p) => p.item.day === 112)?.label).toBe('label');
    expect(placed.length + clusters.reduce((sum, c) => sum + c.count, 0)).toBe(items.length);
  });

  it('always places the focused item and lays out only what is in view', () => {
    const items = [100, 104, 108, 5000].map(item);
    const { placed, clusters } = layoutLane(items, { start: 0, span: 1000 }, { ...options, pinnedKey: 'matches:m108' });
    expect(placed.map((p) => p.item.day).sort((a, b) => a - b)).toEqual([100, 104, 108]);
    expect(clusters).toEqual([]);
  });
});

describe('labels', () => {
  it('spreads close markers over the rows so their labels fit, and falls back to the short label', () => {
    const trophy = (day: number): TimelineItem => ({ ...item(day), key: `trophies:t${day}`, label: 'a long trophy label', shortLabel: '8th' });
    const width = (label: string) => label.length * 6;
    const { placed } = layoutLane([100, 130, 160].map(trophy), { start: 0, span: 1000 }, { ...options, labelWidth: width });
    expect(placed.map((p) => [p.item.day, p.row, p.label]).sort((a, b) => Number(a[0]) - Number(b[0]))).toEqual([
      [100, 0, '8th'],
      [130, 1, 'a long trophy label'],
      [160, 0, 'a long trophy label'],
    ]);
  });
});
