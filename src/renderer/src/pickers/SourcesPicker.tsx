import { useMemo } from 'react';
import { useRecordMap } from '../data/ArchiveData';
import { RecordLink } from '../reading/RecordLink';
import { RecordCombobox } from './RecordCombobox';

interface SourcesPickerProps {
  value: string[];
  onChange: (ids: string[]) => void;
  id?: string;
  'aria-invalid'?: boolean;
  'aria-describedby'?: string;
}

/** The sources that support a record: the chosen ones listed, another added by typing its title. */
export function SourcesPicker({ value, onChange, id, ...aria }: SourcesPickerProps) {
  const sources = useRecordMap('sources');
  const chosen = useMemo(() => new Set(value), [value]);
  return (
    <div className="sources-picker">
      {value.length > 0 ? (
        <ul className="chosen-list" aria-label="Chosen sources">
          {value.map((sourceId) => {
            const source = sources.get(sourceId);
            return (
              <li key={sourceId} className="chosen-list__item">
                <span className="chosen-list__label">
                  {source ? <RecordLink kind="sources" id={sourceId}>{source.title}</RecordLink> : sourceId}
                  {source ? <small> {[source.kind, source.date].filter(Boolean).join(', ')}</small> : null}
                </span>
                <button type="button" className="button button--small" aria-label={`Remove source ${source?.title ?? sourceId}`} onClick={() => onChange(value.filter((candidate) => candidate !== sourceId))}>
                  Remove
                </button>
              </li>
            );
          })}
        </ul>
      ) : null}
      <RecordCombobox kind="sources" id={id} placeholder={value.length > 0 ? 'Add another source…' : 'Type a title to add a source…'} {...aria} value={undefined} exclude={chosen} onChange={(sourceId) => sourceId && onChange([...value, sourceId])} />
    </div>
  );
}
