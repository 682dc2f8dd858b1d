import { useMemo, useRef, useState, type Ref } from 'react';
import type { Person } from '../../../shared/schemas/person';
import type { RecordOf } from '../../../shared/schemas/kinds';
import { useArchiveData } from '../data/ArchiveData';
import { Combobox, type ComboboxOption } from './Combobox';
import { NewPersonInline } from './NewPersonInline';
import { NewSourceInline } from './NewSourceInline';
import { findEntries, pickerEntries, type PickedKind } from './pickerEntries';

export interface RecordComboboxProps<K extends PickedKind> {
  kind: K;
  value: string | undefined;
  onChange: (id: string | undefined, record: RecordOf<K> | undefined) => void;
  /** Offered first, and chosen by emptying the box; without it a record must be chosen. */
  noneLabel?: string;
  /** Records not to offer (the sources already chosen). */
  exclude?: ReadonlySet<string>;
  /** How a person created from here starts (a scorer: a player of the side). */
  newPerson?: { role: Person['role']; club?: string | undefined };
  chooseOnTab?: boolean;
  placeholder?: string;
  inputRef?: Ref<HTMLInputElement>;
  id?: string;
  'aria-label'?: string;
  'aria-invalid'?: boolean;
  'aria-describedby'?: string;
}

const NEW_LABEL = { people: 'person', sources: 'source' } as const;

/**
 * Choose one person, source or match by typing any part of any of its names; a person or
 * source not yet in the archive is created on the spot ("New person…"), the form kept as it is.
 */
export function RecordCombobox<K extends PickedKind>(props: RecordComboboxProps<K>) {
  const { kind, value, onChange, noneLabel, exclude, newPerson, chooseOnTab, placeholder, inputRef, ...aria } = props;
  const { records } = useArchiveData();
  const list = records[kind] as readonly RecordOf<K>[];
  const entries = useMemo(() => pickerEntries(kind, list), [kind, list]);
  const [query, setQuery] = useState<string | null>(null);
  const [creating, setCreating] = useState<string | null>(null);
  const ownInput = useRef<HTMLInputElement | null>(null);
  const chosen = value ? entries.find((entry) => entry.id === value) : undefined;
  const text = query ?? chosen?.label ?? (value ?? '');
  const typed = (query ?? '').trim();

  const found = useMemo(() => {
    const result = findEntries(exclude ? entries.filter((entry) => !exclude.has(entry.id)) : entries, query ?? '');
    return result;
  }, [entries, exclude, query]);

  const pick = (id: string | undefined) => {
    setQuery(null);
    onChange(id, id ? list.find((record) => record.id === id) : undefined);
  };
  const newKind = kind === 'matches' ? undefined : NEW_LABEL[kind as 'people' | 'sources'];
  const options: ComboboxOption[] = [
    ...(noneLabel && typed === '' ? [{ key: 'none', label: noneLabel, run: () => pick(undefined) }] : []),
    ...found.entries.map((entry) => ({ key: entry.id, label: entry.label, detail: entry.detail, entry, run: () => pick(entry.id) })),
    ...(newKind ? [{ key: 'new', label: typed ? `New ${newKind} “${typed}”…` : `New ${newKind}…`, run: () => setCreating(typed) }] : []),
  ];

  const done = (id: string, record: RecordOf<K>) => {
    setCreating(null);
    setQuery(null);
    onChange(id, record);
    ownInput.current?.focus();
  };
  const cancel = () => {
    setCreating(null);
    ownInput.current?.focus();
  };

  return (
    <div className="record-combobox">
      <Combobox
        text={text}
        onTextChange={setQuery}
        options={options}
        more={found.total - found.entries.length}
        chooseOnTab={chooseOnTab}
        inputRef={(element) => {
          ownInput.current = element;
          if (typeof inputRef === 'function') inputRef(element);
          else if (inputRef) inputRef.current = element;
        }}
        input={{ ...aria, placeholder: placeholder ?? noneLabel ?? 'Type a name…' }}
        onLeave={() => {
          if (query !== null && typed === '' && noneLabel) pick(undefined);
          else setQuery(null);
        }}
        onRevert={() => {
          if (query === null) return false;
          setQuery(null);
          return true;
        }}
      />
      {creating !== null && kind === 'people' ? (
        <NewPersonInline name={creating} role={newPerson?.role ?? 'player'} club={newPerson?.club} onCreated={(person) => done(person.id, person as RecordOf<K>)} onCancel={cancel} />
      ) : null}
      {creating !== null && kind === 'sources' ? <NewSourceInline title={creating} onCreated={(source) => done(source.id, source as RecordOf<K>)} onCancel={cancel} /> : null}
    </div>
  );
}
