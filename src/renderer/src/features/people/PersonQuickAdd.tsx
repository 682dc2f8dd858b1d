import { useRef, useState, type KeyboardEvent } from 'react';
import { PERSON_ROLES, type Person } from '../../../../shared/schemas/person';
import { useHistory } from '../../history/HistoryProvider';

interface PersonQuickAddProps {
  /** What the new person is for, in the button's name: "speaker". */
  purpose: string;
  onCreated: (person: Person) => void;
}

/**
 * Adds a person without leaving the form that needs them: a name and a role, the rest can
 * wait for the People view. Not a <form> of its own: forms cannot nest.
 */
export function PersonQuickAdd({ purpose, onCreated }: PersonQuickAddProps) {
  const history = useHistory();
  const [open, setOpen] = useState(false);
  const [name, setName] = useState('');
  const [role, setRole] = useState<Person['role']>('player');
  const [error, setError] = useState<string | null>(null);
  const toggle = useRef<HTMLButtonElement>(null);

  const close = () => {
    setOpen(false);
    setName('');
    setError(null);
    toggle.current?.focus();
  };
  const add = async () => {
    try {
      const person = await history.create('people', { name, role, aliases: [] });
      onCreated(person);
      close();
    } catch (failure) {
      setError((failure as Error).message);
    }
  };
  const onKeyDown = (event: KeyboardEvent) => {
    // Enter would submit the quote; Escape would close it. Here they belong to the new person.
    if (event.key === 'Enter') {
      event.preventDefault();
      void add();
    } else if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      close();
    }
  };

  if (!open) {
    return (
      <button ref={toggle} type="button" className="button button--small button--link" onClick={() => setOpen(true)}>
        New person as {purpose}…
      </button>
    );
  }
  return (
    <div className="quick-add" role="group" aria-label={`New person as ${purpose}`} onKeyDown={onKeyDown}>
      <input type="text" aria-label="New person’s name" placeholder="Name" autoFocus value={name} onChange={(event) => setName(event.target.value)} />
      <select aria-label="New person’s role" value={role} onChange={(event) => setRole(event.target.value as Person['role'])}>
        {PERSON_ROLES.map((option) => (
          <option key={option}>{option}</option>
        ))}
      </select>
      <button type="button" className="button button--small" onClick={() => void add()}>
        Add person
      </button>
      <button type="button" className="button button--small" onClick={close}>
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
