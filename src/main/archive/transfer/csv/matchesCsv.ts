import type { Match, Score } from '../../../../shared/schemas/match';
import { matchResult } from '../../../../shared/derived/result';
import { listCell, pick, type CsvColumn, type CsvTable } from './csvTable';

const scoreColumns = (name: string, score: (match: Match) => Score | undefined): CsvColumn<Match>[] => [
  { header: `${name}Liverpool`, cell: (match) => score(match)?.liverpool },
  { header: `${name}Opponent`, cell: (match) => score(match)?.opponent },
];

/** matches.csv: one row per match, scores from Liverpool's side; goals are in goals.csv. */
export const matchesCsv: CsvTable<Match> = {
  fileName: 'matches.csv',
  rows: (archive, ids) => pick(archive.matches, ids),
  columns: [
    { header: 'id', cell: (match) => match.id },
    { header: 'date', cell: (match) => match.date },
    { header: 'season', cell: (match) => match.season },
    { header: 'kickOff', cell: (match) => match.kickOff },
    { header: 'competition', cell: (match) => match.competition },
    { header: 'stage', cell: (match) => match.stage },
    { header: 'venue', cell: (match) => match.venue },
    { header: 'ground', cell: (match) => match.ground },
    { header: 'officialHome', cell: (match) => match.officialHome },
    { header: 'opponent', cell: (match) => match.opponent },
    { header: 'status', cell: (match) => match.status },
    { header: 'result', cell: (match) => matchResult(match)?.outcome },
    ...scoreColumns('fullTime', (match) => match.fullTime),
    ...scoreColumns('halfTime', (match) => match.halfTime),
    ...scoreColumns('afterExtraTime', (match) => match.afterExtraTime),
    ...scoreColumns('shootout', (match) => match.shootout),
    { header: 'goals', cell: (match) => match.goals.length },
    { header: 'otherLegId', cell: (match) => match.otherLegId },
    { header: 'sourceIds', cell: (match) => listCell(match.sourceIds) },
    { header: 'tags', cell: (match) => listCell(match.tags) },
    { header: 'notes', cell: (match) => match.notes },
    { header: 'createdAt', cell: (match) => match.createdAt },
    { header: 'updatedAt', cell: (match) => match.updatedAt },
  ],
};
