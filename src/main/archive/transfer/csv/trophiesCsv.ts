import type { Trophy } from '../../../../shared/schemas/trophy';
import { seasonOf } from '../../../../shared/derived/season';
import { trophyOrdinals } from '../../../../shared/derived/trophyOrdinal';
import { listCell, pick, type CsvTable } from './csvTable';

export interface TrophyRow {
  trophy: Trophy;
  ordinal: number | undefined;
}

/** trophies.csv: one row per trophy, with its season and its place in the era. */
export const trophiesCsv: CsvTable<TrophyRow> = {
  fileName: 'trophies.csv',
  rows: (archive, ids) => {
    const ordinals = trophyOrdinals(archive.trophies);
    return pick(archive.trophies, ids).map((trophy) => ({ trophy, ordinal: ordinals.get(trophy.id) }));
  },
  columns: [
    { header: 'id', cell: ({ trophy }) => trophy.id },
    { header: 'competition', cell: ({ trophy }) => trophy.competition },
    { header: 'dateWon', cell: ({ trophy }) => trophy.dateWon },
    { header: 'season', cell: ({ trophy }) => seasonOf(trophy.dateWon) },
    { header: 'ordinal', cell: ({ ordinal }) => ordinal },
    { header: 'decidingMatchId', cell: ({ trophy }) => trophy.decidingMatchId },
    { header: 'sourceIds', cell: ({ trophy }) => listCell(trophy.sourceIds) },
    { header: 'tags', cell: ({ trophy }) => listCell(trophy.tags) },
    { header: 'notes', cell: ({ trophy }) => trophy.notes },
    { header: 'createdAt', cell: ({ trophy }) => trophy.createdAt },
    { header: 'updatedAt', cell: ({ trophy }) => trophy.updatedAt },
  ],
};
