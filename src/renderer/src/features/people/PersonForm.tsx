import { PERSON_ROLES, type PersonInput } from '../../../../shared/schemas/person';
import { CommonFields } from '../../components/CommonFields';
import { EditorPanel } from '../../components/EditorPanel';
import { Field } from '../../components/Field';
import { optionalText } from '../../components/inputs';
import { TagsInput } from '../../components/TagsInput';
import { useRecordEditor, type EditorProps } from '../../components/useRecordEditor';

type PersonValues = PersonInput & { aliases: string[]; tags: string[]; sourceIds: string[]; notes: string };

const blankPerson = (): PersonValues => ({ name: '', aliases: [], role: 'player', sourceIds: [], tags: [], notes: '' });

export function PersonForm(props: EditorProps<'people'>) {
  const form = useRecordEditor('people', props, blankPerson, { aliases: 'Also written' });
  const { values, errors, set } = form;
  const aliasError = errors.get('aliases') ?? [...errors].find(([path]) => path.startsWith('aliases.'))?.[1];
  return (
    <EditorPanel {...form.panel}>
      <div className="field-row">
        <Field label="Name" error={errors.get('name')}>
          <input type="text" value={values.name} onChange={(event) => set('name', event.target.value)} />
        </Field>
        <Field label="Role" error={errors.get('role')}>
          <select value={values.role} onChange={(event) => set('role', event.target.value as PersonValues['role'])}>
            {PERSON_ROLES.map((role) => (
              <option key={role}>{role}</option>
            ))}
          </select>
        </Field>
      </div>
      <Field label="Club" error={errors.get('club')}>
        <input type="text" value={values.club ?? ''} onChange={(event) => set('club', optionalText(event.target.value))} />
      </Field>
      <Field label="Also written" error={aliasError} hint="Other spellings, comma-separated: with and without accents (Jurgen, Jürgen)." wide>
        <TagsInput value={values.aliases} placeholder="Jurgen Klopp, Kloppo" onChange={(aliases) => set('aliases', aliases)} />
      </Field>
      <CommonFields values={values} errors={errors} set={form.merge} />
    </EditorPanel>
  );
}
