import { useMemo } from 'react';
import type { TrophyInput } from '../../../../shared/schemas/trophy';
import { ordinalWord, trophyOrdinals } from '../../../../shared/derived/trophyOrdinal';
import { seasonOf } from '../../../../shared/derived/season';
import { CommonFields } from '../../components/CommonFields';
import { EditorPanel } from '../../components/EditorPanel';
import { Field } from '../../components/Field';
import { RecordCombobox } from '../../pickers/RecordCombobox';
import { today } from '../../components/recordValues';
import { useRecordEditor, type EditorProps } from '../../components/useRecordEditor';
import { useArchiveData } from '../../data/ArchiveData';
import { DateInput } from '../../components/DateInput';

type TrophyValues = TrophyInput & { tags: string[]; sourceIds: string[]; notes: string };

const blankTrophy = (): TrophyValues => ({ competition: '', dateWon: today(), sourceIds: [], tags: [], notes: '' });

export function TrophyForm(props: EditorProps<'trophies'>) {
  const form = useRecordEditor('trophies', props, blankTrophy, { dateWon: 'Date won', decidingMatchId: 'Deciding match' });
  const { values, errors, set } = form;
  const { records } = useArchiveData();
  // The ordinal as it would be with these values: the era's trophies, this one as edited.
  const ordinal = useMemo(() => {
    const id = props.record?.id ?? '\uffffnew';
    const others = records.trophies.filter((trophy) => trophy.id !== id);
    return trophyOrdinals([...others, { id, dateWon: values.dateWon }]).get(id) ?? 0;
  }, [records.trophies, props.record?.id, values.dateWon]);
  const datable = /^\d{4}-\d{2}-\d{2}$/.test(values.dateWon);
  return (
    <EditorPanel {...form.panel} subtitle={datable ? `Klopp’s ${ordinalWord(ordinal)} trophy at Liverpool · season ${seasonOf(values.dateWon)}` : form.panel.subtitle}>
      <div className="field-row">
        <Field label="Competition" error={errors.get('competition')}>
          <input type="text" list="trophy-competitions" value={values.competition} onChange={(event) => set('competition', event.target.value)} />
        </Field>
        <Field label="Date won" error={errors.get('dateWon')}>
          <DateInput value={values.dateWon} onChange={(date) => set('dateWon', date)} />
        </Field>
      </div>
      <datalist id="trophy-competitions">
        {['Premier League', 'UEFA Champions League', 'UEFA Super Cup', 'FIFA Club World Cup', 'FA Cup', 'League Cup', 'FA Community Shield'].map((name) => (
          <option key={name} value={name} />
        ))}
      </datalist>
      <Field label="Deciding match" error={errors.get('decidingMatchId')} hint="The final, or the match that settled the title." wide>
        <RecordCombobox kind="matches" value={values.decidingMatchId} noneLabel="No single deciding match" placeholder="Type an opponent or a date…" onChange={(id) => set('decidingMatchId', id)} />
      </Field>
      <CommonFields values={values} errors={errors} set={form.merge} />
    </EditorPanel>
  );
}
