import type { DateFormat } from '../../../../shared/contract/transfer';
import type { Person } from '../../../../shared/schemas/person';
import { foldForMatching } from '../teamNames';
import { dateCell, listCell, textCell, withoutAbsent, type FieldReader, type RowValues } from './cellReaders';

/** The fields a quotes CSV can fill, named as quotes.csv names its headers. */
export const QUOTE_IMPORT_FIELDS = ['id', 'date', 'speakerId', 'speaker', 'text', 'matchId', 'setting', 'interviewerId', 'outlet', 'status', 'sourceIds', 'tags', 'notes'] as const;

/** People by every spelling of their name, folded ("jurgen klopp" finds Jürgen Klopp). */
export function speakerFinder(people: readonly Person[]): (name: string) => string[] {
  const byName = new Map<string, Set<string>>();
  for (const person of people) {
    for (const name of [person.name, ...person.aliases]) {
      const key = foldForMatching(name);
      byName.set(key, (byName.get(key) ?? new Set()).add(person.id));
    }
  }
  return (name) => [...(byName.get(foldForMatching(name)) ?? [])];
}

/** One quotes.csv row as quote values: the speaker by id, or by a name the archive knows. */
export function quoteRowValues(read: FieldReader, dateFormat: DateFormat, findSpeaker: (name: string) => string[]): RowValues {
  const problems: RowValues['problems'] = [];
  const date = dateCell(read('date'), dateFormat);
  if (date.problem) problems.push({ field: 'date', message: date.problem });
  let speakerId = textCell(read('speakerId'))?.trim();
  const speaker = textCell(read('speaker'))?.trim();
  if (!speakerId && speaker) {
    const found = findSpeaker(speaker);
    if (found.length === 1) speakerId = found[0];
    else problems.push({ field: 'speaker', message: found.length === 0 ? `no person called "${speaker}" in the archive` : `"${speaker}" names ${found.length} people: give speakerId` });
  }
  const setting: Record<string, unknown> = { kind: textCell(read('setting'))?.trim() ?? 'other' };
  const interviewerId = textCell(read('interviewerId'))?.trim();
  const outlet = textCell(read('outlet'));
  if (interviewerId) setting['interviewerId'] = interviewerId;
  if (outlet) setting['outlet'] = outlet;
  const values: Record<string, unknown> = {
    // The exact words: never trimmed.
    text: textCell(read('text')) ?? '',
    speakerId: speakerId ?? '',
    date: date.date ?? '',
    setting,
    matchId: textCell(read('matchId'))?.trim(),
    status: textCell(read('status'))?.trim(),
    sourceIds: listCell(read('sourceIds')),
    tags: listCell(read('tags')),
    notes: textCell(read('notes')),
  };
  return { id: textCell(read('id'))?.trim(), values: withoutAbsent(values), problems };
}
