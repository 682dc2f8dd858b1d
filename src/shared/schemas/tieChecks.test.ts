import { describe, expect, it } from 'vitest';
import { formatTie, legsInOrder, tieLine, tieOutcome } from '../derived/tie';
import { tieRulesOf } from '../derived/tieRules';
import { Match } from './match';
import { checkTie, type TieLeg } from './tieChecks';

type Score = [number, number];
const score = ([liverpool, opponent]: Score) => ({ liverpool, opponent });

function leg(id: string, otherLegId: string, date: string, ground: TieLeg['ground'], fullTime: Score, extra: { aet?: Score; pens?: Score; competition?: string; opponent?: string; officialHome?: 'liverpool' | 'opponent' } = {}): TieLeg {
  return {
    id,
    otherLegId,
    date,
    status: 'played',
    ground,
    ...(extra.officialHome ? { officialHome: extra.officialHome } : {}),
    competition: extra.competition ?? 'UEFA Champions League',
    opponent: extra.opponent ?? 'Atlético Madrid',
    fullTime: score(fullTime),
    ...(extra.aet ? { afterExtraTime: score(extra.aet) } : {}),
    ...(extra.pens ? { shootout: score(extra.pens) } : {}),
  };
}

function problemsOf(match: TieLeg, otherLeg: TieLeg): Array<[string, string]> {
  const found: Array<[string, string]> = [];
  checkTie(match, otherLeg, (path, message) => found.push([path.join('.'), message]));
  return found;
}

const atleticoFirst = leg('m1', 'm2', '2020-02-18', 'away', [0, 1]);
const atleticoSecond = leg('m2', 'm1', '2020-03-11', 'home', [1, 0], { aet: [2, 3] });
const stokeFirst = leg('s1', 's2', '2016-01-05', 'away', [1, 0], { competition: 'League Cup', opponent: 'Stoke City' });
const stokeSecond = leg('s2', 's1', '2016-01-26', 'home', [0, 1], { competition: 'League Cup', opponent: 'Stoke City', aet: [0, 1], pens: [6, 5] });

