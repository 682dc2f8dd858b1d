import { useMemo } from 'react';
import type { Trophy } from '../../../../shared/schemas/trophy';
import { formatResult, matchResult } from '../../../../shared/derived/result';
import { recordLabel } from '../../../../shared/derived/labels';
import { seasonOf } from '../../../../shared/derived/season';
import { ordinalWord, trophyOrdinals } from '../../../../shared/derived/trophyOrdinal';
import { useArchiveData, useRecordMap } from '../../data/ArchiveData';
import { RecordExtras } from '../../reading/RecordExtras';
import { RecordLink } from '../../reading/RecordLink';
import { RecordSources } from '../../reading/RecordSources';
import { Facts, RecordView, type ViewProps } from '../../reading/RecordView';

/** A trophy: when it was won, its place in the era, the match that decided it. */
export function TrophyView({ record: trophy, onEdit, onClose }: ViewProps<Trophy>) {
  const { records } = useArchiveData();
  const matches = useRecordMap('matches');
  const ordinal = useMemo(() => trophyOrdinals(records.trophies).get(trophy.id) ?? 0, [records.trophies, trophy.id]);
  const decider = trophy.decidingMatchId ? matches.get(trophy.decidingMatchId) : undefined;
  const result = decider ? matchResult(decider) : undefined;
  return (
    <RecordView
      kind="Trophy"
      title={`${trophy.competition} ${seasonOf(trophy.dateWon)}`}
      subtitle={`Klopp’s ${ordinalWord(ordinal)} trophy at Liverpool`}
      onEdit={onEdit}
      onClose={onClose}
    >
      <Facts
        rows={[
          ['Won', trophy.dateWon],
          ['Season', seasonOf(trophy.dateWon)],
          [
            'Deciding match',
            trophy.decidingMatchId ? (
              <>
                <RecordLink kind="matches" id={trophy.decidingMatchId}>
                  {decider ? recordLabel('matches', decider) : trophy.decidingMatchId}
                </RecordLink>
                {result ? <span className="muted"> {formatResult(result)}</span> : null}
              </>
            ) : (
              'no single deciding match'
            ),
          ],
        ]}
      />
      <RecordSources sourceIds={trophy.sourceIds} what="trophy" claims={trophy.claims} />
      <RecordExtras tags={trophy.tags} notes={trophy.notes} />
    </RecordView>
  );
}
