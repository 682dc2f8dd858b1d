import type { Match } from '../../../../shared/schemas/match';
import { formatResult, matchResult } from '../../../../shared/derived/result';
import { matchTitle } from '../../../../shared/derived/labels';
import { tieLine } from '../../../../shared/derived/tie';
import { useRecordMap } from '../../data/ArchiveData';
import type { Column } from '../../components/DataTable';
import { RecordPage } from '../../components/RecordPage';
import { ExportListButton } from '../transfer/ExportListButton';
import { MatchForm } from './MatchForm';
import { MatchView } from './MatchView';

const GROUND_LETTER = { home: 'H', away: 'A', neutral: 'N' } as const;

function ResultBadge({ match }: { match: Match }) {
  const result = matchResult(match);
  if (!result) return <span className="badge badge--muted">{match.status}</span>;
  return (
    <span className="result">
      <span className={`badge badge--${result.outcome}`} aria-label={{ W: 'Won', D: 'Drew', L: 'Lost' }[result.outcome]}>
        {result.outcome}
      </span>{' '}
      {formatResult(result)}
    </span>
  );
}

/** The match, and for a leg of a tie its leg and the aggregate ("2nd leg, 2-4 agg"), the whole line in its title. */
function MatchName({ match }: { match: Match }) {
  const matches = useRecordMap('matches');
  const otherLeg = match.otherLegId ? matches.get(match.otherLegId) : undefined;
  const tie = tieLine(match, otherLeg, 'short');
  const whole = [`${matchTitle(match)}${match.venue ? `, ${match.venue}` : ''}`, tieLine(match, otherLeg)].filter(Boolean).join(' · ');
  return (
    <span title={whole}>
      {matchTitle(match)} <span className="muted">({GROUND_LETTER[match.ground]})</span>
      {tie ? <span className="muted"> · {tie}</span> : null}
    </span>
  );
}

function resultText(match: Match): string {
  const result = matchResult(match);
  return result ? formatResult(result) : match.status;
}


const columns: Column<Match>[] = [
  { key: 'date', header: 'Date', value: (match) => match.date, width: '7.6rem' },
  {
    key: 'match',
    header: 'Match',
    value: (match) => matchTitle(match),
    render: (match) => <MatchName match={match} />,
    width: 'minmax(10rem, 1.5fr)',
  },
  { key: 'competition', header: 'Competition', value: (match) => `${match.competition}${match.stage ? ` · ${match.stage}` : ''}`, width: 'minmax(8rem, 1.2fr)', hideBelow: 720 },
  { key: 'result', header: 'Result', value: resultText, render: (match) => <ResultBadge match={match} />, width: 'minmax(8rem, 1fr)' },
];

export function MatchesPage() {
  return (
    <RecordPage
      kind="matches"
      title="Matches"
      columns={columns}
      initialSort={{ key: 'date', descending: true }}
      renderListActions={(ids) => <ExportListButton kind="matches" ids={ids} />}
      renderEditor={(props) => <MatchForm {...props} />}
      renderView={(props) => <MatchView {...props} />}
    />
  );
}
