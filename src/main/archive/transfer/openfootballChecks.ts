import type { OpenfootballCheck } from '../../../shared/contract/transfer';
import { Season } from '../../../shared/schemas/season';
import { seasonStartYear } from '../../../shared/derived/season';

/** What the checks need of a match in a football.json file, numbered in file order from 1. */
export interface CheckedMatch {
  number: number;
  round?: string;
  date: string;
  team1: string;
  team2: string;
  score?: { ht?: [number, number]; ft?: [number, number]; et?: [number, number]; p?: [number, number] };
  goals1?: ReadonlyArray<{ minute?: number }>;
  goals2?: ReadonlyArray<{ minute?: number }>;
}

export interface MatchProblem {
  number: number;
  check: OpenfootballCheck;
  reason: string;
}

/**
 * Where a round sits in its competition: a league's matchdays by number, a cup's stages in
 * the order they are played. A round of another name is not placed, and so not checked.
 */
function roundRank(round: string | undefined): number | undefined {
  if (!round) return undefined;
  const matchday = /\b(?:matchday|round|week)\s*(\d+)\b/i.exec(round);
  if (matchday && !/round of/i.test(round)) return Number(matchday[1]);
  const stages: Array<[RegExp, number]> = [
    [/qualif|preliminary|play-?off/i, 1000],
    [/group/i, 2000],
    [/round of 32|last 32/i, 3000],
    [/round of 16|last 16|8th/i, 4000],
    [/quarter/i, 5000],
    [/semi/i, 6000],
    [/third|3rd/i, 6500],
    [/final/i, 7000],
  ];
  return stages.find(([pattern]) => pattern.test(round))?.[1];
}

/** The middle date (the earlier of two middles), which a few moved matches do not shift. */
const median = (dates: string[]) => [...dates].sort()[Math.floor((dates.length - 1) / 2)]!;

/** The placed rounds in their order, each with its median date. */
function typicalDates(matches: readonly CheckedMatch[]): Array<{ rank: number; name: string; typical: string }> {
  const byRank = new Map<number, { name: string; dates: string[] }>();
  for (const match of matches) {
    const rank = roundRank(match.round);
    if (rank === undefined) continue;
    const entry = byRank.get(rank) ?? { name: match.round!, dates: [] };
    entry.dates.push(match.date);
    byRank.set(rank, entry);
  }
  return [...byRank.entries()].sort(([a], [b]) => a - b).map(([rank, { name, dates }]) => ({ rank, name, typical: median(dates) }));
}

/**
 * A match dated after the next round was typically played, or before the previous one:
 * rescheduled (it happens: a cup final, a storm), or a wrong date. A round's typical date is
 * its median, so its own rescheduled matches do not move it.
 */
function roundOrderProblems(matches: readonly CheckedMatch[]): MatchProblem[] {
  const rounds = typicalDates(matches);
  const problems: MatchProblem[] = [];
  for (const match of matches) {
    const rank = roundRank(match.round);
    if (rank === undefined) continue;
    // Only the neighbouring rounds: a round whose matches were mostly moved says little about the rest.
    const at = rounds.findIndex((round) => round.rank === rank);
    const earlier = rounds[at - 1] && rounds[at - 1]!.typical > match.date ? rounds[at - 1] : undefined;
    const later = rounds[at + 1] && rounds[at + 1]!.typical < match.date ? rounds[at + 1] : undefined;
    if (earlier) {
      problems.push({ number: match.number, check: 'round-order', reason: `${match.round} is dated ${match.date}, before ${earlier.name} (played around ${earlier.typical}): brought forward, or a wrong date?` });
    } else if (later) {
      problems.push({ number: match.number, check: 'round-order', reason: `${match.round} is dated ${match.date}, after ${later.name} (played around ${later.typical}): rescheduled, or a wrong date?` });
    }
  }
  return problems;
}

/** How long before its first matchday's typical date a league's first matches may be played. */
const OPENING_DAYS = 10;

/**
 * A season's matches are played from June (qualifying) to August of its second year (2019-20's
 * last), and none well before its first round: a league's matchday 1 opens it.
 */
