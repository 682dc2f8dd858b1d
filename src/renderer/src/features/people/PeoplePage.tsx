import type { Person } from '../../../../shared/schemas/person';
import type { Column } from '../../components/DataTable';
import { RecordPage } from '../../components/RecordPage';
import { PersonForm } from './PersonForm';
import { PersonView } from './PersonView';

const columns: Column<Person>[] = [
  { key: 'name', header: 'Name', value: (person) => person.name, width: 'minmax(10rem, 1fr)' },
  { key: 'role', header: 'Role', value: (person) => person.role, width: '7rem' },
  { key: 'club', header: 'Club', value: (person) => person.club ?? '', width: '10rem' },
  { key: 'aliases', header: 'Also written', value: (person) => person.aliases.join(', '), width: 'minmax(10rem, 1.3fr)' },
];

export function PeoplePage() {
  return <RecordPage kind="people" title="People" columns={columns} renderEditor={(props) => <PersonForm {...props} />}
      renderView={(props) => <PersonView {...props} />} />;
}
