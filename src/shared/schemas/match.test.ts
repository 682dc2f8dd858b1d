import { describe, expect, it } from 'vitest';
import { MatchInput, type MatchInput as MatchValues } from './match';

const played = (overrides: Partial<MatchValues>): MatchValues => ({
  status: 'played',
  date: '2021-12-22',
  competition: 'League Cup',
  ground: 'home',
  opponent: 'Leicester City',
  fullTime: { liverpool: 1, opponent: 0 },
  goals: [{ minute: 10, team: 'liverpool' }],
  ...overrides,
});

function issuesOf(values: MatchValues): Array<[string, string]> {
  const result = MatchInput.safeParse(values);
  return result.success ? [] : result.error.issues.map((issue) => [issue.path.join('.'), issue.message]);
}

describe('the season a match belongs to', () => {
  it('defaults from the date, and keeps one the editor or an import gives', () => {
    expect(MatchInput.parse(played({})).season).toBe('2021-22');
    expect(MatchInput.parse(played({ date: '2020-08-05', season: '2019-20' })).season).toBe('2019-20');
  });

  it('refuses a season the date cannot fall in, and a badly written one, on the season field', () => {
    expect(issuesOf(played({ season: '2019-20' }))).toEqual([['season', 'the season 2019-20 runs from 2019 to 2020; the date 2021-12-22 is outside it']]);
    expect(issuesOf(played({ season: '2021-2022' }))).toEqual([['season', 'must be a season written YYYY-YY, like 2019-20']]);
    expect(issuesOf(played({ season: '2021-23' }))).toEqual([['season', 'must name two consecutive years, like 2019-20']]);
  });
});