function seasonProblems(matches: readonly CheckedMatch[], season: string): MatchProblem[] {
  if (!Season.safeParse(season).success) return [];
  const start = seasonStartYear(season);
  const opening = firstRound(matches);
  const openingFrom = opening ? isoDaysBefore(opening.typical, OPENING_DAYS) : undefined;
  const from = openingFrom && openingFrom > `${start}-06-01` ? openingFrom : `${start}-06-01`;
  const to = `${start + 1}-08-31`;
  const began = opening && from === openingFrom ? ` (${opening.name} was played around ${opening.typical})` : '';
  return matches
    .filter((match) => match.date < from || match.date > to)
    .map((match) => ({
      number: match.number,
      check: 'out-of-season',
      reason: match.date < from && began ? `dated ${match.date}, before the ${season} season began${began}` : `dated ${match.date}, outside the ${season} season (${from} to ${to})`,
    }));
}

/** A league's matchday 1 and its typical date; a cup's first stage (groups) runs for months, so says nothing. */
function firstRound(matches: readonly CheckedMatch[]): { name: string; typical: string } | undefined {
  const first = typicalDates(matches)[0];
  return first?.rank === 1 ? first : undefined;
}

function isoDaysBefore(isoDate: string, days: number): string {
  return new Date(Date.parse(`${isoDate}T00:00:00Z`) - days * 86_400_000).toISOString().slice(0, 10);
}

const scoreText = (score: readonly [number, number]) => `${score[0]}-${score[1]}`;

/** Scores that contradict each other or the goals the file lists. */
function scoreProblems(match: CheckedMatch): MatchProblem[] {
  const { ht, ft, et } = match.score ?? {};
  const reasons: string[] = [];
  if (ht && ft && (ht[0] > ft[0] || ht[1] > ft[1])) reasons.push(`the half-time score ${scoreText(ht)} is more than the full-time ${scoreText(ft)}`);
  if (et && ft && (et[0] < ft[0] || et[1] < ft[1])) reasons.push(`the score after extra time ${scoreText(et)} is less than the full-time ${scoreText(ft)}`);
  // Extra time and penalties may follow a score that is not level, in a tie level on aggregate:
  // the archive's own rules judge that, with the other leg.
  if (ft && match.goals1 && match.goals2) {
    const inNormalTime = (goals: ReadonlyArray<{ minute?: number }>) => goals.filter((goal) => (goal.minute ?? 0) <= 90).length;
    const listed: [number, number] = [inNormalTime(match.goals1), inNormalTime(match.goals2)];
    if (listed[0] !== ft[0] || listed[1] !== ft[1]) reasons.push(`the goals listed add up to ${scoreText(listed)} in normal time, but the full-time score is ${scoreText(ft)}`);
    const all: [number, number] = [match.goals1.length, match.goals2.length];
    if (et && (all[0] !== et[0] || all[1] !== et[1])) reasons.push(`the goals listed add up to ${scoreText(all)}, but the score after extra time is ${scoreText(et)}`);
  }
  return reasons.map((reason) => ({ number: match.number, check: 'score', reason }));
}

/** The second and later copies of a match: the same teams on the same date, or twice in one round. */
function duplicateProblems(matches: readonly CheckedMatch[]): MatchProblem[] {
  const first = new Map<string, number>();
  const problems: MatchProblem[] = [];
  for (const match of matches) {
    const sameDay = `day|${match.date}|${[match.team1, match.team2].sort().join('|')}`;
    const sameRound = match.round ? `round|${match.round}|${match.team1}|${match.team2}` : undefined;
    const earlier = first.get(sameDay) ?? (sameRound ? first.get(sameRound) : undefined);
    if (earlier !== undefined) {
      problems.push({ number: match.number, check: 'duplicate', reason: `the same match as #${earlier} (${match.team1} v ${match.team2}, ${first.has(sameDay) ? 'same date' : 'same round'})` });
      continue;
    }
    first.set(sameDay, match.number);
    if (sameRound) first.set(sameRound, match.number);
  }
  return problems;
}

/**
 * Everything a real football.json file can get wrong about a match, judged against the whole
 * file (a round's dates, the other copies of a match) and the competition's season.
 */
export function checkOpenfootballMatches(matches: readonly CheckedMatch[], season: string): MatchProblem[] {
  return [...seasonProblems(matches, season), ...roundOrderProblems(matches), ...matches.flatMap(scoreProblems), ...duplicateProblems(matches)].sort(
    (a, b) => a.number - b.number,
  );
}
