import { KIND_NAMES } from '../../../../shared/schemas/kinds';
import { JobProgress } from './JobProgress';
import { useTransferJob } from './useTransferJob';

/** "Export what this list shows": the visible rows (or search results), in the order shown, as CSV. */
export function ExportListButton({ kind, ids, label = 'Export what this list shows' }: { kind: 'quotes' | 'matches'; ids: readonly string[]; label?: string }) {
  const transfer = useTransferJob();
  return (
    <div className="export-list">
      <JobProgress transfer={transfer} label={`Exporting ${KIND_NAMES[kind].many}`} />
      <button
        type="button"
        className="button"
        disabled={transfer.busy || ids.length === 0}
        title={`Save the ${ids.length} ${KIND_NAMES[kind].many} shown here as a CSV file`}
        onClick={() => void transfer.run(() => window.archive.transfer.exportList({ kind, ids: [...ids] }))}
      >
        {label}
      </button>
    </div>
  );
}
