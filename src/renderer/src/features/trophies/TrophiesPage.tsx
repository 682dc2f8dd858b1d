import { useMemo } from 'react';
import type { Trophy } from '../../../../shared/schemas/trophy';
import { ordinalWord, trophyOrdinals } from '../../../../shared/derived/trophyOrdinal';
import { seasonOf } from '../../../../shared/derived/season';
import { recordLabel } from '../../../../shared/derived/labels';
import type { Column } from '../../components/DataTable';
import { RecordPage } from '../../components/RecordPage';
import { TrophyForm } from './TrophyForm';
import { TrophyView } from './TrophyView';
import { useArchiveData, useRecordMap } from '../../data/ArchiveData';
import { DateText } from '../../components/DateText';

export function TrophiesPage() {
  const { records } = useArchiveData();
  const matches = useRecordMap('matches');
  const ordinals = useMemo(() => trophyOrdinals(records.trophies), [records.trophies]);
  const decider = (trophy: Trophy) => {
    const match = trophy.decidingMatchId ? matches.get(trophy.decidingMatchId) : undefined;
    return match ? recordLabel('matches', match) : trophy.decidingMatchId ?? '—';
  };
  const columns = useMemo<Column<Trophy>[]>(
    () => [
      { key: 'ordinal', header: '#', value: (trophy) => ordinals.get(trophy.id) ?? 0, render: (trophy) => ordinalWord(ordinals.get(trophy.id) ?? 0), width: '4.5rem' },
      { key: 'competition', header: 'Trophy', value: (trophy) => trophy.competition, width: 'minmax(10rem, 1fr)' },
      { key: 'season', header: 'Season', value: (trophy) => seasonOf(trophy.dateWon), width: '6rem' },
      { key: 'dateWon', header: 'Won', value: (trophy) => trophy.dateWon, render: (trophy) => <DateText iso={trophy.dateWon} />, width: '7.5rem' },
      {
        key: 'decider',
        header: 'Deciding match',
        value: decider,
        width: 'minmax(12rem, 1.4fr)',
      },
    ],
    [ordinals, matches],
  );
  return (
    <RecordPage
      kind="trophies"
      title="Trophies"
      columns={columns}
      initialSort={{ key: 'ordinal', descending: false }}
      renderEditor={(props) => <TrophyForm {...props} />}
      renderView={(props) => <TrophyView {...props} />}
    />
  );
}
