import { useState } from 'react';
import type { RecordKind } from '../../../shared/schemas/common';
import { KIND_NAMES, type RecordOf } from '../../../shared/schemas/kinds';
import type { BulkEdit } from '../../../shared/contract/bulkEdit';
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

/** Changes to many records at once: each one a single write in main and a single step to undo. */
export function BulkEditBar<K extends RecordKind>({ kind, records, onClear }: BulkEditBarProps<K>) {
  const history = useHistory();
  const { notify } = useNotices();
  const sources = useRecordMap('sources');
  const [tag, setTag] = useState('');
  const [sourceId, setSourceId] = useState<string | undefined>();
  const [status, setStatus] = useState<VerificationStatus>('verified');
  const [busy, setBusy] = useState(false);
  const count = `${records.length} ${records.length === 1 ? KIND_NAMES[kind].one : KIND_NAMES[kind].many}`;

  const apply = async (edit: BulkEdit) => {
    setBusy(true);
    try {
      const label = await history.editMany(kind, records, edit, edit.action === 'addSource' ? sources.get(edit.sourceId)?.title : undefined);
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
          onClick={() => apply({ action: 'addTag', tag: cleanTag })}
        >
          Add tag
        </button>
        <button
          type="button"
          className="button button--small"
          disabled={busy || !cleanTag}
          onClick={() => apply({ action: 'removeTag', tag: cleanTag })}
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
          onClick={() => sourceId && apply({ action: 'addSource', sourceId })}
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
          <button type="button" className="button button--small" disabled={busy} onClick={() => apply({ action: 'setStatus', status })}>
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
