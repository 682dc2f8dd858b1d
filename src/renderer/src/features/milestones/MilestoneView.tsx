import type { Milestone } from '../../../../shared/schemas/milestone';
import { recordLabel } from '../../../../shared/derived/labels';
import { useRecordMap } from '../../data/ArchiveData';
import { RecordExtras } from '../../reading/RecordExtras';
import { RecordLink } from '../../reading/RecordLink';
import { RecordSources } from '../../reading/RecordSources';
import { Facts, RecordView, ViewSection, type ViewProps } from '../../reading/RecordView';

/** A dated moment of the era that is no match, quote or trophy. */
export function MilestoneView({ record: milestone, onEdit, onClose }: ViewProps<Milestone>) {
  const matches = useRecordMap('matches');
  const match = milestone.matchId ? matches.get(milestone.matchId) : undefined;
  return (
    <RecordView kind="Milestone" title={milestone.title} subtitle={`${milestone.date} · ${milestone.kind}`} onEdit={onEdit} onClose={onClose}>
      {milestone.description ? (
        <ViewSection title="What happened">
          <p className="view-notes">{milestone.description}</p>
        </ViewSection>
      ) : null}
      <Facts
        rows={[
          [
            'Match',
            milestone.matchId ? (
              <RecordLink kind="matches" id={milestone.matchId}>
                {match ? recordLabel('matches', match) : milestone.matchId}
              </RecordLink>
            ) : undefined,
          ],
        ]}
      />
      <RecordSources sourceIds={milestone.sourceIds} what="milestone" claims={milestone.claims} />
      <RecordExtras tags={milestone.tags} notes={milestone.notes} />
    </RecordView>
  );
}
