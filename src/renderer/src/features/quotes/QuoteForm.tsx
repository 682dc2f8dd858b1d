import { QuoteInput, SETTING_KINDS, VERIFICATION_STATUSES, type Quote } from '../../../../shared/schemas/quote';
import { EditorPanel } from '../../components/EditorPanel';
import { Field, FormSection } from '../../components/Field';
import { optionalText } from '../../components/inputs';
import { RecordPicker, SourcesPicker } from '../../components/RecordPicker';
import { editableValues, today } from '../../components/recordValues';
import { TagsInput } from '../../components/TagsInput';
import { useRecordForm } from '../../components/useRecordForm';

type QuoteValues = QuoteInput & { tags: string[]; sourceIds: string[]; notes: string };

const blankQuote: QuoteValues = {
  text: '',
  speakerId: '',
  date: today(),
  setting: { kind: 'post-match interview' },
  status: 'unverified',
  sourceIds: [],
  tags: [],
  notes: '',
};

interface QuoteFormProps {
  quote: Quote | null;
  onSaved: (quote: Quote) => void;
  onCancel: () => void;
  onDelete: (quote: Quote) => void;
}

export function QuoteForm({ quote, onSaved, onCancel, onDelete }: QuoteFormProps) {
  const form = useRecordForm<QuoteValues>(QuoteInput, quote ? editableValues(quote) : blankQuote);
  const { values, update, errors } = form;
  const set = <F extends keyof QuoteValues>(field: F, value: QuoteValues[F]) => update((current) => ({ ...current, [field]: value }));
  const setSetting = (change: Partial<QuoteValues['setting']>) =>
    update((current) => ({ ...current, setting: { ...current.setting, ...change } }));

  const save = async () => {
    const saved = await form.submit((input) =>
      quote ? window.archive.quotes.update({ id: quote.id, values: input, expectedUpdatedAt: quote.updatedAt }) : window.archive.quotes.create({ values: input }),
    );
    if (saved) onSaved(saved);
  };

  return (
    <EditorPanel
      title={quote ? 'Edit quote' : 'New quote'}
      subtitle={quote?.id}
      formError={form.formError}
      saving={form.saving}
      canSave={form.canSave}
      isNew={!quote}
      onSubmit={save}
      onCancel={onCancel}
      onDelete={quote ? () => onDelete(quote) : undefined}
    >
      <Field label="Exact words" error={errors.get('text')} hint="As printed or said: never tidied." wide>
        <textarea rows={5} value={values.text} onChange={(event) => set('text', event.target.value)} />
      </Field>
      <div className="field-row">
        <Field label="Speaker" error={errors.get('speakerId')}>
          <RecordPicker kind="people" value={values.speakerId || undefined} onChange={(id) => set('speakerId', id ?? '')} />
        </Field>
        <Field label="Date" error={errors.get('date')}>
          <input type="date" value={values.date} onChange={(event) => set('date', event.target.value)} />
        </Field>
      </div>
      <Field label="About the match" error={errors.get('matchId')} wide>
        <RecordPicker kind="matches" value={values.matchId} noneLabel="No particular match" onChange={(id) => set('matchId', id)} />
      </Field>
      <FormSection title="Setting">
        <div className="field-row">
          <Field label="Setting" error={errors.get('setting.kind')}>
            <select value={values.setting.kind} onChange={(event) => setSetting({ kind: event.target.value as QuoteValues['setting']['kind'] })}>
              {SETTING_KINDS.map((kind) => (
                <option key={kind}>{kind}</option>
              ))}
            </select>
          </Field>
          <Field label="Interviewer" error={errors.get('setting.interviewerId')}>
            <RecordPicker kind="people" value={values.setting.interviewerId} noneLabel="Not known" onChange={(id) => setSetting({ interviewerId: id })} />
          </Field>
          <Field label="Outlet" error={errors.get('setting.outlet')}>
            <input type="text" value={values.setting.outlet ?? ''} onChange={(event) => setSetting({ outlet: optionalText(event.target.value) })} />
          </Field>
        </div>
      </FormSection>
      <Field label="Sources" error={errors.get('sourceIds')} wide>
        <SourcesPicker value={values.sourceIds} onChange={(ids) => set('sourceIds', ids)} />
      </Field>
      <div className="field-row">
        <Field label="Verification" error={errors.get('status')}>
          <select value={values.status} onChange={(event) => set('status', event.target.value as QuoteValues['status'])}>
            {VERIFICATION_STATUSES.map((status) => (
              <option key={status}>{status}</option>
            ))}
          </select>
        </Field>
        <Field label="Tags" error={errors.get('tags')}>
          <TagsInput value={values.tags} onChange={(tags) => set('tags', tags)} />
        </Field>
      </div>
      <Field label="Notes" error={errors.get('notes')} wide>
        <textarea rows={3} value={values.notes} onChange={(event) => set('notes', event.target.value)} />
      </Field>
    </EditorPanel>
  );
}
