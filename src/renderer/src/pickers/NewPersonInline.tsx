import { useState, type KeyboardEvent } from 'react';
import { PERSON_ROLES, type Person } from '../../../shared/schemas/person';
import { useHistory } from '../history/HistoryProvider';

interface NewPersonInlineProps {
  /** What was typed in the picker: the new person's name to start with. */
  name: string;
  role: Person['role'];
  club?: string | undefined;
  onCreated: (person: Person) => void;
  onCancel: () => void;
}

/**
 * Adds the missing person without leaving the form that needs them: a name, a role and a
 * club (the rest can wait for the People view). Not a <form>: forms cannot nest.
 */
export function NewPersonInline(props: NewPersonInlineProps) {
  const history = useHistory();
  const [name, setName] = useState(props.name);
  const [role, setRole] = useState(props.role);
  const [club, setClub] = useState(props.club ?? '');
  const [error, setError] = useState<string | null>(null);
  const add = async () => {
    try {
      props.onCreated(await history.create('people', { name, role, aliases: [], ...(club.trim() ? { club: club.trim() } : {}) }));
    } catch (failure) {
      setError((failure as Error).message);
    }
  };
  return (
    <div className="inline-new" role="group" aria-label="New person" onKeyDown={(event) => inlineKeys(event, add, props.onCancel)}>
      <p className="inline-new__title">New person</p>
      <input type="text" aria-label="New person’s name" placeholder="Name" autoFocus value={name} onChange={(event) => setName(event.target.value)} />
      <select aria-label="New person’s role" value={role} onChange={(event) => setRole(event.target.value as Person['role'])}>
        {PERSON_ROLES.map((option) => (
          <option key={option}>{option}</option>
        ))}
      </select>
      <input type="text" aria-label="New person’s club" placeholder="Club" value={club} onChange={(event) => setClub(event.target.value)} />
      <button type="button" className="button button--small button--primary" onClick={() => void add()}>
        Add person
      </button>
      <button type="button" className="button button--small" onClick={props.onCancel}>
        Cancel
      </button>
      {error ? (
        <p className="field__error" role="alert">
          {error}
        </p>
      ) : null}
    </div>
  );
}

/** Enter would save the form around it and Escape close it: here they belong to the new record. */
export function inlineKeys(event: KeyboardEvent, add: () => Promise<void>, cancel: () => void): void {
  if (event.key === 'Enter' && !(event.target instanceof HTMLButtonElement)) {
    event.preventDefault();
    void add();
  } else if (event.key === 'Escape') {
    event.preventDefault();
    cancel();
  }
}
