import { describe, expect, it } from 'vitest';
import { minuteText, parseGoalLine } from './goalLine';

describe('a goal typed on one line', () => {
  it('reads the minute, the added time and the scorer', () => {
    expect(parseGoalLine('54 Wijnaldum')).toEqual({ minute: 54, penalty: false, ownGoal: false, header: false, scorer: 'Wijnaldum' });
    expect(parseGoalLine("90+6' Takumi Minamino")).toMatchObject({ minute: 90, addedTime: 6, scorer: 'Takumi Minamino' });
    expect(parseGoalLine('45 + 2 van dijk')).toMatchObject({ minute: 45, addedTime: 2, scorer: 'van dijk' });
  });

  it('reads penalty, own goal and header marks anywhere after the minute', () => {
    expect(parseGoalLine('23 Salah pen')).toMatchObject({ penalty: true, scorer: 'Salah' });
    expect(parseGoalLine('61 og Maguire')).toMatchObject({ ownGoal: true, scorer: 'Maguire' });
    expect(parseGoalLine('79 Origi (h)')).toMatchObject({ header: true, scorer: 'Origi' });
  });

  it('is no goal until it starts with a minute', () => {
    expect(parseGoalLine('Origi 7')).toBeUndefined();
    expect(parseGoalLine('')).toBeUndefined();
    expect(parseGoalLine('7')).toMatchObject({ minute: 7, scorer: '' });
    expect(parseGoalLine('7origi')).toBeUndefined();
  });

  it('writes a minute back as it is typed', () => {
    expect(minuteText({ minute: 90, addedTime: 6 })).toBe('90+6');
    expect(minuteText({ minute: 54 })).toBe('54');
  });
});
