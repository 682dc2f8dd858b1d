import { useMemo } from 'react';
import type { Match, Side } from '../../../../shared/schemas/match';
import { formatMinute } from '../../../../shared/derived/goals';
import { matchResult } from '../../../../shared/derived/result';
import { seasonOf } from '../../../../shared/derived/season';
import { matchTitle, recordLabel } from '../../../../shared/derived/labels';
import { tieLine } from '../../../../shared/derived/tie';
import { ordinalWord, trophyOrdinals } from '../../../../shared/derived/trophyOrdinal';
import { useArchiveData, useRecordMap } from '../../data/ArchiveData';
import { RecordExtras } from '../../reading/RecordExtras';
import { RecordLink } from '../../reading/RecordLink';
import { RecordSources } from '../../reading/RecordSources';
import { Facts, RecordView, ViewSection, type ViewProps } from '../../reading/RecordView';
import { QuoteLines } from '../quotes/QuoteLines';
import { goalMarks, goalsInOrder, reportSide, sidesInPrintOrder } from './matchReport';

const OUTCOME_WORDS = { W: 'Won', D: 'Drew', L: 'Lost' } as const;

/** A match as a report's box: the score, then the goals, the shoot-out, the quotes and the sources. */
export function MatchView({ record: match, onEdit, onClose }: ViewProps<Match>) {
  const { records } = useArchiveData();
  const people = useRecordMap('people');
  const matches = useRecordMap('matches');
  const otherLeg = match.otherLegId ? matches.get(match.otherLegId) : undefined;
  const tie = tieLine(match, otherLeg);
  const ordinals = useMemo(() => trophyOrdinals(records.trophies), [records.trophies]);
  const quotes = records.quotes.filter((quote) => quote.matchId === match.id).sort((a, b) => a.date.localeCompare(b.date));
  const trophies = records.trophies.filter((trophy) => trophy.decidingMatchId === match.id);
  const milestones = records.milestones.filter((milestone) => milestone.matchId === match.id);
  const result = matchResult(match);
  const [left, right] = sidesInPrintOrder(match);
  const teamName = (side: Side) => (side === 'liverpool' ? 'Liverpool' : match.opponent);
  const score = (value: { liverpool: number; opponent: number }) => `${value[left]}–${value[right]}`;
  const personName = (id: string | undefined) => (id ? (people.get(id)?.name ?? id) : undefined);
  const competition = [match.competition, match.stage].filter(Boolean).join(' · ');

  return (
    <RecordView kind="Match" title={matchTitle(match)} subtitle={`${match.date} · ${competition}`} onEdit={onEdit} onClose={onClose}>
      <div className={`scoreboard${result ? ` scoreboard--${result.outcome}` : ''}`} aria-label="Score">
        <span className="scoreboard__team">{teamName(left)}</span>
        <span className="scoreboard__score">{match.fullTime ? score(match.afterExtraTime ?? match.fullTime) : match.status}</span>
        <span className="scoreboard__team scoreboard__team--right">{teamName(right)}</span>
        <ul className="scoreboard__lines">
          {result ? <li className={`scoreboard__outcome badge badge--${result.outcome}`}>{OUTCOME_WORDS[result.outcome]}</li> : null}
          {match.halfTime ? <li>Half time {score(match.halfTime)}</li> : null}
          {match.afterExtraTime && match.fullTime ? <li>After extra time (90 minutes: {score(match.fullTime)})</li> : null}
          {tie ? <li className="scoreboard__tie">{tie}</li> : null}
          {match.shootout ? (
            <li>
              Penalties {score(match.shootout)}: {match.shootout.liverpool > match.shootout.opponent ? 'Liverpool' : match.opponent} won the shoot-out
            </li>
          ) : null}
        </ul>
      </div>
      <Facts
        rows={[
          ['Status', match.status !== 'played' ? match.status : undefined],
          ['Kick-off', match.kickOff],
          ['Venue', `${match.venue ? `${match.venue} (${match.ground})` : match.ground}${match.officialHome ? `, ${teamName(match.officialHome)} the official home side` : ''}`],
          ['Other leg', otherLeg ? <RecordLink kind="matches" id={otherLeg.id}>{recordLabel('matches', otherLeg)}</RecordLink> : undefined],
          ['Season', match.season],
        ]}
      />
      {match.status === 'played' ? (
        <ViewSection title="Goals" count={match.goals.length}>
          {match.goals.length === 0 ? (
            <p className="muted">No scorers recorded: the sources do not give them.</p>
          ) : (
            <ol className="goal-report" aria-label="Goals in order">
              {goalsInOrder(match.goals).map((goal, index) => {
                const side = reportSide(goal);
                const marks = goalMarks(goal);
                const scorer = goal.scorerId ? <RecordLink kind="people" id={goal.scorerId}>{personName(goal.scorerId)}</RecordLink> : <span className="muted">scorer not known</span>;
                return (
                  <li key={index} className={`goal-report__goal goal-report__goal--${side === left ? 'left' : 'right'}`}>
                    <span className="goal-report__minute">{formatMinute(goal)}</span>
                    <span className="goal-report__scorer">
                      {scorer}
                      {marks.length > 0 ? <span className="muted"> ({marks.join(', ')})</span> : null}
                      <span className="visually-hidden">, for {teamName(side)}</span>
                    </span>
                  </li>
                );
              })}
            </ol>
          )}
        </ViewSection>
      ) : null}
      {match.shootout ? (
        <ViewSection title="Penalty shoot-out">
          {match.shootout.kicks.length === 0 ? (
            <p className="muted">The sources name no kicks.</p>
          ) : (
            <ol className="kick-report">
              {match.shootout.kicks.map((kick, index) => (
                <li key={index} className={`kick-report__kick kick-report__kick--${kick.outcome}`}>
                  <span className="kick-report__team">
                    {teamName(kick.team)}
                    {kick.order ? <span className="muted"> ({ordinalWord(kick.order)} kick)</span> : null}
                  </span>
                  <span>{kick.takerId ? <RecordLink kind="people" id={kick.takerId}>{personName(kick.takerId)}</RecordLink> : <span className="muted">taker not known</span>}</span>
                  <span className="kick-report__outcome">
                    <span aria-hidden="true">{kick.outcome === 'scored' ? '●' : '○'} </span>
                    {kick.outcome}
                  </span>
                </li>
              ))}
            </ol>
          )}
          {!match.shootout.complete ? <p className="muted view-note">A partial log, in the order the sources give: they do not name every kick.</p> : null}
        </ViewSection>
      ) : null}
      {trophies.length > 0 ? (
        <ViewSection title="Trophy">
          <ul className="view-list">
            {trophies.map((trophy) => (
              <li key={trophy.id}>
                Decided the{' '}
                <RecordLink kind="trophies" id={trophy.id}>
                  {trophy.competition} {seasonOf(trophy.dateWon)}
                </RecordLink>
                , Klopp’s {ordinalWord(ordinals.get(trophy.id) ?? 0)} trophy at Liverpool
              </li>
            ))}
          </ul>
        </ViewSection>
      ) : null}
      {milestones.length > 0 ? (
        <ViewSection title="Milestones">
          <ul className="view-list">
            {milestones.map((milestone) => (
              <li key={milestone.id}>
                <RecordLink kind="milestones" id={milestone.id}>
                  {milestone.title}
                </RecordLink>
              </li>
            ))}
          </ul>
        </ViewSection>
      ) : null}
      <ViewSection title="Quotes about the match" count={quotes.length}>
        <QuoteLines quotes={quotes} empty="No quotes about this match yet." />
      </ViewSection>
      <RecordSources sourceIds={match.sourceIds} what="match" claims={match.claims} />
      {/* Issue 11's open disagreements between sources about this match go here. */}
      <RecordExtras tags={match.tags} notes={match.notes} />
    </RecordView>
  );
}
