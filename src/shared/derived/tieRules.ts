import { seasonOf } from './season';

/**
 * How a two-legged tie level on aggregate after the second leg's 90 minutes is decided.
 * - `throughout`: away goals decide before extra time, and goals away in extra time count too
 *   (UEFA until 2020-21).
 * - `after-extra-time`: extra time first, then away goals, then penalties (League Cup until
 *   2017-18, rule 13.5).
 * - `none`: no away goals.
 */
export type AwayGoalsRule = 'throughout' | 'after-extra-time' | 'none';

export interface TieRules {
  /** Whether extra time is played before a shoot-out. */
  extraTime: boolean;
  awayGoals: AwayGoalsRule;
  /** Where the rule comes from, in words for an editor. */
  basis: string;
}

/** The season each change took effect, and the rules from then on, latest first. */
const RULES_BY_COMPETITION: ReadonlyArray<{ competition: RegExp; from: string; rules: TieRules }> = [
  { competition: /^UEFA /i, from: '2021-22', rules: { extraTime: true, awayGoals: 'none', basis: 'UEFA abolished away goals from 2021-22' } },
  { competition: /^UEFA /i, from: '', rules: { extraTime: true, awayGoals: 'throughout', basis: 'UEFA counted away goals until 2020-21' } },
  {
    competition: /^(EFL |English )?League Cup$/i,
    from: '2018-19',
    rules: { extraTime: false, awayGoals: 'none', basis: 'the League Cup dropped extra time and away goals in its semi-finals from 2018-19' },
  },
  {
    competition: /^(EFL |English )?League Cup$/i,
    from: '',
    rules: { extraTime: true, awayGoals: 'after-extra-time', basis: 'League Cup semi-finals until 2017-18: extra time, then away goals, then penalties' },
  },
];

/** The tie rules of a competition in the season of `date`, or undefined when the archive does not know them. */
export function tieRulesOf(competition: string, date: string): TieRules | undefined {
  const season = seasonOf(date);
  return RULES_BY_COMPETITION.find((entry) => entry.competition.test(competition.trim()) && season >= entry.from)?.rules;
}
