import { describe, expect, it } from 'vitest';
import { scoreFromGoals } from './scoreFromGoals';

describe('the score the goals make', () => {
  it('counts full time and half time, 45+2 in the first half', () => {
    const goals = [
      { minute: 7, team: 'liverpool' as const },
      { minute: 45, addedTime: 2, team: 'opponent' as const },
      { minute: 54, team: 'liverpool' as const },
    ];
    expect(scoreFromGoals(goals)).toEqual({ fullTime: { liverpool: 2, opponent: 1 }, halfTime: { liverpool: 1, opponent: 1 } });
  });

  it('counts an own goal for the other side', () => {
    expect(scoreFromGoals([{ minute: 61, team: 'opponent', ownGoal: true }])?.fullTime).toEqual({ liverpool: 1, opponent: 0 });
  });

  it('says nothing of half time without goals, and leaves extra time to the editor', () => {
    expect(scoreFromGoals([])).toEqual({ fullTime: { liverpool: 0, opponent: 0 }, halfTime: undefined });
    expect(scoreFromGoals([{ minute: 105, team: 'liverpool' }])).toBeUndefined();
  });
});
