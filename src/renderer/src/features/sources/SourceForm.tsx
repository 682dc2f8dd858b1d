import { SOURCE_KINDS, type SourceInput } from '../../../../shared/schemas/source';
import { CommonFields } from '../../components/CommonFields';
import { EditorPanel } from '../../components/EditorPanel';
import { Field } from '../../components/Field';
import { optionalText } from '../../components/inputs';
import { UrlInput } from '../../components/UrlInput';
import { useRecordEditor, type EditorProps } from '../../components/useRecordEditor';
import { DateInput } from '../../components/DateInput';

type SourceValues = SourceInput & { tags: string[]; sourceIds: string[]; notes: string };

const blankSource = (): SourceValues => ({ title: '', kind: 'article', sourceIds: [], tags: [], notes: '' });

export function SourceForm(props: EditorProps<'sources'>) {
  const form = useRecordEditor('sources', props, blankSource, { url: 'Address (URL)', text: 'Full text' });
  const { values, errors, set } = form;
  return (
    <EditorPanel {...form.panel}>
      <Field label="Title" error={errors.get('title')} wide>
        <input type="text" value={values.title} onChange={(event) => set('title', event.target.value)} />
      </Field>
      <div className="field-row">
        <Field label="Kind" error={errors.get('kind')}>
          <select value={values.kind} onChange={(event) => set('kind', event.target.value as SourceValues['kind'])}>
            {SOURCE_KINDS.map((kind) => (
              <option key={kind}>{kind}</option>
            ))}
          </select>
        </Field>
        <Field label="Date" error={errors.get('date')}>
          <DateInput value={values.date ?? ''} onChange={(date) => set('date', optionalText(date))} />
        </Field>
      </div>
      <div className="field-row">
        <Field label="Publisher" error={errors.get('publisher')}>
          <input type="text" value={values.publisher ?? ''} onChange={(event) => set('publisher', optionalText(event.target.value))} />
        </Field>
        <Field label="Author" error={errors.get('author')}>
          <input type="text" value={values.author ?? ''} onChange={(event) => set('author', optionalText(event.target.value))} />
        </Field>
      </div>
      <Field label="Address (URL)" error={errors.get('url')} wide>
        <UrlInput value={values.url} onChange={(url) => set('url', url)} />
      </Field>
      <Field label="Full text" error={errors.get('text')} hint="The article as you have it, so quotes can be checked word for word." wide>
        <textarea rows={8} value={values.text ?? ''} onChange={(event) => set('text', optionalText(event.target.value))} />
      </Field>
      <CommonFields values={values} errors={errors} set={form.merge} notesHint="How reliable it is, and what it does not say." />
    </EditorPanel>
  );
}
