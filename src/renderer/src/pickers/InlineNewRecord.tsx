import { useState, type KeyboardEvent, type ReactNode } from 'react';

interface InlineNewRecordProps<T> {
  /** The kind of record, as a person reads it: "person", "source". */
  noun: string;
  /** Creates the record from the fields shown; its error is shown in place. */
  create: () => Promise<T>;
  onCreated: (record: T) => void;
  onCancel: () => void;
  children: ReactNode;
}

/**
 * The frame of a record added from inside another form: its fields, Add and Cancel, and the
 * reason a create was refused. Not a <form>: forms cannot nest.
 */
export function InlineNewRecord<T>({ noun, create, onCreated, onCancel, children }: InlineNewRecordProps<T>) {
  const [error, setError] = useState<string | null>(null);
  const add = async () => {
    try {
      onCreated(await create());
    } catch (failure) {
      setError((failure as Error).message);
    }
  };
  // Enter would save the form around it and Escape close it: here they belong to the new record.
  const keys = (event: KeyboardEvent) => {
    if (event.key === 'Enter' && !(event.target instanceof HTMLButtonElement)) {
      event.preventDefault();
      void add();
    } else if (event.key === 'Escape') {
      event.preventDefault();
      onCancel();
    }
  };
  return (
    <div className="inline-new" role="group" aria-label={`New ${noun}`} onKeyDown={keys}>
      <p className="inline-new__title">New {noun}</p>
      {children}
      <button type="button" className="button button--small button--primary" onClick={() => void add()}>
        Add {noun}
      </button>
      <button type="button" className="button button--small" onClick={onCancel}>
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
