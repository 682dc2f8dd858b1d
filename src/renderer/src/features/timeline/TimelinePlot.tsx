import { useEffect, useMemo, useRef, type KeyboardEvent } from 'react';
import { KIND_NAMES } from '../../../../shared/schemas/kinds';
import { useElementWidth } from '../../components/useElementWidth';
import { axisTicks } from './axisTicks';
import { seasonBands } from './seasonBands';
import { layoutLane, type Cluster, type PlacedItem } from './laneLayout';
import { dayAt, isoOf, MONTH_SPAN, panBy, viewOfRange, xOf, zoomAt, type Viewport } from './timeScale';
import { TIMELINE_KINDS, type TimelineItem, type TimelineKind } from './timelineItems';

const ROW_HEIGHT = 24;
const CLUSTER_ROW = 20;
const LANE_PADDING = 6;
const MARKER = 14;
const GAP = 4;
const LANE_ROWS: Record<TimelineKind, number> = { milestones: 2, trophies: 2, matches: 3, quotes: 3 };
/** Roughly the width of a 12px label: enough to decide whether it fits. */
const labelWidth = (label: string) => Math.min(240, label.length * 7.1 + 8);

const laneHeight = (kind: TimelineKind) => LANE_ROWS[kind] * ROW_HEIGHT + CLUSTER_ROW + LANE_PADDING * 2;
const LANE_TOPS = TIMELINE_KINDS.reduce<Record<string, number>>((tops, kind, i) => {
  tops[kind] = i === 0 ? 0 : tops[TIMELINE_KINDS[i - 1]!]! + laneHeight(TIMELINE_KINDS[i - 1]!);
  return tops;
}, {});
const LANES_HEIGHT = TIMELINE_KINDS.reduce((sum, kind) => sum + laneHeight(kind), 0);

interface TimelinePlotProps {
  lanes: Record<TimelineKind, readonly TimelineItem[]>;
  view: Viewport;
  era: Viewport;
  focusKey: string | null;
  /** Whether the focus should follow focusKey into the page (after a key press, not a re-render). */
  moveFocus: boolean;
  onView(view: Viewport): void;
  onFocusItem(key: string): void;
  /** Puts the keyboard on a record, for a cluster the view cannot zoom into any closer. */
  onShowItem(key: string): void;
  onOpen(item: TimelineItem): void;
  onKeyDown(event: KeyboardEvent<HTMLDivElement>): void;
}

