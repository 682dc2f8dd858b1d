export type SideName = 'liverpool' | 'opponent';

interface CountedGoal {
  minute: number;
  team: SideName;
  ownGoal: boolean;
}

/** An own goal counts for the other side. */
export function creditedSide(goal: Pick<CountedGoal, 'team' | 'ownGoal'>): SideName {
  if (!goal.ownGoal) return goal.team;
  return goal.team === 'liverpool' ? 'opponent' : 'liverpool';
}

export function goalTally(goals: Iterable<Pick<CountedGoal, 'team' | 'ownGoal'>>): Record<SideName, number> {
  const tally = { liverpool: 0, opponent: 0 };
  for (const goal of goals) tally[creditedSide(goal)] += 1;
  return tally;
}

/** 90+6 is still normal time; only minutes 91-120 belong to extra time. */
export function isExtraTimeGoal(goal: Pick<CountedGoal, 'minute'>): boolean {
  return goal.minute > 90;
}

export function sideName(side: SideName): string {
  return side === 'liverpool' ? 'Liverpool' : 'the opponent';
}

export function sideLabel(side: SideName): string {
  return `${sideName(side)}'s`;
}

/** The way a goal's time is printed in match reports: 9', 90+6'. */
export function formatMinute(goal: { minute: number; addedTime?: number }): string {
  return goal.addedTime ? `${goal.minute}+${goal.addedTime}'` : `${goal.minute}'`;
}
