/**
 * The default build's answer to every Liverpool match the importer's checks flag in the
 * openfootball files, found by the date and opponent the file gives. A date the file has
 * right is imported as it is, with a note; a wrong one is corrected, with a note. Both rest
 * on the public record (source-public-record), which the matches then cite.
 */
import type { OpenfootballDecision } from '../../src/shared/contract/transfer';

export interface DecisionSpec {
  season: string;
  file: string;
  /** The date as the file has it. */
  fileDate: string;
  opponent: string;
  decision: Omit<OpenfootballDecision, 'match'>;
}

const PUBLIC_RECORD = ['source-public-record'];

/** A match played out of its matchday's order: the file is right, and the note says so. */
function rescheduled(season: string, fileDate: string, opponent: string, why = ''): DecisionSpec {
  return {
    season,
    file: 'en.1.json',
    fileDate,
    opponent,
    decision: {
      action: 'import',
      note: `Played on ${fileDate}, out of its matchday’s order in the openfootball file: rescheduled${why}. The date is right (public record).`,
      sourceIds: PUBLIC_RECORD,
    },
  };
}

/** The 2019-20 file dates Matchdays 32 to 38, played after the lockdown in July 2020, a year early. */
function yearEarly(fileDate: string, opponent: string): DecisionSpec {
  const date = `2020${fileDate.slice(4)}`;
  return {
    season: '2019-20',
    file: 'en.1.json',
    fileDate,
    opponent,
    decision: {
      action: 'correct',
      date,
      note: `Date corrected from ${fileDate}: the openfootball file dates the last matchdays of 2019-20, played after the lockdown in July 2020, a year early. Played on ${date} (public record).`,
      sourceIds: PUBLIC_RECORD,
    },
  };
}

export const OPENFOOTBALL_DECISIONS: readonly DecisionSpec[] = [
  rescheduled('2015-16', '2016-04-20', 'Everton'),
  rescheduled('2015-16', '2016-05-11', 'Chelsea'),
  rescheduled('2017-18', '2018-03-31', 'Crystal Palace'),
  rescheduled('2019-20', '2020-01-29', 'West Ham United', ', Liverpool being at the Club World Cup in December'),
  rescheduled('2019-20', '2020-06-24', 'Crystal Palace', ' after the lockdown'),
  yearEarly('2019-07-02', 'Manchester City'),
  yearEarly('2019-07-05', 'Aston Villa'),
  yearEarly('2019-07-08', 'Brighton & Hove Albion'),
  yearEarly('2019-07-11', 'Burnley'),
  yearEarly('2019-07-15', 'Arsenal'),
  yearEarly('2019-07-22', 'Chelsea'),
  yearEarly('2019-07-26', 'Newcastle United'),
  rescheduled('2020-21', '2021-01-17', 'Manchester United'),
  rescheduled('2020-21', '2021-01-21', 'Burnley'),
  rescheduled('2020-21', '2021-03-04', 'Chelsea'),
  rescheduled('2020-21', '2021-03-15', 'Wolverhampton Wanderers'),
  rescheduled('2020-21', '2021-05-13', 'Manchester United', ' after the protests at Old Trafford on 2 May'),
  rescheduled('2021-22', '2022-02-23', 'Leeds United', ' from Boxing Day 2021, when it was postponed (see the postponed fixture of 2021-12-26)'),
  rescheduled('2021-22', '2022-03-16', 'Arsenal'),
  rescheduled('2021-22', '2022-04-19', 'Manchester United'),
  rescheduled('2021-22', '2022-05-10', 'Aston Villa'),
  rescheduled('2022-23', '2023-03-01', 'Wolverhampton Wanderers'),
  rescheduled('2022-23', '2023-04-04', 'Chelsea'),
  rescheduled('2022-23', '2023-05-03', 'Fulham'),
  rescheduled('2023-24', '2024-03-31', 'Brighton & Hove Albion'),
  rescheduled('2023-24', '2024-04-24', 'Everton'),
];
