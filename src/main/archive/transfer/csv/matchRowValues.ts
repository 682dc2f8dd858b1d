import type { DateFormat } from '../../../../shared/contract/transfer';
import type { Match } from '../../../../shared/schemas/match';
import { dateCell, listCell, numberCell, textCell, timeCell, withoutAbsent, type FieldReader, type RowValues } from './cellReaders';

const SCORES = ['fullTime', 'halfTime', 'afterExtraTime', 'shootout'] as const;

/** The fields a matches CSV can fill, named as matches.csv names its headers. */
export const MATCH_IMPORT_FIELDS = [
  'id',
  'date',
  'season',
  'kickOff',
  'competition',
  'stage',
  'venue',
  'ground',
  'officialHome',
  'opponent',
  'status',
  ...SCORES.flatMap((score) => [`${score}Liverpool`, `${score}Opponent`]),
  'sourceIds',
  'tags',
  'notes',
] as const;

/**
 * One matches.csv row as match values. Goals and shoot-out kicks are not in the file (they
 * are in goals.csv): a match already in the archive keeps its own. So does a leg of a tie
 * keep its other leg: ties are linked in the app, where both legs change in one save.
 */
export function matchRowValues(read: FieldReader, dateFormat: DateFormat, existing: Match | undefined): RowValues {
  const problems: RowValues['problems'] = [];
  const date = dateCell(read('date'), dateFormat);
  if (date.problem) problems.push({ field: 'date', message: date.problem });
  const values: Record<string, unknown> = {
    date: date.date ?? '',
    season: textCell(read('season'))?.trim(),
    kickOff: timeCell(read('kickOff')),
    competition: textCell(read('competition')) ?? '',
    stage: textCell(read('stage')),
    venue: textCell(read('venue')),
    ground: textCell(read('ground'))?.trim() ?? '',
    officialHome: textCell(read('officialHome'))?.trim(),
    opponent: textCell(read('opponent')) ?? '',
    sourceIds: listCell(read('sourceIds')),
    tags: listCell(read('tags')),
    notes: textCell(read('notes')),
    goals: existing?.goals,
    otherLegId: existing?.otherLegId,
  };
  for (const score of SCORES) {
    const liverpool = numberCell(read(`${score}Liverpool`));
    const opponent = numberCell(read(`${score}Opponent`));
    if (liverpool === undefined && opponent === undefined) continue;
    values[score] = score === 'shootout' ? { liverpool, opponent, complete: existing?.shootout?.complete ?? false, kicks: existing?.shootout?.kicks ?? [] } : { liverpool, opponent };
  }
  values['status'] = textCell(read('status'))?.trim() ?? (values['fullTime'] ? 'played' : 'scheduled');
  return { id: textCell(read('id'))?.trim(), values: withoutAbsent(values), problems };
}
