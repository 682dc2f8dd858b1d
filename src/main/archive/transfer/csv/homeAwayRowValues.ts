import type { DateFormat } from '../../../../shared/contract/transfer';
import type { Match } from '../../../../shared/schemas/match';
import { canonicalClub, clubIdentity } from '../clubAliases';
import { dateCell, numberCell, textCell, timeCell, withoutAbsent, type FieldReader, type RowValues } from './cellReaders';

/**
 * The fields of a results sheet that lists home and away sides (football-data's
 * Date,HomeTeam,AwayTeam,FTHG,FTAG,HTHG,HTAG), each with the headers it is read from unless
 * the user maps another.
 */
export const HOME_AWAY_FIELDS = {
  date: ['Date'],
  time: ['Time', 'KickOff', 'Kick-off'],
  homeTeam: ['HomeTeam', 'Home Team', 'Home'],
  awayTeam: ['AwayTeam', 'Away Team', 'Away'],
  homeGoals: ['FTHG', 'HG', 'HomeGoals'],
  awayGoals: ['FTAG', 'AG', 'AwayGoals'],
  homeHalfTimeGoals: ['HTHG'],
  awayHalfTimeGoals: ['HTAG'],
  competition: ['Competition', 'Div', 'League'],
  stage: ['Stage', 'Round'],
  venue: ['Venue'],
} as const satisfies Record<string, readonly string[]>;

/** football-data's division codes for the English competitions of the era. */
const DIVISIONS: Record<string, string> = { E0: 'Premier League', E1: 'Championship', EC: 'National League' };

export interface HomeAwayRow extends RowValues {
  /** false when neither side is the chosen club: the row is someone else's match. */
  ours: boolean;
  date?: string;
}

const pair = (home: unknown, away: unknown, ours: 'home' | 'away') =>
  home === undefined && away === undefined ? undefined : ours === 'home' ? { liverpool: home, opponent: away } : { liverpool: away, opponent: home };

/**
 * One row of a home/away sheet as match values from the chosen club's side: the other side
 * is the opponent (by the archive's name for it) and the goals swap when the club was away.
 * A match the archive already has on that date is the same match, whatever the sheet calls
 * the opponent: it keeps what the sheet does not give (stage, goals, sources, the opponent's name).
 */
export function homeAwayRowValues(read: FieldReader, dateFormat: DateFormat, team: string, competition: string | undefined, existingOn: (date: string) => Match | undefined): HomeAwayRow {
  const home = textCell(read('homeTeam'))?.trim() ?? '';
  const away = textCell(read('awayTeam'))?.trim() ?? '';
  const club = clubIdentity(team);
  const ours = clubIdentity(home) === club ? 'home' : clubIdentity(away) === club ? 'away' : undefined;
  if (!ours) return { ours: false, values: {}, problems: [] };
  const problems: RowValues['problems'] = [];
  const date = dateCell(read('date'), dateFormat);
  if (date.problem) problems.push({ field: 'date', message: date.problem });
  if (!date.date && !date.problem) problems.push({ field: 'date', message: 'a match needs its date' });
  const existing = date.date ? existingOn(date.date) : undefined;
  const fullTime = pair(numberCell(read('homeGoals')), numberCell(read('awayGoals')), ours);
  const halfTime = pair(numberCell(read('homeHalfTimeGoals')), numberCell(read('awayHalfTimeGoals')), ours);
  const kickOff = timeCell(read('time'));
  const division = textCell(read('competition'))?.trim();
  const sheet = {
    date: date.date ?? '',
    // A final stays at its neutral ground; the sheet's home side is its official one.
    ...(existing?.ground === 'neutral' ? { officialHome: ours === 'home' ? 'liverpool' : 'opponent' } : { ground: ours }),
    ...(kickOff ? { kickOff } : {}),
    ...(fullTime ? { fullTime, status: 'played' } : {}),
    ...(halfTime ? { halfTime } : {}),
  };
  if (existing) {
    const { id, createdAt: _created, updatedAt: _updated, ...kept } = existing;
    return { ours: true, id, date: date.date, values: { ...kept, ...sheet }, problems };
  }
  const named = (division ? (DIVISIONS[division] ?? division) : competition) ?? '';
  if (!named) problems.push({ field: 'competition', message: 'the sheet names no competition: choose the one its matches were played in' });
  const values = withoutAbsent({
    status: fullTime ? 'played' : 'scheduled',
    ...sheet,
    competition: named,
    stage: textCell(read('stage')),
    venue: textCell(read('venue')),
    opponent: canonicalClub(ours === 'home' ? away : home),
    goals: [],
  });
  return { ours: true, date: date.date, values, problems };
}
