import { RECORD_CATEGORIES, type CsvImportPreview, type ImportPreview, type JsonImportPreview, type OpenfootballPreview } from '../../../../shared/contract/transfer';
import { RECORD_KINDS } from '../../../../shared/schemas/common';
import { KIND_NAMES } from '../../../../shared/schemas/kinds';

interface Props {
  preview: ImportPreview;
  /** CSV only: the header chosen for a field changed. */
  onMap: (field: string, header: string | null) => void;
}

function JsonPreview({ preview }: { preview: JsonImportPreview }) {
  const kinds = RECORD_KINDS.filter((kind) => RECORD_CATEGORIES.some((category) => preview.counts[kind][category] > 0));
  const named = preview.records.filter((record) => record.category !== 'identical');
  // The trash column only when the file meets the trash: most imports never do.
  const categories = RECORD_CATEGORIES.filter((category) => category !== 'in-trash' || RECORD_KINDS.some((kind) => preview.counts[kind][category] > 0));
  return (
    <>
      <table className="transfer-table" aria-label="Records in the file">
        <thead>
          <tr>
            <th scope="col">Kind</th>
            {categories.map((category) => (
              <th scope="col" key={category} className="num">
                {category}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {kinds.map((kind) => (
            <tr key={kind}>
              <th scope="row">{KIND_NAMES[kind].many}</th>
              {categories.map((category) => (
                <td key={category} className="num">
                  {preview.counts[kind][category]}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      {named.length > 0 ? (
        <ul className="transfer-list" aria-label="Records that differ">
          {named.map((record) => (
            <li key={`${record.kind}/${record.id}`}>
              <span className={`badge badge--${record.category}`}>{record.category}</span> {KIND_NAMES[record.kind].one} {record.label}
            </li>
          ))}
        </ul>
      ) : null}
    </>
  );
}

/** Rows of the file by line, with the field and what to say about it. */
function RowTable({ label, rows }: { label: string; rows: CsvImportPreview['problems'] }) {
  return (
    <table className="transfer-table" aria-label={label}>
      <caption className="transfer-table__caption">{label}</caption>
      <thead>
        <tr>
          <th scope="col" className="num">
            Line
          </th>
          <th scope="col">Field</th>
          <th scope="col">{label === 'Problems' ? 'Problem' : 'Note'}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row, index) => (
          <tr key={index}>
            <td className="num">{row.line}</td>
            <td>{row.field}</td>
            <td>{row.message}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function CsvPreview({ preview, onMap }: { preview: CsvImportPreview; onMap: Props['onMap'] }) {
  return (
    <>
      <fieldset className="form-section">
        <legend>Columns</legend>
        <div className="mapping">
          {Object.entries(preview.mapping).map(([field, header]) => (
            <label key={field} className="mapping__row">
              <span>{field}</span>
              <select aria-label={`Column for ${field}`} value={header ?? ''} onChange={(event) => onMap(field, event.target.value || null)}>
                <option value="">— not in the file —</option>
                {preview.headers.map((name) => (
                  <option key={name} value={name}>
                    {name}
                  </option>
                ))}
              </select>
            </label>
          ))}
        </div>
      </fieldset>
      {preview.reading ? (
        <p className="transfer-summary">
          Read as {preview.reading.encoding}, cells separated by {preview.reading.delimiter}
          {preview.reading.detected ? ' (detected: choose another encoding or separator above if the columns look wrong)' : ' (as chosen)'}.
        </p>
      ) : null}
      {preview.sheet ? (
        <p className="transfer-summary">
          A results sheet of home and away sides: the matches of {preview.sheet.team}, seen from its side; {preview.sheet.otherClubs} other clubs’ matches left out.
        </p>
      ) : null}
      <p className="transfer-summary">
        {preview.rows} rows: {preview.created} new, {preview.updated} updated, {preview.unchanged} unchanged
        {preview.invalidRows > 0 ? `, ${preview.invalidRows} with problems` : ''}.{preview.created + preview.updated === 0 && preview.invalidRows === 0 ? ' Nothing to write.' : ''}
      </p>
      {preview.problems.length > 0 ? <RowTable label="Problems" rows={preview.problems} /> : null}
      {preview.warnings.length > 0 ? <RowTable label="To check (imported all the same)" rows={preview.warnings} /> : null}
    </>
  );
}

function OpenfootballView({ preview }: { preview: OpenfootballPreview }) {
  return (
    <>
      <p className="transfer-summary">
        {preview.name}: {preview.competition}, season {preview.season || 'not named'}; the club is “{preview.team}” in this file.
      </p>
      <table className="transfer-table" aria-label="Matches to add">
        <thead>
          <tr>
            <th scope="col">Date</th>
            <th scope="col">Opponent</th>
            <th scope="col">Ground</th>
            <th scope="col" className="num">
              Score
            </th>
          </tr>
        </thead>
        <tbody>
          {preview.matches.map((match) => (
            <tr key={match.id}>
              <td>{match.date}</td>
              <td>{match.opponent}</td>
              <td>{match.ground}</td>
              <td className="num">{match.score}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {preview.skipped.length > 0 ? (
        <ul className="transfer-list" aria-label="Skipped matches">
          {preview.skipped.map((skip) => (
            <li key={`${skip.date}/${skip.opponent}`}>
              Skipped {skip.date} {skip.opponent}: {skip.reason}
            </li>
          ))}
        </ul>
      ) : null}
    </>
  );
}

/** What an import would do, before it does it. */
export function ImportPreviewView({ preview, onMap }: Props) {
  if (preview.format === 'json') return <JsonPreview preview={preview} />;
  if (preview.format === 'csv') return <CsvPreview preview={preview} onMap={onMap} />;
  return <OpenfootballView preview={preview} />;
}
