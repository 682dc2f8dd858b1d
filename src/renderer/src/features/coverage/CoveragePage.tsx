import { useEffect, useState } from 'react';
import type { ArchiveClient } from '../../../../shared/contract';
import type { CompetitionCoverage } from '../../../../shared/contract/stats';
import { coverageLabel } from '../../../../shared/derived/coverageLabel';
import { useArchiveData } from '../../data/ArchiveData';
import { useNavigation } from '../../navigation/Navigation';

/** A count and its share of the played matches, so gaps stand out: "37 of 38". */
function Share({ value, of }: { value: number; of: number }) {
  return <span className={value < of ? 'coverage-share coverage-share--gap' : 'coverage-share'}>{value === of ? 'all' : `${value} of ${of}`}</span>;
}

/** What the archive holds of each season and competition, how much of each match, and on which sources. */
export function CoveragePage() {
  const { records } = useArchiveData();
  const { openRecord } = useNavigation();
  const [rows, setRows] = useState<CompetitionCoverage[] | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let current = true;
    const archive: ArchiveClient = window.archive;
    archive.stats.seasons({}).then(
      (figures) => current && (setRows(figures.coverage), setError(null)),
      (failure: Error) => current && setError(failure.message),
    );
    return () => {
      current = false;
    };
  }, [records.matches, records.sources]);

  if (error) return <p className="notice notice--error" role="alert">The coverage could not be computed: {error}</p>;
  if (!rows) return <p className="muted">Counting…</p>;
  return (
    <section className="coverage-page" aria-labelledby="coverage-title">
      <header className="page-header">
        <h1 id="coverage-title">Coverage</h1>
      </header>
      <p className="muted">
        What the archive holds of each season and competition. A competition is complete when a source that lists every match (a season file) says so and the archive
        holds them all; where no source lists them, the archive cannot know.
      </p>
      <table className="season-table coverage-table" aria-label="Coverage by season and competition">
        <thead>
          <tr>
            <th scope="col" className="season-table__name">Season</th>
            <th scope="col" className="season-table__name">Competition</th>
            <th scope="col">Matches</th>
            <th scope="col" className="season-table__name">Whole?</th>
            <th scope="col" title="Played matches with a half-time score">Half time</th>
            <th scope="col" title="Played matches with every goal's minute (a goalless match has none to miss)">Minutes</th>
            <th scope="col" title="Played matches with every goal's scorer">Scorers</th>
            <th scope="col" className="season-table__name">Sources</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={`${row.season}-${row.competition}`}>
              <td className="season-table__season">{row.season}</td>
              <th scope="row">{row.competition}</th>
              <td>{row.matches}</td>
              <td className={`season-table__name coverage-whole coverage-whole--${row.complete === null ? 'unknown' : row.complete ? 'complete' : 'incomplete'}`}>{coverageLabel(row)}</td>
              <td>
                <Share value={row.withHalfTime} of={row.played} />
              </td>
              <td>
                <Share value={row.withMinutes} of={row.played} />
              </td>
              <td>
                <Share value={row.withScorers} of={row.played} />
              </td>
              <td className="season-table__name coverage-sources">
                {row.sources.map((source, index) => (
                  <span key={source.id}>
                    {index > 0 ? ', ' : null}
                    <button type="button" className="link" onClick={() => openRecord('sources', source.id)}>
                      {source.title}
                    </button>{' '}
                    <span className="muted">({source.matches})</span>
                  </span>
                ))}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
