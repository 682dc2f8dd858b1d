import { useEffect, useState } from 'react';
import {
  CSV_DELIMITER_CHOICES,
  CSV_ENCODING_CHOICES,
  CSV_KINDS,
  DATE_FORMATS,
  trashedInPreview,
  type CsvDelimiterChoice,
  type CsvEncodingChoice,
  type CsvImportKind,
  type CsvKind,
  type DateFormat,
  type ImportOptions,
  type ImportPreview,
  type InTrashChoice,
  type OpenfootballDecision,
} from '../../../../shared/contract/transfer';
import { RECORD_KINDS } from '../../../../shared/schemas/common';
import { useArchiveData } from '../../data/ArchiveData';
import { ImportPreviewView } from './ImportPreviewView';
import { JobProgress } from './JobProgress';
import { OpenfootballDecisions } from './OpenfootballDecisions';
import { useTransferJob } from './useTransferJob';

type ImportKind = 'json' | 'csv-quotes' | 'csv-matches' | 'openfootball';
const IMPORT_KINDS: Array<[ImportKind, string]> = [
  ['json', 'Another archive (JSON)'],
  ['csv-quotes', 'Quotes (CSV)'],
  ['csv-matches', 'Matches (CSV)'],
  ['openfootball', 'openfootball season file (JSON)'],
];

interface OpenImport {
  importId: string;
  fileName: string;
  preview: ImportPreview;
}

function ExportSection() {
  const transfer = useTransferJob();
  const [csvKind, setCsvKind] = useState<CsvKind | 'all'>('all');
  const [bom, setBom] = useState(true);
  return (
    <section className="transfer-card" aria-labelledby="export-title">
      <h2 id="export-title">Export</h2>
      <p className="muted">The whole archive as one JSON file, pretty-printed, that any archive can import.</p>
      <div className="transfer-actions">
        <button type="button" className="button" disabled={transfer.busy} onClick={() => void transfer.run(() => window.archive.transfer.exportJson())}>
          Export as JSON…
        </button>
      </div>
      <p className="muted">Spreadsheet files: one per kind, or all of them in a folder with a manifest.json of row counts and checksums.</p>
      <div className="field-row">
        <label className="field">
          <span>CSV files</span>
          <select value={csvKind} onChange={(event) => setCsvKind(event.target.value as CsvKind | 'all')}>
            <option value="all">All kinds, with manifest.json</option>
            {CSV_KINDS.map((kind) => (
              <option key={kind} value={kind}>
                {kind}.csv
              </option>
            ))}
          </select>
        </label>
      </div>
      <label className="inline-check">
        <input type="checkbox" checked={bom} onChange={(event) => setBom(event.target.checked)} /> Byte-order mark, so Excel reads accents right
      </label>
      <div className="transfer-actions">
        <button type="button" className="button" disabled={transfer.busy} onClick={() => void transfer.run(() => window.archive.transfer.exportCsv({ kind: csvKind, bom }))}>
          Export CSV…
        </button>
      </div>
      <JobProgress transfer={transfer} label="Export" />
    </section>
  );
}

