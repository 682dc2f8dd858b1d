import { KIND_NAMES } from '../../../../shared/schemas/kinds';
import { JobProgress } from './JobProgress';
import { useTransferJob } from './useTransferJob';

/** "Export what this list shows": the visible rows, filtered and sorted as shown, as CSV. */
export function ExportListButton({ kind, ids }: { kind: 'quotes' | 'matches'; ids: readonly string[] }) {
  const transfer = useTransferJob();
  return (
    <div className="export-list">
      <JobProgress transfer={transfer} label={`Exporting ${KIND_NAMES[kind].many}`} />
      <button
        type="button"
        className="button"
        disabled={transfer.busy || ids.length === 0}
        title={`Save the ${ids.length} ${KIND_NAMES[kind].many} this list shows as a CSV file`}
        onClick={() => void transfer.run(() => window.archive.transfer.exportList({ kind, ids: [...ids] }))}
      >
        Export what this list shows
      </button>
    </div>
  );
}
