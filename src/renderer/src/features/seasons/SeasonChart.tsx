import { ordinalWord } from '../../../../shared/derived/trophyOrdinal';
import type { Counted } from './countedRecords';
import { scaleTicks, type SeasonTotal } from './seasonTotals';
import { SeasonChartTable } from './SeasonChartTable';

const WIDTH = 760;
const HEIGHT = 250;
const LEFT = 34;
const RIGHT = 8;
const TOP = 40;
const BOTTOM = 26;
const OUTCOMES = [
  { key: 'won', label: 'Won', className: 'chart-bar--W' },
  { key: 'drawn', label: 'Drawn', className: 'chart-bar--D' },
  { key: 'lost', label: 'Lost', className: 'chart-bar--L' },
] as const;

/** Results per season, won at the bottom, with the season's trophies marked above the bar. */
export function SeasonChart({ totals, onShow }: { totals: readonly SeasonTotal[]; onShow(counted: Counted): void }) {
  const ticks = scaleTicks(Math.max(0, ...totals.map((total) => total.won.length + total.drawn.length + total.lost.length)));
  const top = ticks.at(-1)!;
  const plotHeight = HEIGHT - TOP - BOTTOM;
  const band = (WIDTH - LEFT - RIGHT) / Math.max(1, totals.length);
  const barWidth = Math.min(44, band * 0.56);
  const y = (value: number) => TOP + plotHeight - (value / top) * plotHeight;

  return (
    <figure className="season-chart">
      <figcaption className="season-chart__caption">
        <span>Results per season, all competitions</span>
        <span className="season-chart__legend" aria-hidden="true">
          {OUTCOMES.map((outcome) => (
            <span key={outcome.key} className="season-chart__key">
              <span className={`season-chart__swatch ${outcome.className}`} /> {outcome.label}
            </span>
          ))}
          <span className="season-chart__key">
            <span className="season-chart__swatch season-chart__swatch--trophy" /> Trophy (its place in the era)
          </span>
        </span>
      </figcaption>
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="group" aria-label="Won, drawn and lost per season, with trophies">
        {ticks.map((tick) => (
          <g key={tick} aria-hidden="true">
            <line className="chart-grid" x1={LEFT} x2={WIDTH - RIGHT} y1={y(tick)} y2={y(tick)} />
            <text className="chart-text" x={LEFT - 6} y={y(tick) + 4} textAnchor="end">
              {tick}
            </text>
          </g>
        ))}
        {totals.map((total, i) => {
          const x = LEFT + band * i + (band - barWidth) / 2;
          let base = 0;
          return (
            <g key={total.season}>
              {OUTCOMES.map((outcome) => {
                const ids = total[outcome.key];
                if (ids.length === 0) return null;
                const from = base;
                base += ids.length;
                const label = `${total.season}, ${outcome.label.toLowerCase()}: ${ids.length}`;
                return (
                  <rect
                    key={outcome.key}
                    className={`chart-bar ${outcome.className}`}
                    x={x}
                    width={barWidth}
                    y={y(base)}
                    height={y(from) - y(base)}
                    role="button"
                    tabIndex={0}
                    aria-label={label}
                    onClick={() => onShow({ title: `${outcome.label} in ${total.season}`, kind: 'matches', ids })}
                    onKeyDown={(event) => {
                      if (event.key === 'Enter' || event.key === ' ') {
                        event.preventDefault();
                        onShow({ title: `${outcome.label} in ${total.season}`, kind: 'matches', ids });
                      }
                    }}
                  >
                    <title>{label}</title>
                  </rect>
                );
              })}
              {total.trophies.map((trophy, t) => {
                const cx = x + barWidth / 2 + (t - (total.trophies.length - 1) / 2) * 19;
                // Starts with the number the circle shows, so the name holds what is seen.
                const label = `Trophy ${trophy.ordinal}: ${trophy.competition}, ${trophy.dateWon}`;
                return (
                  <g
                    key={trophy.trophyId}
                    className="chart-trophy"
                    role="button"
                    tabIndex={0}
                    aria-label={label}
                    onClick={() => onShow({ title: `${ordinalWord(trophy.ordinal)} trophy, ${total.season}`, kind: 'trophies', ids: [trophy.trophyId] })}
                    onKeyDown={(event) => {
                      if (event.key === 'Enter' || event.key === ' ') {
                        event.preventDefault();
                        onShow({ title: `${ordinalWord(trophy.ordinal)} trophy, ${total.season}`, kind: 'trophies', ids: [trophy.trophyId] });
                      }
                    }}
                  >
                    <title>{label}</title>
                    <circle cx={cx} cy={y(base) - 14} r={9} />
                    <text x={cx} y={y(base) - 10.5} textAnchor="middle">
                      {trophy.ordinal}
                    </text>
                  </g>
                );
              })}
              <text className="chart-text" x={x + barWidth / 2} y={HEIGHT - 8} textAnchor="middle" aria-hidden="true">
                {total.season}
              </text>
            </g>
          );
        })}
      </svg>
      <SeasonChartTable totals={totals} />
    </figure>
  );
}
