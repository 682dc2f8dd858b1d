import type { z } from 'zod';
import { goalTally, isExtraTimeGoal, sideLabel, sideName } from '../derived/goals';
import { scoreAfterPlay } from '../derived/result';
import { dateFitsSeason, seasonStartYear } from '../derived/season';

interface Side2 {
  liverpool: number;
  opponent: number;
}
interface GoalShape {
  minute: number;
  addedTime?: number;
  team: 'liverpool' | 'opponent';
  ownGoal: boolean;
}
interface MatchShape {
  status: string;
  date: string;
  season?: string;
  ground: string;
  officialHome?: string;
  otherLegId?: string;
  fullTime?: Side2;
  halfTime?: Side2;
  afterExtraTime?: Side2;
  shootout?: Side2 & { complete: boolean; kicks: Array<{ team: 'liverpool' | 'opponent'; order?: number; outcome: string }> };
  goals: GoalShape[];
}

const STOPPAGE_MINUTES = new Set([45, 90, 105, 120]);
const SIDES = ['liverpool', 'opponent'] as const;

/**
 * The football rules a match record must obey across its fields. Each broken rule is
 * reported on the field that breaks it, in words an editor understands.
 */
export function checkMatchRules(match: MatchShape, ctx: z.RefinementCtx): void {
  const fail = (path: Array<string | number>, message: string) => ctx.addIssue({ code: 'custom', path, message });
  if (match.officialHome !== undefined && match.ground !== 'neutral') {
    fail(['officialHome'], `only a match at a neutral ground has an official home side (this one is ${match.ground})`);
  }
  // A leg's extra time and shoot-out follow the aggregate, which needs the other leg: see checkTie.
  const singleMatch = match.otherLegId === undefined;

  if (match.season && /^\d{4}-\d{2}$/.test(match.season) && !dateFitsSeason(match.date, match.season)) {
    const start = seasonStartYear(match.season);
    fail(['season'], `the season ${match.season} runs from ${start} to ${start + 1}; the date ${match.date} is outside it`);
  }

  if (match.status !== 'played') {
    for (const field of ['fullTime', 'halfTime', 'afterExtraTime', 'shootout'] as const) {
      if (match[field]) fail([field], `only a played match has a score (status is ${match.status})`);
    }
    if (match.goals.length > 0) fail(['goals'], `only a played match has goals (status is ${match.status})`);
    return;
  }
  const fullTime = match.fullTime;
  if (!fullTime) {
    fail(['fullTime'], 'a played match needs its full-time score');
    return;
  }
  if (match.halfTime) {
    for (const side of SIDES) {
      if (match.halfTime[side] > fullTime[side]) {
        fail(['halfTime', side], `half-time goals (${match.halfTime[side]}) cannot exceed full-time goals (${fullTime[side]})`);
      }
    }
  }
  const extraTime = match.afterExtraTime;
  if (extraTime) {
    if (singleMatch && fullTime.liverpool !== fullTime.opponent) {
      fail(['afterExtraTime'], 'extra time is only played after a level score at full time, or in the second leg of a tie level on aggregate (name its other leg)');
    }
    for (const side of SIDES) {
      if (extraTime[side] < fullTime[side]) {
        fail(['afterExtraTime', side], `the score after extra time (${extraTime[side]}) cannot be lower than at full time (${fullTime[side]})`);
      }
    }
  }

  match.goals.forEach((goal, index) => {
    if (goal.addedTime !== undefined && !STOPPAGE_MINUTES.has(goal.minute)) {
      fail(['goals', index, 'addedTime'], 'added time only follows the 45th, 90th, 105th or 120th minute');
    }
    if (isExtraTimeGoal(goal) && !extraTime) {
      fail(['goals', index, 'minute'], 'a minute after 90 needs extra time: record the score after extra time first');
    }
  });

  if (match.goals.length > 0) checkGoalsAddUp(match.goals, fullTime, match.halfTime, extraTime, fail);
  if (match.shootout) checkShootout(match.shootout, singleMatch ? (scoreAfterPlay(match) ?? fullTime) : undefined, fail);
}

function checkGoalsAddUp(
  goals: GoalShape[],
  fullTime: Side2,
  halfTime: Side2 | undefined,
  extraTime: Side2 | undefined,
  fail: (path: Array<string | number>, message: string) => void,
): void {
  const inNormalTime = goalTally(goals.filter((goal) => !isExtraTimeGoal(goal)));
  for (const side of SIDES) {
    if (inNormalTime[side] !== fullTime[side]) {
      fail(['goals'], `${sideLabel(side)} goals in normal time add up to ${inNormalTime[side]} but the full-time score says ${fullTime[side]}`);
    }
  }
  if (halfTime) {
    const firstHalf = goalTally(goals.filter((goal) => goal.minute <= 45));
    for (const side of SIDES) {
      if (firstHalf[side] !== halfTime[side]) {
        fail(['goals'], `${sideLabel(side)} first-half goals add up to ${firstHalf[side]} but the half-time score says ${halfTime[side]}`);
      }
    }
  }
  if (extraTime) {
    const all = goalTally(goals);
    for (const side of SIDES) {
      if (all[side] !== extraTime[side]) {
        fail(['goals'], `${sideLabel(side)} goals add up to ${all[side]} but the score after extra time says ${extraTime[side]}`);
      }
    }
  }
}

function checkShootout(
  shootout: NonNullable<MatchShape['shootout']>,
  afterPlay: Side2 | undefined,
  fail: (path: Array<string | number>, message: string) => void,
): void {
  if (afterPlay && afterPlay.liverpool !== afterPlay.opponent) {
    fail(['shootout'], `a shoot-out needs a level score after play (it was ${afterPlay.liverpool}-${afterPlay.opponent})`);
  }
  if (shootout.liverpool === shootout.opponent) {
    fail(['shootout', 'opponent'], 'a shoot-out cannot end level');
  }
  for (const side of SIDES) {
    const kicks = shootout.kicks.filter((kick) => kick.team === side);
    const scored = kicks.filter((kick) => kick.outcome === 'scored').length;
    if (scored > shootout[side]) {
      fail(['shootout', 'kicks'], `${sideName(side)} has ${scored} kicks logged as scored but the shoot-out score says ${shootout[side]}`);
    } else if (shootout.complete && scored !== shootout[side]) {
      fail(['shootout', 'kicks'], `the log is marked complete but ${sideName(side)} has ${scored} kicks scored, not ${shootout[side]}`);
    }
    const orders = kicks.flatMap((kick) => (kick.order === undefined ? [] : [kick.order]));
    if (new Set(orders).size !== orders.length) {
      fail(['shootout', 'kicks'], `${sideName(side)} has two kicks with the same place in the order`);
    }
  }
}
