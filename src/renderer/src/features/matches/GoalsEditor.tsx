import { useId, useRef, type KeyboardEvent } from 'react';
import { formatMinute } from '../../../../shared/derived/goals';
import type { FieldErrors } from '../../components/useRecordForm';
import { RecordCombobox } from '../../pickers/RecordCombobox';
import { GoalLineInput, type GoalValues } from './GoalLineInput';
import { goalsInOrder } from './matchReport';
import { MinuteInput } from './MinuteInput';
import { sideOfPerson } from './scorerSide';

interface GoalsEditorProps {
  goals: GoalValues[];
  opponent: string;
  errors: FieldErrors;
  onChange: (goals: GoalValues[]) => void;
}

/**
 * The goals of a match in order, one line each: minute (90+6), side, scorer, marks. New goals
 * are typed on the "Next goal" line; Enter in any goal's line goes to it.
 */
export function GoalsEditor({ goals, opponent, errors, onChange }: GoalsEditorProps) {
  const baseId = useId();
  const nextGoal = useRef<HTMLInputElement | null>(null);
  const setGoal = (index: number, change: Partial<GoalValues>) => onChange(goals.map((goal, i) => (i === index ? { ...goal, ...change } : goal)));
  const addGoal = () => onChange([...goals, { minute: Math.min(90, (goals.at(-1)?.minute ?? 0) + 1), team: 'liverpool' }]);
  const onRowKeyDown = (event: KeyboardEvent) => {
    // Enter finishes the line (rather than saving the match): on to the next goal.
    if (event.key !== 'Enter' || event.defaultPrevented || event.target instanceof HTMLButtonElement) return;
    event.preventDefault();
    nextGoal.current?.focus();
  };
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
            <li key={index} className={`goal-row${minuteError ? ' field--invalid' : ''}`} aria-label={`${name}, ${formatMinute(goal)}`} onKeyDown={onRowKeyDown}>
              <MinuteInput aria-label={`${name} minute`} {...described} minute={goal.minute} addedTime={goal.addedTime} onChange={(time) => setGoal(index, time)} />
              <select aria-label={`${name} team`} value={goal.team} onChange={(event) => setGoal(index, { team: event.target.value as GoalValues['team'] })}>
                <option value="liverpool">Liverpool</option>
                <option value="opponent">{opponent || 'Opponent'}</option>
              </select>
              <RecordCombobox
                kind="people"
                aria-label={`${name} scorer`}
                value={goal.scorerId}
                noneLabel="Scorer not known"
                chooseOnTab
                newPerson={{ role: 'player', club: goal.team === 'liverpool' ? 'Liverpool' : opponent }}
                onChange={(id, person) => setGoal(index, { scorerId: id, team: (person && sideOfPerson(person, opponent)) ?? goal.team })}
              />
              <button type="button" className="button button--small goal-row__remove" aria-label={`Remove ${name.toLowerCase()}`} title="Remove" onClick={() => onChange(goals.filter((_, i) => i !== index))}>
                ×
              </button>
              <span className="goal-row__marks">
                <label className="inline-check">
                  <input type="checkbox" checked={goal.penalty ?? false} onChange={(event) => setGoal(index, { penalty: event.target.checked })} /> pen
                </label>
                <label className="inline-check">
                  <input type="checkbox" checked={goal.ownGoal ?? false} onChange={(event) => setGoal(index, { ownGoal: event.target.checked })} /> og
                </label>
                <label className="inline-check">
                  <input type="checkbox" checked={goal.header ?? false} onChange={(event) => setGoal(index, { header: event.target.checked })} /> header
                </label>
              </span>
              {minuteError ? (
                <p id={errorId} className="field__error goal-row__error">
                  {minuteError}
                </p>
              ) : null}
            </li>
          );
        })}
      </ol>
      <GoalLineInput opponent={opponent} inputRef={nextGoal} onAdd={(goal) => onChange(goalsInOrder([...goals, goal]))} />
      <button type="button" className="button button--small" onClick={addGoal}>
        Add goal
      </button>
    </div>
  );
}
