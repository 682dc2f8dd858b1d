import type { RecordKind } from '../../../../shared/schemas/common';
import type { RecordOf } from '../../../../shared/schemas/kinds';
import { recordLabel } from '../../../../shared/derived/labels';
import { ordinalWord, trophyOrdinals } from '../../../../shared/derived/trophyOrdinal';
import { foldText } from '../../../../shared/search/normalize';

export interface PaletteEntry {
  kind: RecordKind;
  id: string;
  label: string;
  detail: string;
}

type Findable = 'matches' | 'people' | 'trophies';
type Records = { [K in Findable]: readonly RecordOf<K>[] };

const PER_KIND = 5;

/**
 * Matches, people and trophies whose names hold every typed word (accents and case aside).
 * Quotes come from main's search index instead: there can be a hundred thousand of them.
 */
export function findRecords(records: Records, query: string): PaletteEntry[] {
  const words = foldText(query).split(/\s+/).filter(Boolean);
  if (words.length === 0) return [];
  const hits = (text: string) => {
    const folded = foldText(text);
    return words.every((word) => folded.includes(word));
  };
  const ordinals = trophyOrdinals(records.trophies);
  const matches = [...records.matches]
    .sort((a, b) => b.date.localeCompare(a.date))
    .filter((match) => hits(`${recordLabel('matches', match)} ${match.competition} ${match.stage ?? ''}`))
    .map((match) => ({ kind: 'matches' as const, id: match.id, label: recordLabel('matches', match), detail: match.competition }));
  const people = records.people
    .filter((person) => hits([person.name, ...person.aliases].join(' ')))
    .map((person) => ({ kind: 'people' as const, id: person.id, label: person.name, detail: person.role }));
  const trophies = records.trophies
    .filter((trophy) => hits(`${recordLabel('trophies', trophy)} ${ordinalWord(ordinals.get(trophy.id) ?? 0)}`))
    .map((trophy) => ({ kind: 'trophies' as const, id: trophy.id, label: recordLabel('trophies', trophy), detail: `${ordinalWord(ordinals.get(trophy.id) ?? 0)} trophy` }));
  return [...people.slice(0, PER_KIND), ...matches.slice(0, PER_KIND), ...trophies.slice(0, PER_KIND)];
}
