import { useId, useMemo, useState, type Ref } from 'react';
import type { Person } from '../../../../shared/schemas/person';
import type { Goal } from '../../../../shared/schemas/match';
import { formatMinute } from '../../../../shared/derived/goals';
import { useArchiveData } from '../../data/ArchiveData';
import { Combobox, type ComboboxOption } from '../../pickers/Combobox';
import { NewPersonInline } from '../../pickers/NewPersonInline';
import { findEntries, pickerEntries } from '../../pickers/pickerEntries';
import { parseGoalLine, type GoalLine } from './goalLine';
import { sideOfPerson } from './scorerSide';

export type GoalValues = Omit<Goal, 'penalty' | 'ownGoal' | 'header'> & { penalty?: boolean; ownGoal?: boolean; header?: boolean };

interface GoalLineInputProps {
  opponent: string;
  onAdd: (goal: GoalValues) => void;
  inputRef?: Ref<HTMLInputElement>;
}

const SUGGESTED = 8;

/**
 * The next goal, typed as a match report writes it ("54 Wijnaldum", "90+6 Minamino pen"):
 * Enter takes the highlighted scorer and clears the line for the goal after. The scorer's side
 * follows from the person; a scorer not yet in the archive is added on the spot.
 */
export function GoalLineInput({ opponent, onAdd, inputRef }: GoalLineInputProps) {
  const { records } = useArchiveData();
  const entries = useMemo(() => pickerEntries('people', records.people), [records.people]);
  const [text, setText] = useState('');
  const [creating, setCreating] = useState<GoalLine | null>(null);
  const [input, setInput] = useState<HTMLInputElement | null>(null);
  const line = parseGoalLine(text);
  const inputId = useId();

  const add = (typed: GoalLine, scorer: Pick<Person, 'id' | 'role' | 'club'> | undefined) => {
    onAdd({
      minute: typed.minute,
      ...(typed.addedTime ? { addedTime: typed.addedTime } : {}),
      team: (scorer && sideOfPerson(scorer, opponent)) ?? 'liverpool',
      ...(scorer ? { scorerId: scorer.id } : {}),
      penalty: typed.penalty,
      ownGoal: typed.ownGoal,
      header: typed.header,
    });
    setText('');
    setCreating(null);
    input?.focus();
  };

  const found = line && line.scorer ? findEntries(entries, line.scorer, SUGGESTED) : { entries: [], total: 0 };
  const people = new Map(records.people.map((person) => [person.id, person]));
  const when = line ? formatMinute(line) : '';
  const options: ComboboxOption[] = line
    ? [
        ...found.entries.map((entry) => ({ key: entry.id, label: `${when} ${entry.label}`, detail: entry.detail, entry, run: () => add(line, people.get(entry.id)) })),
        line.scorer
          ? { key: 'new', label: `${when} New person “${line.scorer}”…`, run: () => setCreating(line) }
          : { key: 'unknown', label: `${when} scorer not known`, run: () => add(line, undefined) },
      ]
    : [];

  return (
    <div className="goal-line">
      <label className="goal-line__label" htmlFor={inputId}>
        Next goal
      </label>
      <Combobox
        text={text}
        onTextChange={setText}
        options={options}
        more={found.total - found.entries.length}
        inputRef={(element) => {
          setInput(element);
          if (typeof inputRef === 'function') inputRef(element);
          else if (inputRef) inputRef.current = element;
        }}
        input={{ id: inputId, placeholder: 'minute and scorer, e.g. 54 Wijnaldum or 90+6 Salah pen', 'aria-describedby': `${inputId}-hint` }}
        onRevert={() => {
          if (text === '') return false;
          setText('');
          return true;
        }}
      />
      <p id={`${inputId}-hint`} className="field__hint">
        Enter adds the goal and starts the next; pen, og and header mark it.
      </p>
      {creating ? (
        <NewPersonInline
          name={creating.scorer}
          role="player"
          club="Liverpool"
          onCreated={(person) => add(creating, person)}
          onCancel={() => {
            setCreating(null);
            input?.focus();
          }}
        />
      ) : null}
    </div>
  );
}
