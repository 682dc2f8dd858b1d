import type { RecordOf } from '../../../shared/schemas/kinds';
import { recordLabel } from '../../../shared/derived/labels';
import { foldText } from '../../../shared/search/normalize';

/** The kinds a form picks from: people (speaker, scorer...), sources and matches. */
export type PickedKind = 'people' | 'sources' | 'matches';

export interface PickerEntry {
  id: string;
  label: string;
  /** A second line: a person's role and club, a source's publisher, a match's competition. */
  detail: string;
  /** Every name the record is found by, folded once: label, aliases, detail. */
  folded: string;
  /** Word starts in `folded`, for ranking "gom" (Gomez) above "lgom". */
  words: string[];
}

function detailOf(kind: PickedKind, record: RecordOf<PickedKind>): { detail: string; names: string[] } {
  if (kind === 'people') {
    const person = record as RecordOf<'people'>;
    return { detail: [person.role, person.club].filter(Boolean).join(', '), names: person.aliases };
  }
  if (kind === 'sources') {
    const source = record as RecordOf<'sources'>;
    return { detail: [source.kind, source.publisher, source.date].filter(Boolean).join(', '), names: [source.author ?? ''] };
  }
  const match = record as RecordOf<'matches'>;
  return { detail: [match.competition, match.stage].filter(Boolean).join(' · '), names: [match.venue ?? ''] };
}

const prepared = new WeakMap<readonly object[], PickerEntry[]>();

/**
 * The records of a kind, folded for type-ahead once per version of the list (every picker on
 * screen shares it), in the order an editor looks: names A-Z, matches and sources newest first.
 */
export function pickerEntries<K extends PickedKind>(kind: K, records: readonly RecordOf<K>[]): PickerEntry[] {
  const cached = prepared.get(records);
  if (cached) return cached;
  const entries = records.map((record) => {
    const label = recordLabel(kind, record);
    const { detail, names } = detailOf(kind, record);
    const folded = foldText([label, ...names, detail].join(' \u0001 '));
    return { id: record.id, label, detail, folded, words: folded.split(/[^\p{L}\p{N}]+/u).filter(Boolean) };
  });
  const dated = kind === 'people' ? undefined : new Map(records.map((record) => [record.id, (record as { date?: string }).date ?? '']));
  entries.sort((a, b) => (dated ? (dated.get(b.id) ?? '').localeCompare(dated.get(a.id) ?? '') : 0) || a.label.localeCompare(b.label));
  prepared.set(records, entries);
  return entries;
}

/** How well an entry answers the typed words: 0 is best; -1 means it does not. */
function rank(entry: PickerEntry, needles: readonly string[], whole: string): number {
  let score = 0;
  for (const needle of needles) {
    if (!entry.folded.includes(needle)) return -1;
    if (!entry.words.some((word) => word.startsWith(needle))) score += 2;
  }
  return foldText(entry.label).startsWith(whole) ? score : score + 1;
}

export interface Found {
  entries: PickerEntry[];
  /** How many matched in all, when more than the ones shown. */
  total: number;
}

/**
 * The entries that contain every typed word (case and accents aside: Konate finds Konaté, and
 * any other spelling counts), best first, at most `limit` of them: a list of 5,000 people is
 * filtered, never rendered whole.
 */
export function findEntries(entries: readonly PickerEntry[], query: string, limit = 50): Found {
  const whole = foldText(query.trim());
  const needles = whole.split(/\s+/).filter(Boolean);
  if (needles.length === 0) return { entries: entries.slice(0, limit), total: entries.length };
  const ranked: Array<{ entry: PickerEntry; score: number; at: number }> = [];
  entries.forEach((entry, at) => {
    const score = rank(entry, needles, whole);
    if (score >= 0) ranked.push({ entry, score, at });
  });
  ranked.sort((a, b) => a.score - b.score || a.at - b.at);
  return { entries: ranked.slice(0, limit).map((hit) => hit.entry), total: ranked.length };
}