describe('two-legged ties', () => {
  it('accepts Atlético Madrid 2020: level on aggregate and on away goals after 90 minutes, lost 2-4 after extra time', () => {
    expect(problemsOf(atleticoSecond, atleticoFirst)).toEqual([]);
    expect(problemsOf(atleticoFirst, atleticoSecond)).toEqual([]);
    const [first, second] = legsInOrder(atleticoSecond, atleticoFirst);
    const outcome = tieOutcome(first, second, 'throughout');
    expect(outcome).toEqual({ aggregate: { liverpool: 2, opponent: 4 }, winner: 'opponent', decidedBy: 'aggregate' });
    expect(formatTie(2, outcome)).toBe('Second leg · lost 2-4 on aggregate');
  });

  it('accepts Stoke City 2016: extra time, away goals level, won 6-5 on penalties', () => {
    expect(problemsOf(stokeSecond, stokeFirst)).toEqual([]);
    const outcome = tieOutcome(stokeFirst, stokeSecond, 'after-extra-time');
    expect(outcome).toEqual({ aggregate: { liverpool: 1, opponent: 1 }, winner: 'liverpool', decidedBy: 'penalties' });
    expect(formatTie(2, outcome, stokeSecond.shootout)).toBe('Second leg · 1-1 on aggregate, won 6-5 on penalties');
    expect(tieLine(stokeFirst, stokeSecond)).toBe('First leg · 1-1 on aggregate, won 6-5 on penalties');
    expect(tieLine(stokeFirst, { ...stokeSecond, status: 'scheduled' })).toBe('First leg');
    expect(tieLine(stokeSecond, stokeFirst, 'short')).toBe('2nd leg, 1-1 agg');
  });

  it('lets a second leg go to extra time from a score that was not level on the night, but not a single match', () => {
    const values = { status: 'played', date: '2020-03-11', competition: 'UEFA Champions League', ground: 'home', opponent: 'Atlético Madrid', fullTime: score([1, 0]), afterExtraTime: score([2, 3]) };
    const stamps = { id: 'm2', createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-01T00:00:00.000Z', sourceIds: [], tags: [], notes: '' };
    expect(Match.safeParse({ ...values, ...stamps, otherLegId: 'm1' }).success).toBe(true);
    expect(Match.safeParse({ ...values, ...stamps }).error?.issues.map((issue) => issue.path.join('.'))).toEqual(['afterExtraTime']);
  });

  it('refuses extra time when the aggregate after 90 minutes was not level', () => {
    const second = { ...atleticoSecond, fullTime: score([2, 0]), afterExtraTime: score([3, 0]) };
    expect(problemsOf(second, atleticoFirst)).toEqual([['afterExtraTime', 'extra time is only played when the tie is level on aggregate after 90 minutes (it was 2-1)']]);
  });

  it('refuses extra time after away goals decided a UEFA tie until 2020-21, and allows it from 2021-22', () => {
    const first = leg('a1', 'a2', '2019-02-19', 'away', [1, 1]);
    const second = leg('a2', 'a1', '2019-03-13', 'home', [2, 2], { aet: [3, 2] });
    expect(problemsOf(second, first)).toEqual([['afterExtraTime', 'away goals decided the tie after 90 minutes, so there was no extra time (UEFA counted away goals until 2020-21)']]);
    const later = (match: TieLeg, date: string) => ({ ...match, date });
    expect(problemsOf(later(second, '2022-03-13'), later(first, '2022-02-19'))).toEqual([]);
  });

  it('refuses extra time in a League Cup semi-final from 2018-19, where level ties went straight to penalties', () => {
    const first = leg('c1', 'c2', '2022-01-13', 'home', [0, 0], { competition: 'League Cup', opponent: 'Arsenal' });
    const second = leg('c2', 'c1', '2022-01-20', 'away', [1, 1], { competition: 'League Cup', opponent: 'Arsenal', aet: [1, 1], pens: [4, 3] });
    expect(problemsOf(second, first)).toEqual([['afterExtraTime', 'this tie had no extra time: the League Cup dropped extra time and away goals in its semi-finals from 2018-19']]);
    const { afterExtraTime: _dropped, ...straightToPenalties } = second;
    expect(problemsOf(straightToPenalties, first)).toEqual([]);
  });

  it('refuses a shoot-out that League Cup away goals after extra time had made needless (rule until 2017-18)', () => {
    const second = { ...stokeSecond, fullTime: score([1, 2]), afterExtraTime: score([1, 2]) };
    const first = { ...stokeFirst, fullTime: score([1, 0]) };
    // 2-2 on aggregate; Stoke scored two away, Liverpool one: Stoke through on away goals.
    expect(problemsOf(second, first)).toEqual([
      ['shootout', 'away goals decided the tie (1-2 away), so there was no shoot-out (League Cup semi-finals until 2017-18: extra time, then away goals, then penalties)'],
    ]);
  });

  it('refuses a level tie left undecided, and extra time or a shoot-out on a first leg', () => {
    const { shootout: _none, ...undecided } = stokeSecond;
    expect(problemsOf(undecided, stokeFirst)).toEqual([['shootout', 'the tie is level on aggregate (1-1) after this leg: record the shoot-out that decided it']]);
    const firstWithExtraTime = { ...stokeFirst, fullTime: score([0, 0]), afterExtraTime: score([1, 0]) };
    expect(problemsOf(firstWithExtraTime, stokeSecond)).toEqual([['afterExtraTime', 'a first leg has no extra time: the tie is decided after the second leg']]);
  });

  it('needs the legs to name each other, share the opponent and the competition, and fall on two dates', () => {
    expect(problemsOf(atleticoSecond, { ...atleticoFirst, otherLegId: undefined, opponent: 'Sevilla', competition: 'UEFA Europa League', date: '2020-03-11' })).toEqual([
      ['otherLegId', 'the other leg "m1" names no other leg: the two legs of a tie name each other'],
      ['otherLegId', 'the other leg is against Sevilla, not Atlético Madrid'],
      ['otherLegId', 'the other leg is in the UEFA Europa League, not the UEFA Champions League'],
      ['otherLegId', 'the two legs are on the same day: a tie is played on two dates'],
    ]);
    expect(problemsOf(atleticoSecond, atleticoSecond)).toEqual([['otherLegId', 'a match cannot be its own other leg']]);
  });

  it('needs the official home side of a neutral leg when away goals could decide (RB Leipzig 2021, both legs in Budapest)', () => {
    const first = leg('l1', 'l2', '2021-02-16', 'neutral', [2, 0], { opponent: 'RB Leipzig' });
    const second = leg('l2', 'l1', '2021-03-10', 'neutral', [0, 2], { opponent: 'RB Leipzig', aet: [0, 2], pens: [4, 3] });
    expect(problemsOf(second, first)).toEqual([['officialHome', 'this leg was at a neutral ground: record its official home side, which the away-goals rule needs']]);
    // Two away goals each: level, so extra time and penalties stand.
    expect(problemsOf({ ...second, officialHome: 'liverpool' }, { ...first, officialHome: 'opponent' })).toEqual([]);
  });

  it('knows the rules by competition and season', () => {
    expect(tieRulesOf('UEFA Champions League', '2021-03-10')?.awayGoals).toBe('throughout');
    expect(tieRulesOf('UEFA Europa League', '2021-08-10')?.awayGoals).toBe('none');
    expect(tieRulesOf('League Cup', '2018-01-10')).toMatchObject({ extraTime: true, awayGoals: 'after-extra-time' });
    expect(tieRulesOf('League Cup', '2019-01-10')).toMatchObject({ extraTime: false, awayGoals: 'none' });
    expect(tieRulesOf('FA Cup', '2019-01-10')).toBeUndefined();
  });
});
