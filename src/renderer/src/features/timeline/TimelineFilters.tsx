import { useMemo } from 'react';
import { KIND_NAMES } from '../../../../shared/schemas/kinds';
import { TIMELINE_KINDS, type TimelineFilter, type TimelineItem, type TimelineKind } from './timelineItems';

interface TimelineFiltersProps {
  items: readonly TimelineItem[];
  shownCount: number;
  filter: TimelineFilter;
  onChange(filter: TimelineFilter): void;
}

function toggled<T>(set: ReadonlySet<T>, value: T): Set<T> {
  const next = new Set(set);
  if (next.has(value)) next.delete(value);
  else next.add(value);
  return next;
}

/** Which records the timeline shows: kinds, one competition, any of several tags. */
export function TimelineFilters({ items, shownCount, filter, onChange }: TimelineFiltersProps) {
  const { counts, competitions, tags } = useMemo(() => {
    const kindCounts = new Map<TimelineKind, number>();
    const competitionSet = new Set<string>();
    const tagCounts = new Map<string, number>();
    for (const item of items) {
      kindCounts.set(item.kind, (kindCounts.get(item.kind) ?? 0) + 1);
      if (item.competition) competitionSet.add(item.competition);
      for (const tag of item.tags) tagCounts.set(tag, (tagCounts.get(tag) ?? 0) + 1);
    }
    return {
      counts: kindCounts,
      competitions: [...competitionSet].sort(),
      tags: [...tagCounts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])),
    };
  }, [items]);

  return (
    <div className="tl-filters" role="group" aria-label="Timeline filters">
      <fieldset className="tl-filters__group">
        <legend>Show</legend>
        {TIMELINE_KINDS.map((kind) => (
          <label key={kind} className={`inline-check tl-kind tl-kind--${kind}`}>
            <input type="checkbox" checked={filter.kinds.has(kind)} onChange={() => onChange({ ...filter, kinds: toggled(filter.kinds, kind) })} />
            <span className="tl-kind__swatch" aria-hidden="true" />
            {KIND_NAMES[kind].many[0]!.toUpperCase() + KIND_NAMES[kind].many.slice(1)}
            <span className="muted">{counts.get(kind) ?? 0}</span>
          </label>
        ))}
      </fieldset>
      <label className="tl-filters__group tl-filters__competition">
        <span className="tl-filters__legend">Competition</span>
        <select value={filter.competition} onChange={(event) => onChange({ ...filter, competition: event.target.value })}>
          <option value="">All competitions</option>
          {competitions.map((competition) => (
            <option key={competition}>{competition}</option>
          ))}
        </select>
      </label>
      <p className="tl-filters__count muted" aria-live="polite">
        {shownCount === items.length ? `${items.length} records` : `${shownCount} of ${items.length} records`}
      </p>
      {tags.length > 0 ? (
        <fieldset className="tl-filters__group tl-filters__tags">
          <legend>Tags (any of)</legend>
          <div className="tl-tags">
            {tags.map(([tag, count]) => (
              <button
                key={tag}
                type="button"
                className="tl-tag"
                aria-pressed={filter.tags.has(tag)}
                title={`${count} record${count === 1 ? '' : 's'}`}
                onClick={() => onChange({ ...filter, tags: toggled(filter.tags, tag) })}
              >
                {tag}
              </button>
            ))}
            {filter.tags.size > 0 ? (
              <button type="button" className="tl-tag tl-tag--clear" onClick={() => onChange({ ...filter, tags: new Set() })}>
                Clear tags
              </button>
            ) : null}
          </div>
        </fieldset>
      ) : null}
    </div>
  );
}
