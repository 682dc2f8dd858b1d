import type { Person } from '../../../../shared/schemas/person';
import { formatMinute } from '../../../../shared/derived/goals';
import { matchTitle } from '../../../../shared/derived/labels';
import { useArchiveData } from '../../data/ArchiveData';
import { RecordExtras } from '../../reading/RecordExtras';
import { RecordLink } from '../../reading/RecordLink';
import { RecordSources } from '../../reading/RecordSources';
import { Facts, RecordView, ViewSection, type ViewProps } from '../../reading/RecordView';
import { QuoteLines } from '../quotes/QuoteLines';

/** A person: who they are, what they said, what they were told, the goals they scored. */
export function PersonView({ record: person, onEdit, onClose }: ViewProps<Person>) {
  const { records } = useArchiveData();
  const byDate = <T extends { date: string }>(list: T[]) => list.sort((a, b) => a.date.localeCompare(b.date));
  const said = byDate(records.quotes.filter((quote) => quote.speakerId === person.id));
  const heard = byDate(records.quotes.filter((quote) => quote.setting.interviewerId === person.id));
  const goals = byDate(
    records.matches.flatMap((match) => match.goals.filter((goal) => goal.scorerId === person.id).map((goal) => ({ match, goal, date: match.date }))),
  );
  const kicks = byDate(
    records.matches.flatMap((match) => (match.shootout?.kicks ?? []).filter((kick) => kick.takerId === person.id).map((kick) => ({ match, kick, date: match.date }))),
  );
  return (
    <RecordView kind="Person" title={person.name} subtitle={[person.role, person.club].filter(Boolean).join(', ')} onEdit={onEdit} onClose={onClose}>
      <Facts rows={[['Also written', person.aliases.length > 0 ? person.aliases.join(', ') : undefined]]} />
      <ViewSection title="Quotes" count={said.length}>
        <QuoteLines quotes={said} showSpeaker={false} empty={`No quotes by ${person.name} yet.`} />
      </ViewSection>
      {heard.length > 0 ? (
        <ViewSection title="Quotes given to them" count={heard.length}>
          <QuoteLines quotes={heard} empty="" />
        </ViewSection>
      ) : null}
      {goals.length > 0 || person.role === 'player' ? (
        <ViewSection title="Goals" count={goals.length}>
          {goals.length === 0 ? (
            <p className="muted">No goals recorded.</p>
          ) : (
            <ul className="view-list">
              {goals.map(({ match, goal }, index) => (
                <li key={index}>
                  <span className="tabular">{match.date}</span>{' '}
                  <RecordLink kind="matches" id={match.id}>
                    {matchTitle(match)}
                  </RecordLink>{' '}
                  {formatMinute(goal)}
                  {goal.penalty ? ' (pen)' : ''}
                  {goal.ownGoal ? ' (og)' : ''}
                </li>
              ))}
            </ul>
          )}
        </ViewSection>
      ) : null}
      {kicks.length > 0 ? (
        <ViewSection title="Shoot-out kicks" count={kicks.length}>
          <ul className="view-list">
            {kicks.map(({ match, kick }, index) => (
              <li key={index}>
                <span className="tabular">{match.date}</span>{' '}
                <RecordLink kind="matches" id={match.id}>
                  {matchTitle(match)}
                </RecordLink>
                : {kick.outcome}
              </li>
            ))}
          </ul>
        </ViewSection>
      ) : null}
      <RecordSources sourceIds={person.sourceIds} what="person" claims={person.claims} />
      <RecordExtras tags={person.tags} notes={person.notes} />
    </RecordView>
  );
}
