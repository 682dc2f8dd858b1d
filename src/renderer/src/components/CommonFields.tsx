import { Field } from './Field';
import { SourcesPicker } from '../pickers/SourcesPicker';
import { TagsInput } from './TagsInput';
import type { FieldErrors } from './useRecordForm';
import type { ClaimInput as Claim } from '../../../shared/schemas/claim';
import { ClaimsEditor } from '../features/provenance/ClaimsEditor';

interface Common {
  sourceIds?: string[];
  tags?: string[];
  notes?: string;
  claims?: Claim[];
}

interface CommonFieldsProps {
  values: Common;
  errors: FieldErrors;
  set: (change: Common) => void;
  notesHint?: string;
}

/** The fields every kind of record carries: the sources behind it (and where they disagree), tags and notes. */
export function CommonFields({ values, errors, set, notesHint = 'Where sources disagree, say so here.' }: CommonFieldsProps) {
  return (
    <>
      <Field label="Sources" error={errors.get('sourceIds')} wide>
        <SourcesPicker value={values.sourceIds ?? []} onChange={(sourceIds) => set({ sourceIds })} />
      </Field>
      <ClaimsEditor values={values} set={set} />
      <Field label="Tags" error={errors.get('tags')} wide>
        <TagsInput value={values.tags ?? []} onChange={(tags) => set({ tags })} />
      </Field>
      <Field label="Notes" error={errors.get('notes')} hint={notesHint} wide>
        <textarea rows={3} value={values.notes ?? ''} onChange={(event) => set({ notes: event.target.value })} />
      </Field>
    </>
  );
}
