import { ordinalWord } from '../../../../shared/derived/trophyOrdinal';
import type { SeasonTotal } from './seasonTotals';

/** The chart's figures as a table: what a screen reader reads, and anyone who wants the numbers. */
export function SeasonChartTable({ totals }: { totals: readonly SeasonTotal[] }) {
  return (
    <details className="chart-table">
      <summary>The chart as a table</summary>
      <table className="season-table">
        <caption className="visually-hidden">Won, drawn and lost per season, all competitions, with the trophies won</caption>
        <thead>
          <tr>
            <th scope="col">Season</th>
            <th scope="col">Won</th>
            <th scope="col">Drawn</th>
            <th scope="col">Lost</th>
            <th scope="col" className="season-table__name">Trophies</th>
          </tr>
        </thead>
        <tbody>
          {totals.map((total) => (
            <tr key={total.season}>
              <th scope="row">{total.season}</th>
              <td>{total.won.length}</td>
              <td>{total.drawn.length}</td>
              <td>{total.lost.length}</td>
              <td className="season-table__name">{total.trophies.map((trophy) => `${trophy.competition} (${ordinalWord(trophy.ordinal)})`).join(', ') || '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  );
}
