import { useState } from 'react';
import { PERSON_ROLES, type Person } from '../../../shared/schemas/person';
import { useHistory } from '../history/HistoryProvider';
import { InlineNewRecord } from './InlineNewRecord';

interface NewPersonInlineProps {
  /** What was typed in the picker: the new person's name to start with. */
  name: string;
  role: Person['role'];
  club?: string | undefined;
  onCreated: (person: Person) => void;
  onCancel: () => void;
}

/** Adds the missing person without leaving the form: a name, a role and a club (the rest can wait for the People view). */
export function NewPersonInline(props: NewPersonInlineProps) {
  const history = useHistory();
  const [name, setName] = useState(props.name);
  const [role, setRole] = useState(props.role);
  const [club, setClub] = useState(props.club ?? '');
  const create = () => history.create('people', { name, role, aliases: [], ...(club.trim() ? { club: club.trim() } : {}) });
  return (
    <InlineNewRecord noun="person" create={create} onCreated={props.onCreated} onCancel={props.onCancel}>
      <input type="text" aria-label="New person’s name" placeholder="Name" autoFocus value={name} onChange={(event) => setName(event.target.value)} />
      <select aria-label="New person’s role" value={role} onChange={(event) => setRole(event.target.value as Person['role'])}>
        {PERSON_ROLES.map((option) => (
          <option key={option}>{option}</option>
        ))}
      </select>
      <input type="text" aria-label="New person’s club" placeholder="Club" value={club} onChange={(event) => setClub(event.target.value)} />
    </InlineNewRecord>
  );
}
