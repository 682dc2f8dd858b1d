import { useEffect, useMemo, useState } from 'react';
import type { ArchiveClient } from '../../../../shared/contract';
import type { CompetitionCoverage, SeasonCompetitionStats, SeasonFigures } from '../../../../shared/contract/stats';
import { coverageLabel } from '../../../../shared/derived/coverageLabel';
import { ERA_SEASONS } from '../../../../shared/derived/season';
import { ordinalWord } from '../../../../shared/derived/trophyOrdinal';
import { useArchiveData, useRecordMap } from '../../data/ArchiveData';
import { useNavigation } from '../../navigation/Navigation';
import type { Counted } from './countedRecords';
import { CountedRecords } from './CountedRecords';
import { SeasonChart } from './SeasonChart';
import { seasonTotals } from './seasonTotals';

const WHOLE_ERA = 'era';

/** A number that opens the records it counts. */
function Figure({ value, title, ids, onShow }: { value: number | string; title: string; ids: readonly string[]; onShow(counted: Counted): void }) {
  if (ids.length === 0) return <span className="figure figure--zero">{value}</span>;
  return (
    <button type="button" className="figure" aria-label={`${title}: ${value}`} onClick={() => onShow({ title, kind: 'matches', ids })}>
      {value}
    </button>
  );
}

function TableRow({ row, coverage, showSeason, onShow }: { row: SeasonCompetitionStats; coverage: CompetitionCoverage | undefined; showSeason: boolean; onShow(counted: Counted): void }) {
  const name = `${row.competition} ${row.season}`;
  const cell = (label: string, value: number | string, ids: readonly string[]) => (
    <td>
      <Figure value={value} title={`${name}, ${label}`} ids={ids} onShow={onShow} />
    </td>
  );
  const shootouts = row.shootoutsWon + row.shootoutsLost;
  return (
    <tr>
      {showSeason ? <td className="season-table__season">{row.season}</td> : null}
      <th scope="row">
        {row.competition}
        {/* Partial totals are not printed as if whole: the row says what it lacks. */}
        {coverage && coverage.complete !== true ? <span className="season-table__partial"> ({coverageLabel(coverage)})</span> : null}
      </th>
      {cell('played', row.played, row.matchIds.played)}
      {cell('won', row.won, row.matchIds.won)}
      {cell('drawn', row.drawn, row.matchIds.drawn)}
      {cell('lost', row.lost, row.matchIds.lost)}
      {cell('goals for', row.goalsFor, row.matchIds.played)}
      {cell('goals against', row.goalsAgainst, row.matchIds.played)}
      {row.points === null ? <td className="muted">–</td> : cell('points', row.points, row.matchIds.played)}
      <td className="season-table__shootouts">
        {shootouts === 0 ? (
          <span className="muted">–</span>
        ) : (
          <>
            <Figure value={`${row.shootoutsWon} won`} title={`${name}, shoot-outs won`} ids={row.matchIds.shootoutsWon} onShow={onShow} />
            {' · '}
            <Figure value={`${row.shootoutsLost} lost`} title={`${name}, shoot-outs lost`} ids={row.matchIds.shootoutsLost} onShow={onShow} />
          </>
        )}
      </td>
    </tr>
  );
}

