import type { Milestone } from '../../../../shared/schemas/milestone';
import type { Column } from '../../components/DataTable';
import { Details, SourceList } from '../../components/Details';
import { RecordPage } from '../../components/RecordPage';
import { useRecordMap } from '../../data/ArchiveData';
import { recordLabel } from '../../../../shared/derived/labels';

const columns: Column<Milestone>[] = [
  { key: 'date', header: 'Date', value: (milestone) => milestone.date, width: '7.5rem' },
  { key: 'kind', header: 'Kind', value: (milestone) => milestone.kind, width: '8rem' },
  { key: 'title', header: 'Milestone', value: (milestone) => milestone.title, width: 'minmax(12rem, 1fr)' },
];

/** The era's milestones, read-only: where the timeline opens one. */
export function MilestonesPage() {
  const matches = useRecordMap('matches');
  return (
    <RecordPage
      kind="milestones"
      title="Milestones"
      columns={columns}
      initialSort={{ key: 'date', descending: false }}
      renderDetails={(milestone) => {
        const match = milestone.matchId ? matches.get(milestone.matchId) : undefined;
        return (
          <Details
            title={milestone.title}
            subtitle={`${milestone.kind} · ${milestone.date}`}
            rows={[
              ['Description', milestone.description],
              ['Match', match ? recordLabel('matches', match) : milestone.matchId],
              ['Sources', <SourceList ids={milestone.sourceIds} />],
              ['Tags', milestone.tags.join(', ')],
              ['Notes', milestone.notes],
            ]}
          />
        );
      }}
    />
  );
}
