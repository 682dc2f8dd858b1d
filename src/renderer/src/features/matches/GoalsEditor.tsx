import { useId } from 'react';
import type { Goal } from '../../../../shared/schemas/match';
import { formatMinute } from '../../../../shared/derived/goals';
import type { FieldErrors } from '../../components/useRecordForm';
import { optionalNumber } from '../../components/inputs';
import { RecordPicker } from '../../components/RecordPicker';

type GoalValues = Omit<Goal, 'penalty' | 'ownGoal' | 'header'> & { penalty?: boolean; ownGoal?: boolean; header?: boolean };

interface GoalsEditorProps {
  goals: GoalValues[];
  opponent: string;
  errors: FieldErrors;
  onChange: (goals: GoalValues[]) => void;
}

/** The goals of a match in order, one row each: minute (+ added time), side, scorer, kind. */
export function GoalsEditor({ goals, opponent, errors, onChange }: GoalsEditorProps) {
  const baseId = useId();
  const setGoal = (index: number, change: Partial<GoalValues>) => onChange(goals.map((goal, i) => (i === index ? { ...goal, ...change } : goal)));
  const addGoal = () => onChange([...goals, { minute: Math.min(90, (goals.at(-1)?.minute ?? 0) + 1), team: 'liverpool' }]);
  return (
    <div className="goals">
      {errors.get('goals') ? (
        <p className="field__error" role="alert">
          {errors.get('goals')}
        </p>
      ) : null}
      {goals.length === 0 ? <p className="muted">No goals recorded. Leave empty when the sources do not give the scorers.</p> : null}
      <ol className="goals__list">
        {goals.map((goal, index) => {
          const name = `Goal ${index + 1}`;
          const minuteError = errors.get(`goals.${index}.minute`) ?? errors.get(`goals.${index}.addedTime`) ?? errors.get(`goals.${index}.scorerId`);
          const errorId = `${baseId}-goal-${index}-error`;
          const described = minuteError ? { 'aria-describedby': errorId, 'aria-invalid': true } : {};
          return (
            <li key={index} className={`goal-row${minuteError ? ' field--invalid' : ''}`} aria-label={`${name}, ${formatMinute(goal)}`}>
              <input type="number" min={1} max={120} aria-label={`${name} minute`} {...described} value={goal.minute} onChange={(event) => setGoal(index, { minute: Number(event.target.value) })} />
              <span aria-hidden="true">+</span>
              <input type="number" min={1} max={30} aria-label={`${name} added time`} {...described} placeholder="–" value={goal.addedTime ?? ''} onChange={(event) => setGoal(index, { addedTime: optionalNumber(event.target.value) })} />
              <select aria-label={`${name} team`} value={goal.team} onChange={(event) => setGoal(index, { team: event.target.value as GoalValues['team'] })}>
                <option value="liverpool">Liverpool</option>
                <option value="opponent">{opponent || 'Opponent'}</option>
              </select>
              <RecordPicker kind="people" aria-label={`${name} scorer`} value={goal.scorerId} noneLabel="Scorer not known" onChange={(id) => setGoal(index, { scorerId: id })} />
              <label className="inline-check">
                <input type="checkbox" checked={goal.penalty ?? false} onChange={(event) => setGoal(index, { penalty: event.target.checked })} /> pen
              </label>
              <label className="inline-check">
                <input type="checkbox" checked={goal.ownGoal ?? false} onChange={(event) => setGoal(index, { ownGoal: event.target.checked })} /> og
              </label>
              <label className="inline-check">
                <input type="checkbox" checked={goal.header ?? false} onChange={(event) => setGoal(index, { header: event.target.checked })} /> header
              </label>
              <button type="button" className="button button--small" aria-label={`Remove ${name.toLowerCase()}`} onClick={() => onChange(goals.filter((_, i) => i !== index))}>
                Remove
              </button>
              {minuteError ? (
                <p id={errorId} className="field__error goal-row__error">
                  {minuteError}
                </p>
              ) : null}
            </li>
          );
        })}
      </ol>
      <button type="button" className="button button--small" onClick={addGoal}>
        Add goal
      </button>
    </div>
  );
}
