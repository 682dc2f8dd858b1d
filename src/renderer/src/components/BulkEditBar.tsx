import { useState } from 'react';
import type { RecordKind } from '../../../shared/schemas/common';
import { KIND_NAMES, type InputOf, type RecordOf } from '../../../shared/schemas/kinds';
import { VERIFICATION_STATUSES, type VerificationStatus } from '../../../shared/schemas/quote';
import { useRecordMap } from '../data/ArchiveData';
import { useHistory } from '../history/HistoryProvider';
import { useNotices } from './Notices';
import { RecordCombobox } from '../pickers/RecordCombobox';

interface BulkEditBarProps<K extends RecordKind> {
  kind: K;
  records: readonly RecordOf<K>[];
  onClear: () => void;
}

/** The fields every kind shares, which a bulk edit changes. */
type Shared = { tags?: string[]; sourceIds?: string[]; status?: VerificationStatus };

/** Changes to many records at once, each one undoable as a single step. */
export function BulkEditBar<K extends RecordKind>({ kind, records, onClear }: BulkEditBarProps<K>) {
  const history = useHistory();
  const { notify } = useNotices();
  const sources = useRecordMap('sources');
  const [tag, setTag] = useState('');
  const [sourceId, setSourceId] = useState<string | undefined>();
  const [status, setStatus] = useState<VerificationStatus>('verified');
  const [busy, setBusy] = useState(false);
  const count = `${records.length} ${records.length === 1 ? KIND_NAMES[kind].one : KIND_NAMES[kind].many}`;

  const apply = async (label: string, change: (values: Shared) => Shared) => {
    setBusy(true);
    try {
      await history.updateMany(kind, records, (values) => ({ ...values, ...change(values as Shared) }) as InputOf<K>, label);
      notify({ tone: 'info', text: label, action: { label: 'Undo', run: () => void history.undo() } });
    } catch (error) {
      notify({ tone: 'error', text: `Nothing changed: ${(error as Error).message}` });
    } finally {
      setBusy(false);
    }
  };

  const cleanTag = tag.trim();
  return (
    <div className="bulk-bar" role="toolbar" aria-label={`Edit ${count} at once`}>
      <strong className="bulk-bar__count">{count} selected</strong>
      <span className="bulk-bar__group">
        <input type="text" aria-label="Tag" placeholder="tag" value={tag} onChange={(event) => setTag(event.target.value)} />
        <button
          type="button"
          className="button button--small"
          disabled={busy || !cleanTag}
          onClick={() => apply(`Add tag “${cleanTag}” to ${count}`, (values) => ({ tags: [...new Set([...(values.tags ?? []), cleanTag])] }))}
        >
          Add tag
        </button>
        <button
          type="button"
          className="button button--small"
          disabled={busy || !cleanTag}
          onClick={() => apply(`Remove tag “${cleanTag}” from ${count}`, (values) => ({ tags: (values.tags ?? []).filter((candidate) => candidate !== cleanTag) }))}
        >
          Remove tag
        </button>
      </span>
      <span className="bulk-bar__group">
        <RecordCombobox kind="sources" aria-label="Source to add" placeholder="Type a source’s title…" value={sourceId} onChange={(id) => setSourceId(id)} />
        <button
          type="button"
          className="button button--small"
          disabled={busy || !sourceId}
          onClick={() =>
            sourceId && apply(`Add source “${sources.get(sourceId)?.title ?? sourceId}” to ${count}`, (values) => ({ sourceIds: [...new Set([...(values.sourceIds ?? []), sourceId])] }))
          }
        >
          Add source
        </button>
      </span>
      {kind === 'quotes' ? (
        <span className="bulk-bar__group">
          <select aria-label="Verification status" value={status} onChange={(event) => setStatus(event.target.value as VerificationStatus)}>
            {VERIFICATION_STATUSES.map((option) => (
              <option key={option}>{option}</option>
            ))}
          </select>
          <button type="button" className="button button--small" disabled={busy} onClick={() => apply(`Mark ${count} ${status}`, () => ({ status }))}>
            Set status
          </button>
        </span>
      ) : null}
      <span className="editor__spacer" />
      <button type="button" className="button button--small" onClick={onClear}>
        Clear selection
      </button>
    </div>
  );
}
