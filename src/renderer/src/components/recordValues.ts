/** The editable values of a stored record: everything but its id and timestamps. */
export function editableValues<R extends { id: string; createdAt: string; updatedAt: string }>(record: R): Omit<R, 'id' | 'createdAt' | 'updatedAt'> {
  const { id: _id, createdAt: _createdAt, updatedAt: _updatedAt, ...values } = record;
  return values;
}

export function today(): string {
  return new Date().toISOString().slice(0, 10);
}
