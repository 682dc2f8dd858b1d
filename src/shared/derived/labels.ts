import type { RecordKind } from '../schemas/common';
import type { RecordOf } from '../schemas/kinds';
import { seasonOf } from './season';
import { homeSide, type GroundShape } from './homeSide';

/** How a record is named in lists, pickers and error messages. */
export function recordLabel<K extends RecordKind>(kind: K, record: RecordOf<K>): string {
  switch (kind) {
    case 'people':
      return (record as RecordOf<'people'>).name;
    case 'sources':
      return (record as RecordOf<'sources'>).title;
    case 'matches': {
      const match = record as RecordOf<'matches'>;
      return `${match.date} ${matchTitle(match)}`;
    }
    case 'quotes': {
      const text = (record as RecordOf<'quotes'>).text.trim();
      return text.length > 70 ? `“${text.slice(0, 69)}…”` : `“${text}”`;
    }
    case 'trophies': {
      const trophy = record as RecordOf<'trophies'>;
      return `${trophy.competition} ${seasonOf(trophy.dateWon)}`;
    }
    default:
      return (record as RecordOf<'milestones'>).title;
  }
}

/** "Liverpool v Leicester City" at home, "Chelsea v Liverpool" away or when Chelsea were the official home side of a final. */
export function matchTitle(match: GroundShape & { opponent: string }): string {
  return homeSide(match) === 'opponent' ? `${match.opponent} v Liverpool` : `Liverpool v ${match.opponent}`;
}
