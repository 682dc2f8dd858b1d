import { describe, expect, it } from 'vitest';
import { goalMarks, goalsInOrder, reportSide, sidesInPrintOrder } from './matchReport';

describe('a match report box', () => {
  it('prints the home side first, Liverpool first on neutral ground', () => {
    expect(sidesInPrintOrder({ ground: 'home' })).toEqual(['liverpool', 'opponent']);
    expect(sidesInPrintOrder({ ground: 'away' })).toEqual(['opponent', 'liverpool']);
    expect(sidesInPrintOrder({ ground: 'neutral' })).toEqual(['liverpool', 'opponent']);
  });

  it('orders goals by minute, added time inside its minute', () => {
    const goals = [{ minute: 91 }, { minute: 90, addedTime: 6 }, { minute: 46 }, { minute: 45, addedTime: 2 }, { minute: 7 }];
    expect(goalsInOrder(goals).map((goal) => `${goal.minute}+${goal.addedTime ?? 0}`)).toEqual(['7+0', '45+2', '46+0', '90+6', '91+0']);
  });

  it('lists an own goal under the side it counted for, marked og', () => {
    expect(reportSide({ team: 'opponent', ownGoal: true })).toBe('liverpool');
    expect(reportSide({ team: 'liverpool', ownGoal: false })).toBe('liverpool');
    expect(goalMarks({ penalty: true, ownGoal: false, header: false })).toEqual(['pen']);
    expect(goalMarks({ penalty: false, ownGoal: true, header: true })).toEqual(['og', 'header']);
  });
});
