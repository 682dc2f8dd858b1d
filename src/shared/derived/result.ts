export type Outcome = 'W' | 'D' | 'L';

interface ScoreShape {
  liverpool: number;
  opponent: number;
}
interface ResultMatch {
  status: string;
  fullTime?: ScoreShape;
  afterExtraTime?: ScoreShape;
  shootout?: ScoreShape;
}

export interface MatchResult {
  /** Liverpool's result by the score after play (extra time included). */
  outcome: Outcome;
  score: ScoreShape;
  /** A shoot-out decides who goes through, not the result: shown apart. */
  shootout?: { outcome: 'won' | 'lost'; score: ScoreShape };
  afterExtraTime: boolean;
}

export function scoreAfterPlay(match: ResultMatch): ScoreShape | undefined {
  return match.afterExtraTime ?? match.fullTime;
}

export function matchResult(match: ResultMatch): MatchResult | undefined {
  const score = match.status === 'played' ? scoreAfterPlay(match) : undefined;
  if (!score) return undefined;
  const outcome: Outcome = score.liverpool > score.opponent ? 'W' : score.liverpool < score.opponent ? 'L' : 'D';
  const result: MatchResult = { outcome, score, afterExtraTime: match.afterExtraTime !== undefined };
  if (match.shootout) {
    const { liverpool, opponent } = match.shootout;
    result.shootout = { outcome: liverpool > opponent ? 'won' : 'lost', score: { liverpool, opponent } };
  }
  return result;
}

/** "3-3 (aet), won 5-4 on penalties" — Liverpool's score first, as the archive keeps it. */
export function formatResult(result: MatchResult): string {
  const base = `${result.score.liverpool}-${result.score.opponent}${result.afterExtraTime ? ' aet' : ''}`;
  if (!result.shootout) return base;
  const { outcome, score } = result.shootout;
  return `${base}, ${outcome} ${score.liverpool}-${score.opponent} on penalties`;
}