/** The era on one axis: season bands, ticks, and a lane per kind; only what is in view is laid out and drawn. */
export function TimelinePlot({ lanes, view, era, focusKey, moveFocus, onView, onFocusItem, onShowItem, onOpen, onKeyDown }: TimelinePlotProps) {
  const plotRef = useRef<HTMLDivElement>(null);
  const width = useElementWidth(plotRef);
  const viewRef = useRef(view);
  viewRef.current = view;

  const layouts = useMemo(() => {
    if (width === 0) return null;
    return TIMELINE_KINDS.map((kind) => ({
      kind,
      ...layoutLane(lanes[kind], view, { rows: LANE_ROWS[kind], width, markerWidth: MARKER, gap: GAP, labelWidth, pinnedKey: focusKey }),
    }));
  }, [lanes, view, width, focusKey]);
  const ticks = useMemo(() => (width ? axisTicks(view, width) : []), [view, width]);

  // Wheel zooms around the pointer; sideways (or with Shift) it moves along the era.
  // A native listener, because React's wheel listener is passive and cannot stop the page scrolling.
  useEffect(() => {
    const plot = plotRef.current;
    if (!plot) return;
    const onWheel = (event: WheelEvent) => {
      event.preventDefault();
      const current = viewRef.current;
      const box = plot.getBoundingClientRect();
      const sideways = event.shiftKey || Math.abs(event.deltaX) > Math.abs(event.deltaY);
      if (sideways) {
        const delta = event.shiftKey && event.deltaX === 0 ? event.deltaY : event.deltaX;
        onView(panBy(current, (delta / box.width) * current.span, era));
      } else {
        onView(zoomAt(current, 2 ** (-event.deltaY / 300), dayAt(event.clientX - box.left, current, box.width), era));
      }
    };
    plot.addEventListener('wheel', onWheel, { passive: false });
    return () => plot.removeEventListener('wheel', onWheel);
  }, [era, onView]);

  useEffect(() => {
    if (!moveFocus || !focusKey) return;
    plotRef.current?.querySelector<HTMLElement>(`[data-key="${CSS.escape(focusKey)}"]`)?.focus({ preventScroll: true });
  }, [focusKey, moveFocus, layouts]);

  const bands = useMemo(() => seasonBands(lanes.matches), [lanes.matches]);
  const bandsInView = bands.filter((band) => band.end > view.start && band.start < view.start + view.span);

  return (
    <div className="tl-frame">
      <div className="tl-lane-names" aria-hidden="true">
        {TIMELINE_KINDS.map((kind) => (
          <div key={kind} className="tl-lane-name" style={{ top: LANE_TOPS[kind]! + 46, height: laneHeight(kind) }}>
            {KIND_NAMES[kind].many[0]!.toUpperCase() + KIND_NAMES[kind].many.slice(1)}
          </div>
        ))}
      </div>
      <div
        ref={plotRef}
        className="tl-plot"
        role="group"
        aria-label="Timeline"
        aria-describedby="timeline-keys"
        tabIndex={focusKey ? -1 : 0}
        style={{ height: LANES_HEIGHT + 46 }}
        onKeyDown={onKeyDown}
      >
        {width > 0 &&
          bandsInView.map((band) => {
            const left = Math.max(0, xOf(band.start, view, width));
            const right = Math.min(width, xOf(band.end, view, width));
            return (
              <div key={band.season} className="tl-season" style={{ left, width: right - left }}>
                <button
                  type="button"
                  className="tl-season__name"
                  tabIndex={-1}
                  aria-label={`Zoom to season ${band.season}`}
                  onClick={() => onView(viewOfRange(band.start, band.end, era))}
                >
                  {band.season}
                </button>
              </div>
            );
          })}
        <div className="tl-axis" aria-hidden="true">
          {ticks.map((tick) => (
            <span key={tick.day} className="tl-tick" style={{ left: xOf(tick.day, view, width) }}>
              {tick.label}
            </span>
          ))}
        </div>
        {layouts?.map(({ kind, placed, clusters }) => (
          <div key={kind} className={`tl-lane tl-lane--${kind}`} style={{ top: LANE_TOPS[kind]! + 46, height: laneHeight(kind) }}>
            {placed.map((entry) => (
              <Marker key={entry.item.key} entry={entry} focused={entry.item.key === focusKey} onFocus={onFocusItem} onOpen={onOpen} />
            ))}
            {clusters.map((cluster) => (
              <ClusterChip
                key={cluster.x}
                kind={kind}
                cluster={cluster}
                closest={view.span <= MONTH_SPAN}
                top={LANE_PADDING + LANE_ROWS[kind] * ROW_HEIGHT}
                onClick={() =>
                  view.span <= MONTH_SPAN ? onShowItem(cluster.firstKey) : onView(viewOfRange(cluster.fromDay - view.span / 40, cluster.toDay + view.span / 40, era))
                }
              />
            ))}
          </div>
        ))}
      </div>
    </div>
  );
}

function Marker({ entry, focused, onFocus, onOpen }: { entry: PlacedItem; focused: boolean; onFocus(key: string): void; onOpen(item: TimelineItem): void }) {
  const { item, x, row, label } = entry;
  const classes = ['tl-item', `tl-item--${item.kind}`, item.outcome ? `tl-item--${item.outcome}` : '', item.emphasis ? 'tl-item--emphasis' : '', focused ? 'tl-item--focused' : ''];
  return (
    <button
      type="button"
      data-key={item.key}
      className={classes.filter(Boolean).join(' ')}
      style={{ left: x - MARKER / 2, top: LANE_PADDING + row * ROW_HEIGHT, maxWidth: label ? MARKER + 4 + labelWidth(label) : MARKER }}
      tabIndex={focused ? 0 : -1}
      aria-label={accessibleName(item.title, label)}
      title={item.title}
      onFocus={() => onFocus(item.key)}
      onClick={() => onOpen(item)}
    >
      <span className="tl-item__mark" aria-hidden="true" />
      {label ? <span className="tl-item__label">{label}</span> : null}
    </button>
  );
}

/** The full title, led by the label beside the marker when the title does not say it: what is seen is what a voice user says. */
function accessibleName(title: string, label: string | null): string {
  return !label || title.includes(label) ? title : `${label} · ${title}`;
}

function ClusterChip({ kind, cluster, closest, top, onClick }: { kind: TimelineKind; cluster: Cluster; closest: boolean; top: number; onClick(): void }) {
  const what = cluster.count === 1 ? KIND_NAMES[kind].one : KIND_NAMES[kind].many;
  const action = closest ? 'show the first, then use the arrow keys' : 'zoom in';
  return (
    <button
      type="button"
      className={`tl-cluster${closest ? ' tl-cluster--closest' : ''}`}
      tabIndex={-1}
      style={{ left: cluster.x - 15, top }}
      aria-label={`${cluster.count} more ${what}, ${isoOf(cluster.fromDay)} to ${isoOf(cluster.toDay)}: ${action}`}
      title={`${cluster.count} more ${what}, ${isoOf(cluster.fromDay)} to ${isoOf(cluster.toDay)}: click to ${action}`}
      onClick={onClick}
    >
      +{cluster.count}
    </button>
  );
}
