import { GROUNDS, MATCH_STATUSES, MatchInput } from '../../../../shared/schemas/match';
import { useMemo, useState } from 'react';
import { formatResult, matchResult } from '../../../../shared/derived/result';
import { matchSeason, seasonOf } from '../../../../shared/derived/season';
import { EditorPanel } from '../../components/EditorPanel';
import { Field, FormSection } from '../../components/Field';
import { optionalText } from '../../components/inputs';
import { CommonFields } from '../../components/CommonFields';
import { RecordCombobox } from '../../pickers/RecordCombobox';
import { useRecordEditor, type EditorProps } from '../../components/useRecordEditor';
import { GoalsEditor } from './GoalsEditor';
import { ScorePair } from './ScorePair';
import { ShootoutEditor } from './ShootoutEditor';
import { lastMatchDate, rememberMatchDate } from './lastMatchDate';
import { scoreFromGoals } from './scoreFromGoals';

type MatchValues = MatchInput & { tags: string[]; sourceIds: string[]; notes: string; goals: NonNullable<MatchInput['goals']> };

/** The form's own labels, for the reason a save is refused. */
const MATCH_LABELS = { season: 'Season', kickOff: 'Kick-off', stage: 'Stage or round', fullTime: 'Full time', halfTime: 'Half time', afterExtraTime: 'After extra time', shootout: 'Penalty shoot-out', otherLegId: 'Other leg', officialHome: 'Official home side' };

const blankMatch = (): MatchValues => ({
  status: 'played',
  date: lastMatchDate(),
  competition: 'Premier League',
  ground: 'home',
  opponent: '',
  fullTime: { liverpool: 0, opponent: 0 },
  goals: [],
  sourceIds: [],
  tags: [],
  notes: '',
});

