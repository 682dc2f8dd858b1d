import type { SideName } from './goals';
import { homeSide, type GroundShape } from './homeSide';
import { scoreAfterPlay } from './result';
import { tieRulesOf, type AwayGoalsRule } from './tieRules';

interface ScoreShape {
  liverpool: number;
  opponent: number;
}

export interface LegShape extends GroundShape {
  id: string;
  date: string;
  status: string;
  fullTime?: ScoreShape;
  afterExtraTime?: ScoreShape;
  shootout?: ScoreShape;
}

/** The two legs in the order they were played: the earlier date is the first leg. */
export function legsInOrder<L extends LegShape>(match: L, otherLeg: L): [L, L] {
  return match.date < otherLeg.date ? [match, otherLeg] : [otherLeg, match];
}

export function legNumber(match: LegShape, otherLeg: LegShape): 1 | 2 {
  return match.date < otherLeg.date ? 1 : 2;
}

export function addScores(a: ScoreShape, b: ScoreShape): ScoreShape {
  return { liverpool: a.liverpool + b.liverpool, opponent: a.opponent + b.opponent };
}

export const isLevel = (score: ScoreShape) => score.liverpool === score.opponent;

/** Goals each side scored as the away team, over both legs; undefined when a leg's home side is not known. */
export function awayGoals(legs: ReadonlyArray<{ leg: LegShape; score: ScoreShape }>): ScoreShape | undefined {
  const away = { liverpool: 0, opponent: 0 };
  for (const { leg, score } of legs) {
    const home = homeSide(leg);
    if (!home) return undefined;
    const visitor: SideName = home === 'liverpool' ? 'opponent' : 'liverpool';
    away[visitor] += score[visitor];
  }
  return away;
}

export interface TieOutcome {
  /** Liverpool's aggregate, the second leg's extra time included. */
  aggregate: ScoreShape;
  winner?: SideName;
  decidedBy?: 'aggregate' | 'away goals' | 'penalties';
}

/** Who went through and how, once both legs are played; undefined before that. */
export function tieOutcome(first: LegShape, second: LegShape, awayGoalsRule: AwayGoalsRule): TieOutcome | undefined {
  const firstScore = first.status === 'played' ? scoreAfterPlay(first) : undefined;
  const secondScore = second.status === 'played' ? scoreAfterPlay(second) : undefined;
  if (!firstScore || !secondScore) return undefined;
  const aggregate = addScores(firstScore, secondScore);
  const leader = (score: ScoreShape): SideName => (score.liverpool > score.opponent ? 'liverpool' : 'opponent');
  if (!isLevel(aggregate)) return { aggregate, winner: leader(aggregate), decidedBy: 'aggregate' };
  const away = awayGoalsRule === 'none' ? undefined : awayGoals([{ leg: first, score: firstScore }, { leg: second, score: secondScore }]);
  if (away && !isLevel(away)) return { aggregate, winner: leader(away), decidedBy: 'away goals' };
  if (second.shootout) return { aggregate, winner: leader(second.shootout), decidedBy: 'penalties' };
  return { aggregate };
}

/** "Second leg · won 2-0 on aggregate", "First leg · 1-1 on aggregate, won 6-5 on penalties". */
export function formatTie(leg: 1 | 2, outcome: TieOutcome | undefined, shootout?: ScoreShape): string {
  const name = leg === 1 ? 'First leg' : 'Second leg';
  if (!outcome) return name;
  const { aggregate, winner, decidedBy } = outcome;
  const score = `${aggregate.liverpool}-${aggregate.opponent} on aggregate`;
  const verb = winner === 'liverpool' ? 'won' : 'lost';
  if (decidedBy === 'aggregate') return `${name} · ${verb} ${score}`;
  if (decidedBy === 'away goals') return `${name} · ${score}, ${verb} on away goals`;
  if (decidedBy === 'penalties' && shootout) return `${name} · ${score}, ${verb} ${shootout.liverpool}-${shootout.opponent} on penalties`;
  return `${name} · ${score}`;
}

/** "2nd leg, 2-4 agg": the same in a list's narrow column. */
export function formatTieShort(leg: 1 | 2, outcome: TieOutcome | undefined): string {
  const name = leg === 1 ? '1st leg' : '2nd leg';
  return outcome ? `${name}, ${outcome.aggregate.liverpool}-${outcome.aggregate.opponent} agg` : name;
}

/** A leg's place in its tie and how the tie ended, as the match page (`long`) and the lists (`short`) print it. */
export function tieLine(match: LegShape & { competition: string }, otherLeg: (LegShape & { competition: string }) | undefined, form: 'long' | 'short' = 'long'): string | undefined {
  if (!otherLeg || otherLeg.date === match.date) return undefined;
  const [first, second] = legsInOrder(match, otherLeg);
  const outcome = tieOutcome(first, second, tieRulesOf(second.competition, second.date)?.awayGoals ?? 'none');
  const leg = legNumber(match, otherLeg);
  return form === 'short' ? formatTieShort(leg, outcome) : formatTie(leg, outcome, second.shootout);
}
