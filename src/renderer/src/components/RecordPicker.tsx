import type { RecordKind } from '../../../shared/schemas/common';
import type { RecordOf } from '../../../shared/schemas/kinds';
import { recordLabel } from '../../../shared/derived/labels';
import { useArchiveData } from '../data/ArchiveData';

interface RecordPickerProps<K extends RecordKind> {
  kind: K;
  value: string | undefined;
  onChange: (id: string | undefined) => void;
  /** Shown for "none"; without it a record must be chosen. */
  noneLabel?: string;
  filter?: (record: RecordOf<K>) => boolean;
  id?: string;
  'aria-invalid'?: boolean;
  'aria-describedby'?: string;
  'aria-label'?: string;
}

/** Choose one record of a kind by its name, sorted as an editor looks for it. */
export function RecordPicker<K extends RecordKind>({ kind, value, onChange, noneLabel, filter, ...aria }: RecordPickerProps<K>) {
  const { records } = useArchiveData();
  const options = (records[kind] as readonly RecordOf<K>[])
    .filter((record) => !filter || filter(record) || record.id === value)
    .map((record) => ({ id: record.id, label: recordLabel(kind, record) }))
    .sort((a, b) => (kind === 'matches' ? b.label.localeCompare(a.label) : a.label.localeCompare(b.label)));
  return (
    <select {...aria} value={value ?? ''} onChange={(event) => onChange(event.target.value || undefined)}>
      <option value="">{noneLabel ?? 'Choose…'}</option>
      {options.map((option) => (
        <option key={option.id} value={option.id}>
          {option.label}
        </option>
      ))}
    </select>
  );
}

interface SourcesPickerProps {
  value: string[];
  onChange: (ids: string[]) => void;
  id?: string;
  'aria-invalid'?: boolean;
  'aria-describedby'?: string;
}

/** The sources that support a record: a short checklist, newest first. */
export function SourcesPicker({ value, onChange, id, ...aria }: SourcesPickerProps) {
  const { records } = useArchiveData();
  const sources = [...records.sources].sort((a, b) => (b.date ?? '').localeCompare(a.date ?? '') || a.title.localeCompare(b.title));
  return (
    <div id={id} role="group" className="checklist" {...aria}>
      {sources.map((source) => (
        <label key={source.id} className="checklist__item">
          <input
            type="checkbox"
            checked={value.includes(source.id)}
            onChange={(event) => onChange(event.target.checked ? [...value, source.id] : value.filter((candidate) => candidate !== source.id))}
          />
          <span>
            {source.title}
            <small>
              {' '}
              {source.kind}
              {source.date ? `, ${source.date}` : ''}
            </small>
          </span>
        </label>
      ))}
    </div>
  );
}
