import { goalTally, isExtraTimeGoal } from '../../../../shared/derived/goals';
import type { Score } from '../../../../shared/schemas/match';

interface TypedGoal {
  minute: number;
  team: 'liverpool' | 'opponent';
  ownGoal?: boolean | undefined;
}

/**
 * The full-time and half-time scores the goals make, for a new match whose score the editor
 * has not typed: recorded goals must add up, so they say the score. Undefined once a goal is
 * in extra time, where the editor gives the scores.
 */
export function scoreFromGoals(goals: readonly TypedGoal[]): { fullTime: Score; halfTime: Score | undefined } | undefined {
  if (goals.some(isExtraTimeGoal)) return undefined;
  const counted = goals.map((goal) => ({ team: goal.team, ownGoal: goal.ownGoal ?? false }));
  const firstHalf = goals.filter((goal) => goal.minute <= 45).map((goal) => ({ team: goal.team, ownGoal: goal.ownGoal ?? false }));
  return { fullTime: goalTally(counted), halfTime: goals.length > 0 ? goalTally(firstHalf) : undefined };
}
