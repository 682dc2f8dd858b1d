import type { Milestone } from '../../../../shared/schemas/milestone';
import { listCell, pick, type CsvTable } from './csvTable';

/** milestones.csv: one row per dated event of the timeline. */
export const milestonesCsv: CsvTable<Milestone> = {
  fileName: 'milestones.csv',
  rows: (archive, ids) => pick(archive.milestones, ids),
  columns: [
    { header: 'id', cell: (milestone) => milestone.id },
    { header: 'date', cell: (milestone) => milestone.date },
    { header: 'kind', cell: (milestone) => milestone.kind },
    { header: 'title', cell: (milestone) => milestone.title },
    { header: 'description', cell: (milestone) => milestone.description },
    { header: 'matchId', cell: (milestone) => milestone.matchId },
    { header: 'sourceIds', cell: (milestone) => listCell(milestone.sourceIds) },
    { header: 'tags', cell: (milestone) => listCell(milestone.tags) },
    { header: 'notes', cell: (milestone) => milestone.notes },
    { header: 'createdAt', cell: (milestone) => milestone.createdAt },
    { header: 'updatedAt', cell: (milestone) => milestone.updatedAt },
  ],
};
