import { useCallback, useEffect, useMemo, useState, type KeyboardEvent } from 'react';
import { useArchiveData } from '../../data/ArchiveData';
import { useNavigation } from '../../navigation/Navigation';
import { firstIndexFrom } from './laneLayout';
import { TimelineFilters } from './TimelineFilters';
import { TimelinePlot } from './TimelinePlot';
import { TimelineTable } from './TimelineTable';
import { clampViewport, isoOf, panBy, revealDay, scaleName, ZOOM_STEP, zoomAt, type Viewport } from './timeScale';
import { eraOf, filterItems, TIMELINE_KINDS, timelineItems, type TimelineFilter, type TimelineItem, type TimelineKind } from './timelineItems';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const monthYear = (day: number) => {
  const iso = isoOf(day);
  return `${MONTHS[Number(iso.slice(5, 7)) - 1]} ${iso.slice(0, 4)}`;
};
const dayMonthYear = (day: number) => `${Number(isoOf(day).slice(8, 10))} ${monthYear(day)}`;

/** The era at a glance: every record on one time axis, zoomable from the whole era to a month. */
export function TimelinePage() {
  const { records } = useArchiveData();
  const { openRecord } = useNavigation();
  const { matches, quotes, trophies, milestones, people } = records;
  const items = useMemo(() => timelineItems({ matches, quotes, trophies, milestones, people }), [matches, quotes, trophies, milestones, people]);
  const era = useMemo(() => eraOf(milestones, items), [milestones, items]);
  const [filter, setFilter] = useState<TimelineFilter>(() => ({ kinds: new Set(TIMELINE_KINDS), competition: '', tags: new Set() }));
  const shown = useMemo(() => filterItems(items, filter), [items, filter]);
  const lanes = useMemo(() => {
    const byKind = Object.fromEntries(TIMELINE_KINDS.map((kind) => [kind, [] as TimelineItem[]])) as Record<TimelineKind, TimelineItem[]>;
    for (const item of shown) byKind[item.kind].push(item);
    return byKind;
  }, [shown]);

  const [view, setView] = useState<Viewport>(era);
  useEffect(() => setView((current) => clampViewport(current, era)), [era]);
  const [focus, setFocus] = useState<{ key: string | null; fromKeyboard: boolean }>({ key: null, fromKeyboard: false });
  const focused = focus.key ? shown.find((item) => item.key === focus.key) : undefined;

  const open = useCallback((item: TimelineItem) => openRecord(item.kind, item.id), [openRecord]);
  const focusItem = useCallback((key: string) => setFocus((current) => (current.key === key ? current : { key, fromKeyboard: false })), []);
  const goTo = (item: TimelineItem | undefined) => {
    if (!item) return;
    setFocus({ key: item.key, fromKeyboard: true });
    setView((current) => revealDay(current, item.day, era));
  };
  const centre = focused && focused.day >= view.start && focused.day <= view.start + view.span ? focused.day : view.start + view.span / 2;
  const zoom = (factor: number) => setView((current) => zoomAt(current, factor, centre, era));

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const index = focused ? shown.indexOf(focused) : -1;
    const laneStep = (step: number) => {
      const lane = TIMELINE_KINDS.indexOf(focused?.kind ?? 'matches');
      for (let next = lane + step; next >= 0 && next < TIMELINE_KINDS.length; next += step) {
        const candidates = lanes[TIMELINE_KINDS[next]!];
        if (candidates.length === 0) continue;
        const day = focused?.day ?? centre;
        const at = firstIndexFrom(candidates, day);
        const before = candidates[at - 1];
        const after = candidates[at];
        return !after || (before && day - before.day < after.day - day) ? before : after;
      }
      return undefined;
    };
    const actions: Record<string, () => void> = {
      ArrowRight: () => goTo(index >= 0 ? shown[index + 1] : shown[firstIndexFrom(shown, view.start)]),
      ArrowLeft: () => goTo(index >= 0 ? shown[index - 1] : shown[firstIndexFrom(shown, view.start + view.span) - 1]),
      ArrowUp: () => goTo(laneStep(-1)),
      ArrowDown: () => goTo(laneStep(1)),
      Home: () => goTo(shown[0]),
      End: () => goTo(shown.at(-1)),
      '+': () => zoom(ZOOM_STEP),
      '=': () => zoom(ZOOM_STEP),
      '-': () => zoom(1 / ZOOM_STEP),
      '0': () => setView(era),
      PageUp: () => setView((current) => panBy(current, -current.span / 2, era)),
      PageDown: () => setView((current) => panBy(current, current.span / 2, era)),
    };
    const action = actions[event.key];
    if (!action || event.ctrlKey || event.metaKey || event.altKey) return;
    event.preventDefault();
    action();
  };

  const whole = view.span >= era.span - 1;
  const rangeLabel = view.span < 93 ? `${dayMonthYear(view.start)} – ${dayMonthYear(view.start + view.span)}` : `${monthYear(view.start)} – ${monthYear(view.start + view.span)}`;
  const inView = shown.slice(firstIndexFrom(shown, view.start), firstIndexFrom(shown, view.start + view.span + 1));
  return (
    <section className="timeline-page" aria-labelledby="timeline-title">
      <header className="page-header">
        <h1 id="timeline-title">Timeline</h1>
        <div className="tl-zoom" role="toolbar" aria-label="Zoom">
          <output className="tl-zoom__range" aria-label="Visible range">
            {rangeLabel}
            <span className="muted"> · {scaleName(view, era)}</span>
          </output>
          <button type="button" className="button button--small" aria-label="Earlier" disabled={view.start <= era.start} onClick={() => setView(panBy(view, -view.span / 2, era))}>
            ‹
          </button>
          <button type="button" className="button button--small" aria-label="Later" disabled={view.start + view.span >= era.start + era.span} onClick={() => setView(panBy(view, view.span / 2, era))}>
            ›
          </button>
          <button type="button" className="button button--small" aria-label="Zoom out" disabled={whole} onClick={() => zoom(1 / ZOOM_STEP)}>
            −
          </button>
          <button type="button" className="button button--small" aria-label="Zoom in" disabled={view.span <= 31} onClick={() => zoom(ZOOM_STEP)}>
            +
          </button>
          <button type="button" className="button button--small" disabled={whole} onClick={() => setView(era)}>
            Whole era
          </button>
        </div>
      </header>
      <TimelineFilters items={items} shownCount={shown.length} filter={filter} onChange={setFilter} />
      <TimelinePlot
        lanes={lanes}
        view={view}
        era={era}
        focusKey={focused?.key ?? null}
        moveFocus={focus.fromKeyboard}
        onView={setView}
        onFocusItem={focusItem}
        onShowItem={(key) => goTo(shown.find((item) => item.key === key))}
        onOpen={open}
        onKeyDown={onKeyDown}
      />
      <p className="tl-focused" aria-live="polite">
        {focused ? (
          <>
            <strong>{focused.title}</strong> <span className="muted">· Enter opens it</span>
          </>
        ) : (
          <span className="muted">Click a season to zoom to it, or a record to open it.</span>
        )}
      </p>
      <TimelineTable items={inView} rangeLabel={rangeLabel} onOpen={open} />
      <p id="timeline-keys" className="tl-keys muted">
        Keys: ← → previous and next record, ↑ ↓ other lanes, Home End first and last, Enter opens, + − zoom, 0 whole era, Page Up and Page Down move. Wheel zooms; Shift+wheel moves.
      </p>
    </section>
  );
}