export function MatchForm(props: EditorProps<'matches'>) {
  const onSaved = (match: Parameters<typeof props.onSaved>[0]) => {
    rememberMatchDate(match.date);
    props.onSaved(match);
  };
  const form = useRecordEditor('matches', { ...props, onSaved }, blankMatch, MATCH_LABELS);
  const { values, update, errors, set } = form;
  // A new match's score follows its goals until the editor types a score.
  const [scoreFollowsGoals, setScoreFollowsGoals] = useState(!props.record);
  const setScore = (field: 'fullTime' | 'halfTime' | 'afterExtraTime', score: MatchValues['fullTime']) => {
    setScoreFollowsGoals(false);
    set(field, score);
  };
  const setGoals = (goals: MatchValues['goals']) =>
    update((current) => {
      const scores = scoreFollowsGoals ? scoreFromGoals(goals) : undefined;
      return scores ? { ...current, goals, fullTime: scores.fullTime, halfTime: scores.halfTime } : { ...current, goals };
    });
  // A season that only followed the date keeps following it; one the editor set stays.
  const setDate = (date: string) =>
    update((current) => ({ ...current, date, season: current.season === seasonOf(current.date) ? undefined : current.season }));
  const played = values.status === 'played';
  const ownId = useMemo(() => new Set(props.record ? [props.record.id] : []), [props.record]);
  const result = form.canSave ? matchResult(MatchInput.parse(values)) : undefined;

  const setStatus = (status: MatchValues['status']) =>
    update((current) =>
      status === 'played'
        ? { ...current, status, fullTime: current.fullTime ?? { liverpool: 0, opponent: 0 } }
        : { ...current, status, fullTime: undefined, halfTime: undefined, afterExtraTime: undefined, shootout: undefined, goals: [] },
    );

  return (
    <EditorPanel {...form.panel} subtitle={result ? `${matchSeason(values)} · ${result.outcome} · ${formatResult(result)}` : form.panel.subtitle}>
      <div className="field-row">
        <Field label="Date" error={errors.get('date')}>
          <input type="date" value={values.date} onChange={(event) => setDate(event.target.value)} />
        </Field>
        <Field label="Kick-off" error={errors.get('kickOff')}>
          <input type="time" value={values.kickOff ?? ''} onChange={(event) => set('kickOff', optionalText(event.target.value))} />
        </Field>
        <Field label="Status" error={errors.get('status')}>
          <select value={values.status} onChange={(event) => setStatus(event.target.value as MatchValues['status'])}>
            {MATCH_STATUSES.map((status) => (
              <option key={status}>{status}</option>
            ))}
          </select>
        </Field>
      </div>
      <div className="field-row">
        <Field label="Opponent" error={errors.get('opponent')}>
          <input type="text" value={values.opponent} onChange={(event) => set('opponent', event.target.value)} />
        </Field>
        <Field label="Ground" error={errors.get('ground')}>
          <select value={values.ground} onChange={(event) => set('ground', event.target.value as MatchValues['ground'])}>
            {GROUNDS.map((ground) => (
              <option key={ground}>{ground}</option>
            ))}
          </select>
        </Field>
        <Field label="Venue" error={errors.get('venue')}>
          <input type="text" value={values.venue ?? ''} onChange={(event) => set('venue', optionalText(event.target.value))} />
        </Field>
        {values.ground === 'neutral' || values.officialHome ? (
          <Field label="Official home side" error={errors.get('officialHome')} hint="At a final, the side named first.">
            <select value={values.officialHome ?? ''} onChange={(event) => set('officialHome', event.target.value === '' ? undefined : (event.target.value as 'liverpool' | 'opponent'))}>
              <option value="">not recorded</option>
              <option value="liverpool">Liverpool</option>
              <option value="opponent">{values.opponent.trim() || 'the opponent'}</option>
            </select>
          </Field>
        ) : null}
      </div>
      <div className="field-row">
        <Field label="Competition" error={errors.get('competition')}>
          <input type="text" list="competitions" value={values.competition} onChange={(event) => set('competition', event.target.value)} />
        </Field>
        <Field label="Stage or round" error={errors.get('stage')}>
          <input type="text" value={values.stage ?? ''} onChange={(event) => set('stage', optionalText(event.target.value))} />
        </Field>
        <Field label="Season" error={errors.get('season')} hint="The competition’s season; empty follows the date">
          <input type="text" inputMode="numeric" placeholder={/^\d{4}-\d{2}-\d{2}$/.test(values.date) ? seasonOf(values.date) : 'YYYY-YY'} value={values.season ?? ''} onChange={(event) => set('season', optionalText(event.target.value))} />
        </Field>
      </div>
      <Field label="Other leg" error={errors.get('otherLegId')} hint="For a tie over two legs: extra time and penalties then follow the aggregate." wide>
        <RecordCombobox kind="matches" value={values.otherLegId} noneLabel="A single match" placeholder="Type an opponent or a date…" exclude={ownId} onChange={(id) => set('otherLegId', id)} />
      </Field>
      <datalist id="competitions">
        {['Premier League', 'League Cup', 'FA Cup', 'UEFA Champions League', 'UEFA Europa League', 'UEFA Super Cup', 'FIFA Club World Cup', 'FA Community Shield'].map((name) => (
          <option key={name} value={name} />
        ))}
      </datalist>
      {played ? (
        <FormSection title="Score">
          <div className="score-grid">
            <ScorePair label="Full time" opponent={values.opponent} value={values.fullTime} error={errors.get('fullTime') ?? errors.get('fullTime.liverpool') ?? errors.get('fullTime.opponent')} onChange={(score) => setScore('fullTime', score)} />
            {values.halfTime ? (
              <ScorePair label="Half time" opponent={values.opponent} value={values.halfTime} error={errors.get('halfTime.liverpool') ?? errors.get('halfTime.opponent')} onChange={(score) => setScore('halfTime', score)} />
            ) : null}
            {values.afterExtraTime ? (
              <ScorePair label="After extra time" opponent={values.opponent} value={values.afterExtraTime} error={errors.get('afterExtraTime') ?? errors.get('afterExtraTime.liverpool') ?? errors.get('afterExtraTime.opponent')} onChange={(score) => setScore('afterExtraTime', score)} />
            ) : null}
          </div>
          {scoreFollowsGoals ? <p className="field__hint">The score follows the goals below until you type one.</p> : null}
          <div className="toggles">
            <label className="inline-check">
              <input type="checkbox" checked={values.halfTime !== undefined} onChange={(event) => set('halfTime', event.target.checked ? { liverpool: 0, opponent: 0 } : undefined)} /> Half-time score known
            </label>
            <label className="inline-check">
              <input type="checkbox" checked={values.afterExtraTime !== undefined} onChange={(event) => set('afterExtraTime', event.target.checked ? { ...(values.fullTime ?? { liverpool: 0, opponent: 0 }) } : undefined)} /> Went to extra time
            </label>
            <label className="inline-check">
              <input type="checkbox" checked={values.shootout !== undefined} onChange={(event) => set('shootout', event.target.checked ? { liverpool: 0, opponent: 0, complete: false, kicks: [] } : undefined)} /> Decided on penalties
            </label>
          </div>
          {values.shootout ? <ShootoutEditor shootout={values.shootout} opponent={values.opponent} errors={errors} onChange={(shootout) => set('shootout', shootout)} /> : null}
        </FormSection>
      ) : null}
      {played ? (
        <FormSection title="Goals">
          <GoalsEditor goals={values.goals} opponent={values.opponent} errors={errors} onChange={setGoals} />
        </FormSection>
      ) : null}
      <CommonFields values={values} errors={errors} set={form.merge} />
    </EditorPanel>
  );
}
