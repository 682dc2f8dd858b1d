import { KICK_OUTCOMES, type Shootout, type ShootoutKick } from '../../../../shared/schemas/match';
import type { FieldErrors } from '../../components/useRecordForm';
import { optionalNumber } from '../../components/inputs';
import { RecordCombobox } from '../../pickers/RecordCombobox';
import { sideOfPerson } from './scorerSide';
import { ScorePair } from './ScorePair';

type ShootoutValues = Omit<Shootout, 'complete' | 'kicks'> & { complete?: boolean; kicks?: ShootoutKick[] };

interface ShootoutEditorProps {
  shootout: ShootoutValues;
  opponent: string;
  errors: FieldErrors;
  onChange: (shootout: ShootoutValues) => void;
}

/** The shoot-out score and the kicks the sources name; a partial log is normal. */
export function ShootoutEditor({ shootout, opponent, errors, onChange }: ShootoutEditorProps) {
  const kicks = shootout.kicks ?? [];
  const setKick = (index: number, change: Partial<ShootoutKick>) =>
    onChange({ ...shootout, kicks: kicks.map((kick, i) => (i === index ? { ...kick, ...change } : kick)) });
  return (
    <div className="shootout">
      <ScorePair
        label="Penalty shoot-out"
        opponent={opponent}
        value={shootout}
        error={errors.get('shootout') ?? errors.get('shootout.liverpool') ?? errors.get('shootout.opponent')}
        onChange={(score) => onChange({ ...shootout, ...score })}
      />
      <label className="inline-check">
        <input type="checkbox" checked={shootout.complete ?? false} onChange={(event) => onChange({ ...shootout, complete: event.target.checked })} /> The log below names every kick
      </label>
      {errors.get('shootout.kicks') ? (
        <p className="field__error" role="alert">
          {errors.get('shootout.kicks')}
        </p>
      ) : null}
      <ol className="goals__list">
        {kicks.map((kick, index) => {
          const name = `Kick ${index + 1}`;
          return (
            <li key={index} className="goal-row" aria-label={name}>
              <select aria-label={`${name} team`} value={kick.team} onChange={(event) => setKick(index, { team: event.target.value as ShootoutKick['team'] })}>
                <option value="liverpool">Liverpool</option>
                <option value="opponent">{opponent || 'Opponent'}</option>
              </select>
              <input type="number" min={1} max={50} aria-label={`${name} order`} placeholder="#" value={kick.order ?? ''} onChange={(event) => setKick(index, { order: optionalNumber(event.target.value) })} />
              <RecordCombobox
                kind="people"
                aria-label={`${name} taker`}
                value={kick.takerId}
                noneLabel="Taker not known"
                chooseOnTab
                newPerson={{ role: 'player', club: kick.team === 'liverpool' ? 'Liverpool' : opponent }}
                onChange={(id, person) => setKick(index, { takerId: id, team: (person && sideOfPerson(person, opponent)) ?? kick.team })}
              />
              <select aria-label={`${name} outcome`} value={kick.outcome} onChange={(event) => setKick(index, { outcome: event.target.value as ShootoutKick['outcome'] })}>
                {KICK_OUTCOMES.map((outcome) => (
                  <option key={outcome}>{outcome}</option>
                ))}
              </select>
              <button type="button" className="button button--small" aria-label={`Remove ${name.toLowerCase()}`} onClick={() => onChange({ ...shootout, kicks: kicks.filter((_, i) => i !== index) })}>
                Remove
              </button>
            </li>
          );
        })}
      </ol>
      <button type="button" className="button button--small" onClick={() => onChange({ ...shootout, kicks: [...kicks, { team: 'liverpool', outcome: 'scored' }] })}>
        Add kick
      </button>
    </div>
  );
}
