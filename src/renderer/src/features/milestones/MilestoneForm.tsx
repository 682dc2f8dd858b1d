import { MILESTONE_KINDS, type MilestoneInput } from '../../../../shared/schemas/milestone';
import { CommonFields } from '../../components/CommonFields';
import { EditorPanel } from '../../components/EditorPanel';
import { Field } from '../../components/Field';
import { optionalText } from '../../components/inputs';
import { RecordCombobox } from '../../pickers/RecordCombobox';
import { today } from '../../components/recordValues';
import { useRecordEditor, type EditorProps } from '../../components/useRecordEditor';
import { DateInput } from '../../components/DateInput';

type MilestoneValues = MilestoneInput & { tags: string[]; sourceIds: string[]; notes: string };

const blankMilestone = (): MilestoneValues => ({ date: today(), kind: 'other', title: '', sourceIds: [], tags: [], notes: '' });

export function MilestoneForm(props: EditorProps<'milestones'>) {
  const form = useRecordEditor('milestones', props, blankMilestone);
  const { values, errors, set } = form;
  return (
    <EditorPanel {...form.panel}>
      <Field label="Title" error={errors.get('title')} wide>
        <input type="text" value={values.title} onChange={(event) => set('title', event.target.value)} />
      </Field>
      <div className="field-row">
        <Field label="Date" error={errors.get('date')}>
          <DateInput value={values.date} onChange={(date) => set('date', date)} />
        </Field>
        <Field label="Kind" error={errors.get('kind')}>
          <select value={values.kind} onChange={(event) => set('kind', event.target.value as MilestoneValues['kind'])}>
            {MILESTONE_KINDS.map((kind) => (
              <option key={kind}>{kind}</option>
            ))}
          </select>
        </Field>
      </div>
      <Field label="Description" error={errors.get('description')} wide>
        <textarea rows={3} value={values.description ?? ''} onChange={(event) => set('description', optionalText(event.target.value))} />
      </Field>
      <Field label="Match" error={errors.get('matchId')} wide>
        <RecordCombobox kind="matches" value={values.matchId} noneLabel="No match" placeholder="Type an opponent or a date…" onChange={(id) => set('matchId', id)} />
      </Field>
      <CommonFields values={values} errors={errors} set={form.merge} />
    </EditorPanel>
  );
}
