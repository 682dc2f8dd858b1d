import type { Person } from '../../../../shared/schemas/person';
import { listCell, pick, type CsvTable } from './csvTable';

/** people.csv: one row per person, other spellings in one cell. */
export const peopleCsv: CsvTable<Person> = {
  fileName: 'people.csv',
  rows: (archive, ids) => pick(archive.people, ids),
  columns: [
    { header: 'id', cell: (person) => person.id },
    { header: 'name', cell: (person) => person.name },
    { header: 'aliases', cell: (person) => listCell(person.aliases) },
    { header: 'role', cell: (person) => person.role },
    { header: 'club', cell: (person) => person.club },
    { header: 'sourceIds', cell: (person) => listCell(person.sourceIds) },
    { header: 'tags', cell: (person) => listCell(person.tags) },
    { header: 'notes', cell: (person) => person.notes },
    { header: 'createdAt', cell: (person) => person.createdAt },
    { header: 'updatedAt', cell: (person) => person.updatedAt },
  ],
};
