import type { Goal, Match, Side } from '../../../../shared/schemas/match';
import { creditedSide } from '../../../../shared/derived/goals';
import { homeSide } from '../../../../shared/derived/homeSide';

/** The two sides as a match report prints them: the home side first (Liverpool first on neutral ground unless the opponent was the official home side). */
export function sidesInPrintOrder(match: Pick<Match, 'ground' | 'officialHome'>): [Side, Side] {
  return homeSide(match) === 'opponent' ? ['opponent', 'liverpool'] : ['liverpool', 'opponent'];
}

/** Goals in the order they were scored: 45+2 after 45, before 46; 90+6 before 91. */
export function goalsInOrder<G extends Pick<Goal, 'minute' | 'addedTime'>>(goals: readonly G[]): G[] {
  return [...goals].sort((a, b) => a.minute - b.minute || (a.addedTime ?? 0) - (b.addedTime ?? 0));
}

/** The side a goal counts for, as the report lists it: an own goal under the side it helped. */
export function reportSide(goal: Pick<Goal, 'team' | 'ownGoal'>): Side {
  return creditedSide(goal);
}

/** What the report adds after the minute: (pen), (og), (header). */
export function goalMarks(goal: Pick<Goal, 'penalty' | 'ownGoal' | 'header'>): string[] {
  return [goal.penalty ? 'pen' : '', goal.ownGoal ? 'og' : '', goal.header ? 'header' : ''].filter(Boolean);
}
