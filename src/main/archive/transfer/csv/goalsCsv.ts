import type { Goal, Match } from '../../../../shared/schemas/match';
import { formatMinute } from '../../../../shared/derived/goals';
import { flagCell, pick, type CsvTable } from './csvTable';

export interface GoalRow {
  match: Match;
  goal: Goal;
  scorer: string;
}

/** goals.csv: one row per goal, with its match's id, date and opponent. */
export const goalsCsv: CsvTable<GoalRow> = {
  fileName: 'goals.csv',
  rows: (archive, matchIds) => {
    const names = new Map(archive.people.map((person) => [person.id, person.name]));
    return pick(archive.matches, matchIds).flatMap((match) =>
      match.goals.map((goal) => ({ match, goal, scorer: goal.scorerId ? (names.get(goal.scorerId) ?? '') : '' })),
    );
  },
  columns: [
    { header: 'matchId', cell: ({ match }) => match.id },
    { header: 'date', cell: ({ match }) => match.date },
    { header: 'opponent', cell: ({ match }) => match.opponent },
    { header: 'minute', cell: ({ goal }) => goal.minute },
    { header: 'addedTime', cell: ({ goal }) => goal.addedTime },
    { header: 'time', cell: ({ goal }) => formatMinute(goal) },
    { header: 'team', cell: ({ goal }) => goal.team },
    { header: 'scorerId', cell: ({ goal }) => goal.scorerId },
    { header: 'scorer', cell: ({ scorer }) => scorer },
    { header: 'penalty', cell: ({ goal }) => flagCell(goal.penalty) },
    { header: 'ownGoal', cell: ({ goal }) => flagCell(goal.ownGoal) },
    { header: 'header', cell: ({ goal }) => flagCell(goal.header) },
  ],
};