/** Season tables, trophies and scorers, each figure a link to the records it counts. */
export function SeasonsPage() {
  const { records } = useArchiveData();
  const { openRecord } = useNavigation();
  const people = useRecordMap('people');
  const [figures, setFigures] = useState<SeasonFigures | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [season, setSeason] = useState(WHOLE_ERA);
  const [counted, setCounted] = useState<Counted | null>(null);

  // The figures come from the domain, the same ones the command line prints; asked again after any edit.
  useEffect(() => {
    let current = true;
    // Typed explicitly: the global window.archive reads as `any` in the web type-check.
    const archive: ArchiveClient = window.archive;
    archive.stats.seasons({}).then(
      (next) => {
        if (!current) return;
        setFigures(next);
        setError(null);
      },
      (failure: Error) => current && setError(failure.message),
    );
    return () => {
      current = false;
    };
  }, [records.matches, records.trophies, records.sources]);

  const totals = useMemo(() => (figures ? seasonTotals(ERA_SEASONS, figures.tables, figures.trophies) : []), [figures]);
  if (error) return <p className="notice notice--error" role="alert">The season figures could not be computed: {error}</p>;
  if (!figures) return <p className="muted">Counting…</p>;

  const inSeason = <T extends { season: string }>(rows: readonly T[]) => (season === WHOLE_ERA ? rows : rows.filter((row) => row.season === season));
  const tables = inSeason(figures.tables);
  const trophies = inSeason(figures.trophies).flatMap((row) => row.trophies.map((trophy) => ({ ...trophy, season: row.season })));
  const scorers = inSeason(figures.scorers);
  const wholeEra = season === WHOLE_ERA;

  return (
    <section className="seasons-page" aria-labelledby="seasons-title">
      <header className="page-header">
        <h1 id="seasons-title">Seasons</h1>
      </header>
      <div className="seasons-page__body">
        <div className="seasons-page__main">
          <SeasonChart totals={totals} onShow={setCounted} />
          <div className="season-picker" role="group" aria-label="Season">
            {[WHOLE_ERA, ...ERA_SEASONS].map((option) => (
              <button key={option} type="button" className="season-picker__option" aria-pressed={option === season} onClick={() => setSeason(option)}>
                {option === WHOLE_ERA ? 'Whole era' : option}
              </button>
            ))}
          </div>

          <h2 className="seasons-page__heading">Results by competition</h2>
          {tables.length === 0 ? (
            <p className="muted">No played matches recorded in {season}.</p>
          ) : (
            <table className="season-table" aria-label={`Results by competition, ${wholeEra ? 'whole era' : season}`}>
              <thead>
                <tr>
                  {wholeEra ? <th scope="col" className="season-table__name">Season</th> : null}
                  <th scope="col" className="season-table__name">Competition</th>
                  <th scope="col" title="Played">P</th>
                  <th scope="col" title="Won">W</th>
                  <th scope="col" title="Drawn (shoot-outs included)">D</th>
                  <th scope="col" title="Lost">L</th>
                  <th scope="col" title="Goals for">GF</th>
                  <th scope="col" title="Goals against">GA</th>
                  <th scope="col" title="Points (league only)">Pts</th>
                  <th scope="col" title="Shoot-outs, counted as draws above">Shoot-outs</th>
                </tr>
              </thead>
              <tbody>
                {tables.map((row) => (
                  <TableRow
                    key={`${row.season}-${row.competition}`}
                    row={row}
                    coverage={figures.coverage.find((candidate) => candidate.season === row.season && candidate.competition === row.competition)}
                    showSeason={wholeEra}
                    onShow={setCounted}
                  />
                ))}
              </tbody>
            </table>
          )}
          <p className="seasons-page__note muted">
            A match decided on penalties counts as a draw; the shoot-out's outcome is shown apart. Points are for league matches only. A competition whose matches the archive
            does not hold in full says so beside its name: see Coverage.
          </p>

          <div className="seasons-page__columns">
            <section aria-labelledby="season-trophies">
              <h2 id="season-trophies" className="seasons-page__heading">Trophies</h2>
              {trophies.length === 0 ? (
                <p className="muted">None in {season}.</p>
              ) : (
                <ul className="season-list">
                  {trophies.map((trophy) => (
                    <li key={trophy.trophyId}>
                      <span className="season-list__ordinal">{ordinalWord(trophy.ordinal)}</span>
                      <button type="button" className="link" onClick={() => openRecord('trophies', trophy.trophyId)}>
                        {trophy.competition}
                      </button>
                      <span className="muted">
                        {trophy.season} · {trophy.dateWon}
                      </span>
                    </li>
                  ))}
                </ul>
              )}
            </section>
            <section aria-labelledby="season-scorers">
              <h2 id="season-scorers" className="seasons-page__heading">Top scorers</h2>
              {scorers.length === 0 ? (
                <p className="muted">No goals recorded{wholeEra ? '' : ` in ${season}`}.</p>
              ) : (
                <table className="season-table season-table--scorers" aria-label="Top scorers">
                  <thead>
                    <tr>
                      {wholeEra ? <th scope="col" className="season-table__name">Season</th> : null}
                      <th scope="col" className="season-table__name">Player</th>
                      <th scope="col">Goals</th>
                    </tr>
                  </thead>
                  <tbody>
                    {scorers.map((scorer) => {
                      const name = people.get(scorer.scorerId)?.name ?? scorer.scorerId;
                      return (
                        <tr key={`${scorer.season}-${scorer.scorerId}`}>
                          {wholeEra ? <td className="season-table__season">{scorer.season}</td> : null}
                          <th scope="row">
                            <button type="button" className="link" onClick={() => openRecord('people', scorer.scorerId)}>
                              {name}
                            </button>
                          </th>
                          <td>
                            <Figure value={scorer.goals} title={`${name}'s goals, ${scorer.season}`} ids={scorer.matchIds} onShow={setCounted} />
                          </td>
                        </tr>
                      );
                    })}
                  </tbody>
                </table>
              )}
              <p className="seasons-page__note muted">From the goals recorded; own goals are credited to no one.</p>
            </section>
          </div>
        </div>
        <aside className="record-page__panel seasons-page__panel" aria-label="Counted records">
          <CountedRecords counted={counted} />
        </aside>
      </div>
    </section>
  );
}
