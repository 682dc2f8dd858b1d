import type { RecordKind } from '../../../../shared/schemas/common';
import type { Match } from '../../../../shared/schemas/match';
import type { Milestone } from '../../../../shared/schemas/milestone';
import type { Person } from '../../../../shared/schemas/person';
import type { Quote } from '../../../../shared/schemas/quote';
import type { Trophy } from '../../../../shared/schemas/trophy';
import { formatResult, matchResult, type Outcome } from '../../../../shared/derived/result';
import { matchTitle } from '../../../../shared/derived/labels';
import { ordinalWord, trophyOrdinals } from '../../../../shared/derived/trophyOrdinal';
import { dayOf, type Viewport } from './timeScale';

/** The kinds of record the timeline shows, one lane each, top to bottom. */
export const TIMELINE_KINDS = ['milestones', 'trophies', 'matches', 'quotes'] as const satisfies readonly RecordKind[];
export type TimelineKind = (typeof TIMELINE_KINDS)[number];

export interface TimelineItem {
  /** Unique on the timeline: kind and id. */
  key: string;
  kind: TimelineKind;
  id: string;
  /** Where the item sits: its date, or for a quote the date of the match it is about. */
  day: number;
  date: string;
  /** Short text beside the marker. */
  label: string;
  /** A shorter one still, for when the label does not fit ("8th"). */
  shortLabel?: string;
  /** Everything a reader needs to know which record this is. */
  title: string;
  tags: readonly string[];
  /** The competition of the match, trophy or quoted match; none for milestones. */
  competition?: string;
  /** The competition's season of a match, which may run past June (2019-20). */
  season?: string;
  /** Finals and trophy deciders stand out. */
  emphasis?: 'final' | 'decider';
  outcome?: Outcome;
}

export interface TimelineRecords {
  matches: readonly Match[];
  quotes: readonly Quote[];
  trophies: readonly Trophy[];
  milestones: readonly Milestone[];
  people: readonly Person[];
}

const isFinal = (match: Match) => /\bfinal\b/i.test(match.stage ?? '') && !/\b(semi|quarter)/i.test(match.stage ?? '');

function shorten(text: string, length: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > length ? `${flat.slice(0, length - 1)}…` : flat;
}

/** Every record of the era as one timeline item, in time order (lane order on the same day). */
export function timelineItems(records: TimelineRecords): TimelineItem[] {
  const matches = new Map(records.matches.map((match) => [match.id, match]));
  const people = new Map(records.people.map((person) => [person.id, person]));
  const deciders = new Set(records.trophies.flatMap((trophy) => (trophy.decidingMatchId ? [trophy.decidingMatchId] : [])));
  const ordinals = trophyOrdinals(records.trophies);
  const items: TimelineItem[] = [];

  for (const milestone of records.milestones) {
    items.push({ key: `milestones:${milestone.id}`, kind: 'milestones', id: milestone.id, day: dayOf(milestone.date), date: milestone.date, label: milestone.title, title: `${milestone.date} · ${milestone.title}`, tags: milestone.tags });
  }
  for (const trophy of records.trophies) {
    const ordinal = ordinalWord(ordinals.get(trophy.id) ?? 0);
    items.push({
      key: `trophies:${trophy.id}`,
      kind: 'trophies',
      id: trophy.id,
      day: dayOf(trophy.dateWon),
      date: trophy.dateWon,
      label: `${ordinal} · ${trophy.competition}`,
      shortLabel: ordinal,
      title: `${trophy.dateWon} · ${ordinal} trophy: ${trophy.competition}`,
      tags: trophy.tags,
      competition: trophy.competition,
    });
  }
  for (const match of records.matches) {
    const result = matchResult(match);
    const final = isFinal(match);
    const stage = match.stage ? ` ${match.stage}` : '';
    const emphasis = deciders.has(match.id) ? 'decider' : final ? 'final' : undefined;
    items.push({
      key: `matches:${match.id}`,
      kind: 'matches',
      id: match.id,
      day: dayOf(match.date),
      date: match.date,
      label: final ? `${match.competition} Final` : `v ${match.opponent}`,
      title: `${match.date} · ${matchTitle(match)} · ${match.competition}${stage} · ${result ? formatResult(result) : match.status}${emphasis === 'decider' ? ' · won a trophy' : ''}`,
      tags: match.tags,
      competition: match.competition,
      season: match.season,
      ...(emphasis ? { emphasis } : {}),
      ...(result ? { outcome: result.outcome } : {}),
    });
  }
  for (const quote of records.quotes) {
    const match = quote.matchId ? matches.get(quote.matchId) : undefined;
    const speaker = people.get(quote.speakerId)?.name ?? quote.speakerId;
    const date = match?.date ?? quote.date;
    items.push({
      key: `quotes:${quote.id}`,
      kind: 'quotes',
      id: quote.id,
      day: dayOf(date),
      date,
      label: `${speaker.split(' ').at(-1)}: “${shorten(quote.text, 28)}”`,
      title: `${quote.date} · ${speaker}: “${shorten(quote.text, 120)}”${match ? ` · about ${matchTitle(match)}` : ''}`,
      tags: quote.tags,
      ...(match ? { competition: match.competition } : {}),
    });
  }
  const lane = (item: TimelineItem) => TIMELINE_KINDS.indexOf(item.kind);
  return items.sort((a, b) => a.day - b.day || lane(a) - lane(b) || a.key.localeCompare(b.key));
}

/** From the appointment milestone to the last-match milestone; the whole record span if either is missing. */
export function eraOf(milestones: readonly Milestone[], items: readonly TimelineItem[]): Viewport {
  const appointed = milestones.find((milestone) => milestone.kind === 'appointment');
  const last = milestones.find((milestone) => milestone.kind === 'last match');
  const start = appointed ? dayOf(appointed.date) : (items[0]?.day ?? dayOf('2015-10-08'));
  const end = last ? dayOf(last.date) : (items.at(-1)?.day ?? dayOf('2024-05-19'));
  // A little room either side, so the first and last markers and labels are not cut by the edges.
  const margin = Math.round((end - start) * 0.03);
  return { start: start - margin, span: end - start + 2 * margin };
}

export interface TimelineFilter {
  kinds: ReadonlySet<TimelineKind>;
  /** Empty: every competition. */
  competition: string;
  /** An item shows when it carries any of these tags; empty: every item. */
  tags: ReadonlySet<string>;
}

export function filterItems(items: readonly TimelineItem[], filter: TimelineFilter): TimelineItem[] {
  return items.filter(
    (item) =>
      filter.kinds.has(item.kind) &&
      (!filter.competition || item.competition === filter.competition) &&
      (filter.tags.size === 0 || item.tags.some((tag) => filter.tags.has(tag))),
  );
}