describe('match rules', () => {
  it('accepts goals that add up to the score', () => {
    expect(issuesOf(played({}))).toEqual([]);
  });

  it('refuses goals that do not add up, on the goals field', () => {
    expect(issuesOf(played({ fullTime: { liverpool: 2, opponent: 0 } }))).toEqual([
      ['goals', "Liverpool's goals in normal time add up to 1 but the full-time score says 2"],
    ]);
  });

  it('counts an own goal for the other side', () => {
    const ownGoal = played({ fullTime: { liverpool: 1, opponent: 0 }, goals: [{ minute: 30, team: 'opponent', ownGoal: true }] });
    expect(issuesOf(ownGoal)).toEqual([]);
    expect(issuesOf({ ...ownGoal, fullTime: { liverpool: 0, opponent: 1 } })).toHaveLength(2);
  });

  it('allows added time after the 90th minute and counts it in normal time', () => {
    expect(issuesOf(played({ goals: [{ minute: 90, addedTime: 6, team: 'liverpool' }] }))).toEqual([]);
  });

  it('refuses added time after an ordinary minute', () => {
    expect(issuesOf(played({ goals: [{ minute: 60, addedTime: 2, team: 'liverpool' }] }))).toEqual([
      ['goals.0.addedTime', 'added time only follows the 45th, 90th, 105th or 120th minute'],
    ]);
  });

  it('refuses a minute past 90 without extra time', () => {
    const issues = issuesOf(played({ goals: [{ minute: 118, team: 'liverpool' }] }));
    expect(issues).toContainEqual(['goals.0.minute', 'a minute after 90 needs extra time: record the score after extra time first']);
  });

  it('checks extra-time goals against the score after extra time', () => {
    const final = played({
      fullTime: { liverpool: 0, opponent: 0 },
      afterExtraTime: { liverpool: 1, opponent: 0 },
      goals: [{ minute: 118, team: 'liverpool', header: true }],
    });
    expect(issuesOf(final)).toEqual([]);
    expect(issuesOf({ ...final, afterExtraTime: { liverpool: 2, opponent: 0 } })).toEqual([
      ['goals', "Liverpool's goals add up to 1 but the score after extra time says 2"],
    ]);
  });

  it('refuses extra time after a score that was not level', () => {
    const issues = issuesOf(played({ fullTime: { liverpool: 1, opponent: 0 }, afterExtraTime: { liverpool: 1, opponent: 0 } }));
    expect(issues).toContainEqual(['afterExtraTime', 'extra time is only played after a level score at full time, or in the second leg of a tie level on aggregate (name its other leg)']);
  });

  it('checks first-half goals against the half-time score', () => {
    const issues = issuesOf(played({ halfTime: { liverpool: 0, opponent: 0 } }));
    expect(issues).toEqual([['goals', "Liverpool's first-half goals add up to 1 but the half-time score says 0"]]);
  });

  it('needs a level score for a shoot-out', () => {
    const issues = issuesOf(played({ shootout: { liverpool: 5, opponent: 4, complete: false, kicks: [] } }));
    expect(issues).toEqual([['shootout', 'a shoot-out needs a level score after play (it was 1-0)']]);
  });

  const level = { fullTime: { liverpool: 3, opponent: 3 }, goals: [] };
  it('accepts a partial kick log that does not contradict the score', () => {
    const kicks = [
      { team: 'liverpool' as const, outcome: 'missed' as const },
      { team: 'liverpool' as const, outcome: 'scored' as const, order: 6 },
    ];
    expect(issuesOf(played({ ...level, shootout: { liverpool: 5, opponent: 4, complete: false, kicks } }))).toEqual([]);
  });

  it('refuses a kick log with more scored kicks than the score', () => {
    const kicks = Array.from({ length: 5 }, () => ({ team: 'opponent' as const, outcome: 'scored' as const }));
    expect(issuesOf(played({ ...level, shootout: { liverpool: 5, opponent: 4, complete: false, kicks } }))).toEqual([
      ['shootout.kicks', 'the opponent has 5 kicks logged as scored but the shoot-out score says 4'],
    ]);
  });

  it('requires a complete log to add up exactly', () => {
    const kicks = [{ team: 'liverpool' as const, outcome: 'scored' as const }];
    const issues = issuesOf(played({ ...level, shootout: { liverpool: 1, opponent: 0, complete: true, kicks } }));
    expect(issues).toEqual([]);
    const short = issuesOf(played({ ...level, shootout: { liverpool: 2, opponent: 0, complete: true, kicks } }));
    expect(short).toEqual([['shootout.kicks', 'the log is marked complete but Liverpool has 1 kicks scored, not 2']]);
  });

  it('refuses a shoot-out that ends level and two kicks in the same place', () => {
    const kicks = [
      { team: 'liverpool' as const, outcome: 'scored' as const, order: 1 },
      { team: 'liverpool' as const, outcome: 'missed' as const, order: 1 },
    ];
    const issues = issuesOf(played({ ...level, shootout: { liverpool: 3, opponent: 3, complete: false, kicks } }));
    expect(issues).toEqual([
      ['shootout.opponent', 'a shoot-out cannot end level'],
      ['shootout.kicks', 'Liverpool has two kicks with the same place in the order'],
    ]);
  });

  it('keeps scores off matches that were not played', () => {
    const issues = issuesOf(played({ status: 'postponed' }));
    expect(issues).toEqual([
      ['fullTime', 'only a played match has a score (status is postponed)'],
      ['goals', 'only a played match has goals (status is postponed)'],
    ]);
    expect(issuesOf(played({ status: 'played', fullTime: undefined, goals: [] }))).toEqual([['fullTime', 'a played match needs its full-time score']]);
  });

  it('keeps an official home side to neutral grounds', () => {
    expect(issuesOf(played({ ground: 'neutral', officialHome: 'opponent' }))).toEqual([]);
    expect(issuesOf(played({ ground: 'home', officialHome: 'opponent' }))).toEqual([
      ['officialHome', 'only a match at a neutral ground has an official home side (this one is home)'],
    ]);
  });
});
