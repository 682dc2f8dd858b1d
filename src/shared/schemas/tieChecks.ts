import { addScores, awayGoals, isLevel, legNumber, type LegShape } from '../derived/tie';
import { tieRulesOf } from '../derived/tieRules';

export interface TieLeg extends LegShape {
  competition: string;
  opponent: string;
  otherLegId?: string;
}

type Fail = (path: Array<string | number>, message: string) => void;

const scoreText = (score: { liverpool: number; opponent: number }) => `${score.liverpool}-${score.opponent}`;
const sameName = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

/**
 * The rules a leg of a two-legged tie obeys with its other leg: they name each other, share
 * the opponent and competition, and the second leg's extra time and shoot-out follow the
 * aggregate (and away goals, where the competition's season counted them). Problems are
 * reported on `match`'s own fields. A missing other leg is the reference check's to report.
 */
export function checkTie(match: TieLeg, otherLeg: TieLeg, fail: Fail): void {
  if (otherLeg.id === match.id) {
    fail(['otherLegId'], 'a match cannot be its own other leg');
    return;
  }
  if (otherLeg.otherLegId !== match.id) {
    const named = otherLeg.otherLegId ? `names "${otherLeg.otherLegId}"` : 'names no other leg';
    fail(['otherLegId'], `the other leg "${otherLeg.id}" ${named}: the two legs of a tie name each other`);
  }
  if (!sameName(match.opponent, otherLeg.opponent)) fail(['otherLegId'], `the other leg is against ${otherLeg.opponent}, not ${match.opponent}`);
  if (!sameName(match.competition, otherLeg.competition)) fail(['otherLegId'], `the other leg is in the ${otherLeg.competition}, not the ${match.competition}`);
  if (match.date === otherLeg.date) {
    fail(['otherLegId'], 'the two legs are on the same day: a tie is played on two dates');
    return;
  }
  if (legNumber(match, otherLeg) === 1) {
    if (match.afterExtraTime) fail(['afterExtraTime'], 'a first leg has no extra time: the tie is decided after the second leg');
    if (match.shootout) fail(['shootout'], 'a first leg has no shoot-out: the tie is decided after the second leg');
    return;
  }
  checkSecondLeg(match, otherLeg, fail);
}

function checkSecondLeg(second: TieLeg, first: TieLeg, fail: Fail): void {
  if (second.status !== 'played' || first.status !== 'played' || !second.fullTime) return;
  const firstScore = first.afterExtraTime ?? first.fullTime;
  if (!firstScore) return;
  const rules = tieRulesOf(second.competition, second.date);
  const awayCounts = rules !== undefined && rules.awayGoals !== 'none';
  const afterNinety = addScores(firstScore, second.fullTime);
  const afterPlay = addScores(firstScore, second.afterExtraTime ?? second.fullTime);
  const awayAt = (secondScore: { liverpool: number; opponent: number }) =>
    awayGoals([
      { leg: first, score: firstScore },
      { leg: second, score: secondScore },
    ]);
  // Away goals matter only when the aggregate is level; then they need each leg's home side.
  if (awayCounts && awayAt(second.fullTime) === undefined && (isLevel(afterNinety) || isLevel(afterPlay))) {
    const which = homeUnknown(second) ? 'this leg' : 'the first leg';
    fail(['officialHome'], `${which} was at a neutral ground: record its official home side, which the away-goals rule needs`);
    return;
  }
  const awayDecidedAtNinety = rules?.awayGoals === 'throughout' && isLevel(afterNinety) && !isLevel(awayAt(second.fullTime) ?? { liverpool: 0, opponent: 0 });

  if (second.afterExtraTime) {
    if (!isLevel(afterNinety)) {
      fail(['afterExtraTime'], `extra time is only played when the tie is level on aggregate after 90 minutes (it was ${scoreText(afterNinety)})`);
    } else if (awayDecidedAtNinety) {
      fail(['afterExtraTime'], `away goals decided the tie after 90 minutes, so there was no extra time (${rules?.basis})`);
    } else if (rules && !rules.extraTime) {
      fail(['afterExtraTime'], `this tie had no extra time: ${rules.basis}`);
    }
  }
  const awayAfterPlay = awayCounts ? awayAt(second.afterExtraTime ?? second.fullTime) : undefined;
  const awayDecided = awayAfterPlay !== undefined && !isLevel(awayAfterPlay);
  if (second.shootout) {
    if (!isLevel(afterPlay)) {
      fail(['shootout'], `a shoot-out needs the tie level on aggregate after play (it was ${scoreText(afterPlay)})`);
    } else if (awayDecided) {
      fail(['shootout'], `away goals decided the tie (${scoreText(awayAfterPlay)} away), so there was no shoot-out (${rules?.basis})`);
    } else if (rules?.extraTime && !second.afterExtraTime) {
      fail(['afterExtraTime'], `extra time comes before the shoot-out in this tie (${rules.basis}): record the score after extra time`);
    }
  } else if (rules && isLevel(afterPlay) && !awayDecided && !awayDecidedAtNinety) {
    fail(['shootout'], `the tie is level on aggregate (${scoreText(afterPlay)}) after this leg: record ${rules.extraTime && !second.afterExtraTime ? 'extra time and ' : ''}the shoot-out that decided it`);
  }
}

function homeUnknown(leg: TieLeg): boolean {
  return leg.ground === 'neutral' && leg.officialHome === undefined;
}
