import { describe, expect, it } from 'vitest';
import { describeFieldPath } from './fieldPath';

describe('field paths in the editor’s words', () => {
  it('names list items by their place and reference fields by what they point at', () => {
    expect(describeFieldPath('goals.1.minute')).toBe('goal 2 minute');
    expect(describeFieldPath('sourceIds')).toBe('sources');
    expect(describeFieldPath('speakerId')).toBe('speaker');
    expect(describeFieldPath('shootout.kicks.0.takerId')).toBe('shootout kick 1 taker');
    expect(describeFieldPath('afterExtraTime')).toBe('after extra time');
  });

  it("uses the form's own label where it has one", () => {
    const labels = { text: 'Exact words', url: 'Address (URL)' };
    expect(describeFieldPath('text', labels)).toBe('Exact words');
    expect(describeFieldPath('url', labels)).toBe('Address (URL)');
    expect(describeFieldPath('goals.0.minute', labels)).toBe('goal 1 minute');
  });
});
