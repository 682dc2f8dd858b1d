import { SETTING_KINDS, VERIFICATION_STATUSES, type QuoteInput } from '../../../../shared/schemas/quote';
import { CommonFields } from '../../components/CommonFields';
import { EditorPanel } from '../../components/EditorPanel';
import { Field, FormSection } from '../../components/Field';
import { optionalText } from '../../components/inputs';
import { today } from '../../components/recordValues';
import { useRecordEditor, type EditorProps } from '../../components/useRecordEditor';
import { RecordCombobox } from '../../pickers/RecordCombobox';
import { isFaithful } from '../../../../shared/provenance/quoteCheck';
import { useQuoteCheck } from '../provenance/useQuoteCheck';
import { SourcePassage } from '../provenance/SourcePassage';
import { quoteCheckLabel } from '../provenance/QuoteCheckBadge';

type QuoteValues = QuoteInput & { tags: string[]; sourceIds: string[]; notes: string };

/** The form's own labels, for the reason a save is refused. */
const QUOTE_LABELS = { text: 'Exact words', speakerId: 'Speaker', matchId: 'About the match', 'setting.kind': 'Setting', 'setting.interviewerId': 'Interviewer', 'setting.outlet': 'Outlet', status: 'Verification' };

const blankQuote = (): QuoteValues => ({
  text: '',
  speakerId: '',
  date: today(),
  setting: { kind: 'post-match interview' },
  status: 'unverified',
  sourceIds: [],
  tags: [],
  notes: '',
});

export function QuoteForm(props: EditorProps<'quotes'>) {
  const form = useRecordEditor('quotes', props, blankQuote, QUOTE_LABELS);
  const { values, update, errors, set } = form;
  // The form's words are checked as typed, apart from the stored quote's own check.
  const check = useQuoteCheck({ id: `form:${props.record?.id ?? 'new'}`, text: values.text, sourceIds: values.sourceIds });
  const differs = check.result !== 'no text' && !isFaithful(check);
  const panel = {
    ...form.panel,
    onSubmit: async () => {
      if (values.status === 'verified' && differs && !window.confirm(`These words are marked verified, but against their source they are “${quoteCheckLabel(check)}”. Save as verified anyway?`)) return;
      await form.panel.onSubmit();
    },
  };
  const setSetting = (change: Partial<QuoteValues['setting']>) =>
    update((current) => ({ ...current, setting: { ...current.setting, ...change } }));

  return (
    <EditorPanel {...panel}>
      <Field label="Exact words" error={errors.get('text')} hint="As printed or said: never tidied." wide>
        <textarea rows={5} value={values.text} onChange={(event) => set('text', event.target.value)} />
      </Field>
      {values.text.trim() ? (
        <section className="form-section" aria-label="The words against the source">
          <span className="visually-hidden" aria-live="polite">
            Against the source: {quoteCheckLabel(check)}
          </span>
          <SourcePassage check={check} />
        </section>
      ) : null}
      <div className="field-row">
        <Field label="Speaker" error={errors.get('speakerId')}>
          <RecordCombobox kind="people" value={values.speakerId || undefined} newPerson={{ role: 'player' }} onChange={(id) => set('speakerId', id ?? '')} />
        </Field>
        <Field label="Date" error={errors.get('date')}>
          <input type="date" value={values.date} onChange={(event) => set('date', event.target.value)} />
        </Field>
      </div>
      <Field label="About the match" error={errors.get('matchId')} wide>
        <RecordCombobox kind="matches" value={values.matchId} noneLabel="No particular match" placeholder="Type an opponent or a date…" onChange={(id) => set('matchId', id)} />
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
            <RecordCombobox kind="people" value={values.setting.interviewerId} noneLabel="Not known" newPerson={{ role: 'journalist' }} onChange={(id) => setSetting({ interviewerId: id })} />
          </Field>
          <Field label="Outlet" error={errors.get('setting.outlet')}>
            <input type="text" value={values.setting.outlet ?? ''} onChange={(event) => setSetting({ outlet: optionalText(event.target.value) })} />
          </Field>
        </div>
      </FormSection>
      <Field label="Verification" error={errors.get('status')}>
        <select value={values.status} onChange={(event) => set('status', event.target.value as QuoteValues['status'])}>
          {VERIFICATION_STATUSES.map((status) => (
            <option key={status}>{status}</option>
          ))}
        </select>
      </Field>
      <CommonFields values={values} errors={errors} set={form.merge} notesHint="Where the quote was first printed, and any doubt about the wording." />
    </EditorPanel>
  );
}