function ImportSection() {
  const { reload } = useArchiveData();
  const transfer = useTransferJob();
  const [kind, setKind] = useState<ImportKind>('json');
  const [dateFormat, setDateFormat] = useState<DateFormat>('YYYY-MM-DD');
  const [mapping, setMapping] = useState<Record<string, string>>({});
  const [validRowsOnly, setValidRowsOnly] = useState(false);
  const [conflicts, setConflicts] = useState<'keep' | 'replace'>('keep');
  const [team, setTeam] = useState('Liverpool');
  const [decisions, setDecisions] = useState<OpenfootballDecision[]>([]);
  const [competition, setCompetition] = useState('');
  const [encoding, setEncoding] = useState<CsvEncodingChoice>('auto');
  const [delimiter, setDelimiter] = useState<CsvDelimiterChoice>('auto');
  const [inTrash, setInTrash] = useState<InTrashChoice>('skip');
  const [open, setOpen] = useState<OpenImport | null>(null);
  const [error, setError] = useState<string | null>(null);

  const options: ImportOptions =
    kind === 'json'
      ? { format: 'json', conflicts, inTrash }
      : kind === 'openfootball'
        ? { format: 'openfootball', team, decisions, inTrash }
        : {
            format: 'csv',
            csv: {
              kind: kind.slice(4) as CsvImportKind,
              dateFormat,
              mapping,
              validRowsOnly,
              inTrash,
              encoding,
              delimiter,
              team: team.trim() || 'Liverpool',
              ...(competition.trim() ? { competition: competition.trim() } : {}),
            },
          };
  const optionsKey = JSON.stringify(options);

  // A changed option previews the open file again: the user sees its effect before importing.
  useEffect(() => {
    if (!open) return;
    let current = true;
    window.archive.transfer
      .previewImport({ importId: open.importId, options: JSON.parse(optionsKey) as ImportOptions })
      .then((preview: ImportPreview) => {
        if (!current) return;
        setError(null);
        setOpen((was) => (was ? { ...was, preview } : was));
      })
      .catch((caught: Error) => current && setError(caught.message));
    return () => {
      current = false;
    };
  }, [optionsKey, open?.importId]);

  const decide = (match: number, decision: OpenfootballDecision | null) =>
    setDecisions((was) => [...was.filter((other) => other.match !== match), ...(decision ? [decision] : [])].sort((a, b) => a.match - b.match));

  const choose = async () => {
    setError(null);
    setOpen(null);
    setMapping({});
    setDecisions([]);
    try {
      setOpen(await window.archive.transfer.openImport({ options }));
    } catch (caught) {
      setError((caught as Error).message);
    }
  };

  const apply = async () => {
    if (!open) return;
    const done = await transfer.run(() => window.archive.transfer.applyImport({ importId: open.importId, options }));
    if (done?.status === 'done') {
      setOpen(null);
      await Promise.all(RECORD_KINDS.map((recordKind) => reload(recordKind)));
    }
  };

  const preview = open?.preview;
  const nothingToDo =
    !preview ||
    (preview.format === 'json' &&
      RECORD_KINDS.every(
        (k) => preview.counts[k].new + preview.counts[k].changed + (conflicts === 'replace' ? preview.counts[k].conflicting : 0) + (inTrash === 'restore' ? preview.counts[k]['in-trash'] : 0) === 0,
      )) ||
    (preview.format === 'csv' && (preview.created + preview.updated === 0 || (preview.invalidRows > 0 && !validRowsOnly))) ||
    (preview.format === 'openfootball' && preview.matches.length === 0);

  return (
    <section className="transfer-card" aria-labelledby="import-title">
      <h2 id="import-title">Import</h2>
      <div className="field-row">
        <label className="field">
          <span>What to import</span>
          <select
            value={kind}
            onChange={(event) => {
              setKind(event.target.value as ImportKind);
              setOpen(null);
              setMapping({});
            }}
          >
            {IMPORT_KINDS.map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        </label>
        {kind.startsWith('csv') ? (
          <label className="field">
            <span>Dates in the file</span>
            <select value={dateFormat} onChange={(event) => setDateFormat(event.target.value as DateFormat)}>
              {DATE_FORMATS.map((format) => (
                <option key={format}>{format}</option>
              ))}
            </select>
          </label>
        ) : null}
        {kind.startsWith('csv') ? (
          <label className="field">
            <span>Encoding</span>
            <select value={encoding} onChange={(event) => setEncoding(event.target.value as CsvEncodingChoice)}>
              {CSV_ENCODING_CHOICES.map((choice) => (
                <option key={choice} value={choice}>
                  {ENCODING_LABELS[choice]}
                </option>
              ))}
            </select>
          </label>
        ) : null}
        {kind.startsWith('csv') ? (
          <label className="field">
            <span>Cells separated by</span>
            <select value={delimiter} onChange={(event) => setDelimiter(event.target.value as CsvDelimiterChoice)}>
              {CSV_DELIMITER_CHOICES.map((choice) => (
                <option key={choice} value={choice}>
                  {choice === 'auto' ? 'Detect' : choice}
                </option>
              ))}
            </select>
          </label>
        ) : null}
        {kind === 'openfootball' || kind === 'csv-matches' ? (
          <label className="field">
            <span>Club</span>
            <input type="text" value={team} onChange={(event) => setTeam(event.target.value)} aria-describedby="import-club-hint" />
            <span id="import-club-hint" className="field__hint">
              {kind === 'csv-matches' ? 'For a sheet of home and away sides: whose matches to take.' : 'Whose matches to take.'}
            </span>
          </label>
        ) : null}
        {kind === 'csv-matches' && preview?.format === 'csv' && preview.sheet && preview.mapping['competition'] === null ? (
          <label className="field">
            <span>Competition</span>
            <input type="text" list="import-competitions" value={competition} onChange={(event) => setCompetition(event.target.value)} />
            <datalist id="import-competitions">
              {['Premier League', 'League Cup', 'FA Cup', 'UEFA Champions League', 'UEFA Europa League'].map((name) => (
                <option key={name} value={name} />
              ))}
            </datalist>
          </label>
        ) : null}
      </div>
      <div className="transfer-actions">
        <button type="button" className="button" onClick={() => void choose()} disabled={transfer.busy}>
          Choose file…
        </button>
        {open ? <span className="muted">{open.fileName}</span> : null}
      </div>
      {error ? (
        <p className="notice notice--error" role="alert">
          {error}
        </p>
      ) : null}
      {preview ? (
        <div className="transfer-preview" aria-label="Import preview" role="region">
          <ImportPreviewView preview={preview} onMap={(field, header) => setMapping((was) => (header ? { ...was, [field]: header } : Object.fromEntries(Object.entries(was).filter(([key]) => key !== field))))} />
          {preview.format === 'json' && RECORD_KINDS.some((k) => preview.counts[k].conflicting > 0) ? (
            <fieldset className="form-section">
              <legend>Records changed in both archives</legend>
              <label className="inline-check">
                <input type="radio" name="conflicts" checked={conflicts === 'keep'} onChange={() => setConflicts('keep')} /> Keep this archive’s copy
              </label>
              <label className="inline-check">
                <input type="radio" name="conflicts" checked={conflicts === 'replace'} onChange={() => setConflicts('replace')} /> Take the file’s copy
              </label>
            </fieldset>
          ) : null}
          {preview.format === 'openfootball' ? <OpenfootballDecisions preview={preview} decisions={decisions} onDecide={decide} /> : null}
          {trashedInPreview(preview) > 0 ? (
            <fieldset className="form-section">
              <legend>
                {trashedInPreview(preview) === 1
                  ? '1 record in the file was deleted here and waits in the trash'
                  : `${trashedInPreview(preview)} records in the file were deleted here and wait in the trash`}
              </legend>
              <label className="inline-check">
                <input type="radio" name="in-trash" checked={inTrash === 'skip'} onChange={() => setInTrash('skip')} /> Leave them in the trash and skip them
              </label>
              <label className="inline-check">
                <input type="radio" name="in-trash" checked={inTrash === 'restore'} onChange={() => setInTrash('restore')} /> Restore them and update them from the file
              </label>
            </fieldset>
          ) : null}
          {preview.format === 'csv' && preview.invalidRows > 0 ? (
            <label className="inline-check">
              <input type="checkbox" checked={validRowsOnly} onChange={(event) => setValidRowsOnly(event.target.checked)} /> Import only the valid rows
            </label>
          ) : null}
          <div className="transfer-actions">
            <button type="button" className="button button--primary" disabled={nothingToDo || transfer.busy} onClick={() => void apply()}>
              Import
            </button>
          </div>
        </div>
      ) : null}
      <JobProgress transfer={transfer} label="Import" />
    </section>
  );
}

const ENCODING_LABELS: Record<CsvEncodingChoice, string> = {
  auto: 'Detect',
  'utf-8': 'UTF-8',
  'utf-16le': 'UTF-16 LE (Excel “Unicode text”)',
  'utf-16be': 'UTF-16 BE',
  'windows-1252': 'Windows-1252 (Western)',
};

/** Moving records in and out: exports through save dialogs, imports previewed before they apply. */
export function TransferPage() {
  return (
    <section className="transfer-page" aria-labelledby="transfer-title">
      <header className="page-header">
        <h1 id="transfer-title">Import &amp; export</h1>
      </header>
      <div className="transfer-page__columns">
        <ExportSection />
        <ImportSection />
      </div>
    </section>
  );
}
