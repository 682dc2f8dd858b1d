import { recordLabel } from '../../../../shared/derived/labels';
import { formatResult, matchResult } from '../../../../shared/derived/result';
import { KIND_NAMES, type RecordOf } from '../../../../shared/schemas/kinds';
import { useArchiveData } from '../../data/ArchiveData';
import { useNavigation } from '../../navigation/Navigation';
import type { Counted } from './countedRecords';

function detail(kind: Counted['kind'], record: RecordOf<typeof kind>): string {
  if (kind !== 'matches') return '';
  const match = record as RecordOf<'matches'>;
  const result = matchResult(match);
  return `${match.competition}${match.stage ? ` ${match.stage}` : ''}${result ? ` · ${formatResult(result)}` : ''}`;
}

/** The records a figure counts, each one a link to its record. */
export function CountedRecords({ counted }: { counted: Counted | null }) {
  const { records } = useArchiveData();
  const { openRecord } = useNavigation();
  if (!counted) {
    return (
      <div className="panel-empty">
        <p>Select a figure to see the records it counts.</p>
      </div>
    );
  }
  const byId = new Map((records[counted.kind] as readonly RecordOf<typeof counted.kind>[]).map((record) => [record.id, record]));
  const names = KIND_NAMES[counted.kind];
  const dateOf = (id: string): string => {
    const record = byId.get(id);
    return (record && 'date' in record ? record.date : record && 'dateWon' in record ? record.dateWon : undefined) ?? '';
  };
  // Oldest first, whatever order the figure collected them in.
  const ids = [...counted.ids].sort((a, b) => dateOf(a).localeCompare(dateOf(b)));
  return (
    <section className="counted" aria-label="Records counted">
      <header className="editor__header">
        <h2>{counted.title}</h2>
        <p className="editor__subtitle">
          {counted.ids.length} {counted.ids.length === 1 ? names.one : names.many} counted
        </p>
      </header>
      <ul className="counted__list">
        {ids.map((id) => {
          const record = byId.get(id);
          return (
            <li key={id}>
              <button type="button" className="counted__link" onClick={() => openRecord(counted.kind, id)}>
                <span>{record ? recordLabel(counted.kind, record) : id}</span>
                {record && detail(counted.kind, record) ? <small className="muted">{detail(counted.kind, record)}</small> : null}
              </button>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
