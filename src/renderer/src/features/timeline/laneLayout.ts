import type { TimelineItem } from './timelineItems';
import { xOf, type Viewport } from './timeScale';

export interface LaneOptions {
  /** Rows of markers in the lane; what does not fit is counted in a cluster. */
  rows: number;
  /** Pixel width of the visible time span. */
  width: number;
  markerWidth: number;
  /** Pixels kept free between two boxes in a row. */
  gap: number;
  /** Pixels a label needs beside its marker. */
  labelWidth(label: string): number;
  /** The focused item is always placed, even on top of another, so the keyboard never loses it. */
  pinnedKey?: string | null;
}

export interface PlacedItem {
  item: TimelineItem;
  x: number;
  row: number;
  /** The label shown beside the marker: the full one, the short one, or none when there is no room. */
  label: string | null;
}

/** Items too close together to show one by one at this zoom. */
export interface Cluster {
  x: number;
  count: number;
  /** The first record in the cluster, for showing it when the view cannot zoom closer. */
  firstKey: string;
  fromDay: number;
  toDay: number;
}

export interface LaneLayout {
  placed: PlacedItem[];
  clusters: Cluster[];
}

/** Index of the first item on or after `day` in items sorted by day. */
export function firstIndexFrom(items: readonly TimelineItem[], day: number): number {
  let low = 0;
  let high = items.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (items[middle]!.day < day) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** The slice of day-sorted items that falls in the view, found by binary search: only these are laid out. */
export function visibleSlice(items: readonly TimelineItem[], view: Viewport, marginDays: number): readonly TimelineItem[] {
  return items.slice(firstIndexFrom(items, view.start - marginDays), firstIndexFrom(items, view.start + view.span + marginDays + 1));
}

const CLUSTER_WIDTH = 34;

/**
 * Lays out one lane. Markers first: each goes to the first row where the previous label fits
 * too, or else to the row with the most room, so as many records as possible show; what does
 * not fit becomes a cluster. Then each marker gets its label, or its short label, where the
 * row leaves room before the next marker.
 */
export function layoutLane(items: readonly TimelineItem[], view: Viewport, options: LaneOptions): LaneLayout {
  const { rows, width, markerWidth, gap, labelWidth, pinnedKey } = options;
  const half = markerWidth / 2;
  const visible = visibleSlice(items, view, (half / width) * view.span);
  const markerEnds = new Array<number>(rows).fill(Number.NEGATIVE_INFINITY);
  const labelEnds = new Array<number>(rows).fill(Number.NEGATIVE_INFINITY);
  const byRow: PlacedItem[][] = Array.from({ length: rows }, () => []);
  const overflow = new Map<number, Cluster>();

  for (const item of visible) {
    const x = xOf(item.day, view, width);
    const left = x - half;
    let row = labelEnds.findIndex((end) => end + gap <= left);
    if (row < 0) {
      const roomiest = markerEnds.indexOf(Math.min(...markerEnds));
      row = markerEnds[roomiest]! + gap <= left || item.key === pinnedKey ? roomiest : -1;
    }
    if (row >= 0) {
      markerEnds[row] = Math.max(markerEnds[row]!, x + half);
      labelEnds[row] = x + half + labelWidth(item.label);
      byRow[row]!.push({ item, x, row, label: null });
      continue;
    }
    const bucket = Math.floor(x / CLUSTER_WIDTH);
    const cluster = overflow.get(bucket);
    if (cluster) {
      cluster.count += 1;
      cluster.toDay = item.day;
    } else {
      overflow.set(bucket, { x: (bucket + 0.5) * CLUSTER_WIDTH, count: 1, firstKey: item.key, fromDay: item.day, toDay: item.day });
    }
  }

  for (const placed of byRow) {
    placed.forEach((current, i) => {
      const next = placed[i + 1];
      const room = (next ? next.x - half : width) - (current.x + half) - gap;
      const { label, shortLabel } = current.item;
      current.label = room >= labelWidth(label) ? label : shortLabel && room >= labelWidth(shortLabel) ? shortLabel : null;
    });
  }
  return { placed: byRow.flat(), clusters: [...overflow.values()] };
}
