import type { Milestone } from '../../../../shared/schemas/milestone';
import type { Column } from '../../components/DataTable';
import { RecordPage } from '../../components/RecordPage';
import { MilestoneForm } from './MilestoneForm';
import { MilestoneView } from './MilestoneView';
import { DateText } from '../../components/DateText';

const columns: Column<Milestone>[] = [
  { key: 'date', header: 'Date', value: (milestone) => milestone.date, render: (milestone) => <DateText iso={milestone.date} />, width: '7.5rem' },
  { key: 'title', header: 'Milestone', value: (milestone) => milestone.title, width: 'minmax(14rem, 2fr)' },
  { key: 'kind', header: 'Kind', value: (milestone) => milestone.kind, width: '9rem' },
];

export function MilestonesPage() {
  return <RecordPage kind="milestones" title="Milestones" columns={columns} initialSort={{ key: 'date', descending: false }} renderEditor={(props) => <MilestoneForm {...props} />}
      renderView={(props) => <MilestoneView {...props} />} />;
}
