/**
 * Corrections and additions to the default archive's matches that the reference facts file
 * (../shared/reference/klopp-era-facts.md, read-only here) gets wrong or leaves out. Each one
 * says what supports it. Records are merged by date and opponent, so a match another part of
 * the build already added (from openfootball, say) is completed rather than duplicated.
 */

import type { MatchSpec } from './matchSpec';

type Score = { liverpool: number; opponent: number };
type Side = 'liverpool' | 'opponent';

/** The fields of a built match record this module reads or sets. */
export interface FixtureRecord {
  id: string;
  date: string;
  opponent: string;
  status: string;
  ground: 'home' | 'away' | 'neutral';
  venue?: string;
  stage?: string;
  officialHome?: Side;
  otherLegId?: string;
  fullTime?: Score;
  afterExtraTime?: Score;
  shootout?: Score & { complete: boolean; kicks: Array<{ team: Side; takerId?: string; order?: number; outcome: string }> };
  sourceIds: string[];
  notes: string;
}


const sameFixture = (a: { date: string; opponent: string }, b: { date: string; opponent: string }) =>
  a.date === b.date && a.opponent.trim().toLowerCase() === b.opponent.trim().toLowerCase();

/** Adds `record`, or completes the match already there on that date against that opponent (its id kept). */
function upsert<M extends FixtureRecord>(matches: M[], record: M): M {
  const index = matches.findIndex((candidate) => sameFixture(candidate, record));
  if (index < 0) {
    matches.push(record);
    return record;
  }
  const existing = matches[index] as M;
  const merged = { ...existing, ...record, id: existing.id, sourceIds: [...new Set([...existing.sourceIds, ...record.sourceIds])] };
  matches[index] = merged;
  return merged;
}

function find<M extends FixtureRecord>(matches: M[], date: string, opponent: string): M {
  const found = matches.find((match) => sameFixture(match, { date, opponent }));
  if (!found) throw new Error(`fixtureCorrections: no match on ${date} against ${opponent}`);
  return found;
}

/** Links two legs of a tie both ways. */
function linkLegs(first: FixtureRecord, second: FixtureRecord): void {
  first.otherLegId = second.id;
  second.otherLegId = first.id;
}

/**
 * The build's matches, corrected. `build` is the build's own match builder; `reference` the
 * id of the public-record source.
 */
export function correctFixtures<M extends FixtureRecord>(input: readonly M[], build: (spec: MatchSpec) => M, reference: string): M[] {
  const matches = input.map((match) => structuredClone(match));
  correctLeedsBoxingDay(matches, build, reference);
  addTwoLeggedTies(matches, build, reference);
  keepOfficialHomeSides(matches);
  orderLeicesterShootout(matches);
  return matches.sort((a, b) => a.date.localeCompare(b.date));
}

/**
 * The facts file says "the Boxing Day match at Leeds was postponed": wrong. Liverpool v Leeds
 * United on 26 December 2021 was an Anfield fixture (Liverpool at home), postponed, and played
 * on 23 February 2022, Liverpool 6-0 (half time 3-0). openfootball's en.1 2021-22 file has
 * "Liverpool FC v Leeds United FC, 2022-02-23 19:45, 6-0 (3-0)" as the home side, and the
 * season's other Liverpool-Leeds match, 0-3 on 2021-09-12, at Elland Road.
 */
function correctLeedsBoxingDay<M extends FixtureRecord>(matches: M[], build: (spec: MatchSpec) => M, reference: string): void {
  const postponed = find(matches, '2021-12-26', 'Leeds United');
  Object.assign(postponed, {
    venue: 'Anfield',
    ground: 'home',
    notes:
      'Article 001 names the Boxing Day 12:30 fixture. It was an Anfield fixture (Liverpool at home), postponed, and played on 2022-02-23 (Liverpool 6-0). The reference facts file calls it “the Boxing Day match at Leeds”: wrong, corrected here from the public record and openfootball’s 2021-22 Premier League file, which lists Liverpool as the home side.',
  });
  upsert(
    matches,
    build({
      id: 'match-2022-02-23-leeds-united',
      date: '2022-02-23',
      kickOff: '19:45',
      competition: 'Premier League',
      venue: 'Anfield',
      ground: 'home',
      opponent: 'Leeds United',
      fullTime: [6, 0],
      halfTime: [3, 0],
      sourceIds: [reference],
      notes: 'The Boxing Day 2021 fixture, postponed and played on this date (public record; openfootball’s en.1 2021-22 file agrees on the date, kick-off and score).',
    }),
  );
}

/** Ties of two legs the single-match rules used to refuse, and the League Cup semi-final of 2021-22 linked. */
function addTwoLeggedTies<M extends FixtureRecord>(matches: M[], build: (spec: MatchSpec) => M, reference: string): void {
  const atleticoFirst = upsert(
    matches,
    build({
      id: 'match-2020-02-18-atletico-madrid',
      date: '2020-02-18',
      competition: 'UEFA Champions League',
      stage: 'Round of 16, first leg',
      venue: 'Metropolitano, Madrid',
      ground: 'away',
      opponent: 'Atlético Madrid',
      fullTime: [0, 1],
      halfTime: [0, 1],
      sourceIds: [reference],
    }),
  );
  const atleticoSecond = upsert(
    matches,
    build({
      id: 'match-2020-03-11-atletico-madrid',
      date: '2020-03-11',
      competition: 'UEFA Champions League',
      stage: 'Round of 16, second leg',
      venue: 'Anfield',
      ground: 'home',
      opponent: 'Atlético Madrid',
      fullTime: [1, 0],
      halfTime: [1, 0],
      afterExtraTime: [2, 3],
      sourceIds: [reference],
      notes: 'Level on aggregate (1-1) and on away goals (none) after 90 minutes, so extra time; Atlético won 4-2 on aggregate. The last match at Anfield before football stopped for the pandemic.',
    }),
  );
  linkLegs(atleticoFirst, atleticoSecond);

  const stokeFirst = upsert(
    matches,
    build({
      id: 'match-2016-01-05-stoke-city',
      date: '2016-01-05',
      competition: 'League Cup',
      stage: 'Semi-final, first leg',
      venue: 'Britannia Stadium, Stoke-on-Trent',
      ground: 'away',
      opponent: 'Stoke City',
      fullTime: [1, 0],
      sourceIds: [reference],
    }),
  );
  const stokeSecond = upsert(
    matches,
    build({
      id: 'match-2016-01-26-stoke-city',
      date: '2016-01-26',
      competition: 'League Cup',
      stage: 'Semi-final, second leg',
      venue: 'Anfield',
      ground: 'home',
      opponent: 'Stoke City',
      fullTime: [0, 1],
      halfTime: [0, 1],
      afterExtraTime: [0, 1],
      shootout: { score: [6, 5], kicks: [] },
      sourceIds: [reference],
      notes:
        'Level on aggregate (1-1) after 90 minutes and after extra time, and on away goals (one each), so penalties (League Cup rule 13.5 of the time). Match reports: Mignolet saved from Peter Crouch and Marc Muniesa, Emre Can hit the post, Joe Allen scored the winning kick in sudden death; the takers are not in the archive, so the kick log is empty.',
    }),
  );
  linkLegs(stokeFirst, stokeSecond);

  linkLegs(find(matches, '2022-01-13', 'Arsenal'), find(matches, '2022-01-20', 'Arsenal'));
}

/**
 * Finals are at a neutral ground but have an official home side, which decides the order the
 * public record prints them in. Set where the facts file prints a final with both sides
 * ("Chelsea 0-0 Liverpool"); its lost finals name only the winner, so those stay unset.
 */
function keepOfficialHomeSides(matches: FixtureRecord[]): void {
  const printed: Array<[string, string, Side]> = [
    ['2019-06-01', 'Tottenham Hotspur', 'opponent'],
    ['2019-08-14', 'Chelsea', 'liverpool'],
    ['2019-12-21', 'Flamengo', 'liverpool'],
    ['2022-02-27', 'Chelsea', 'opponent'],
    ['2022-05-14', 'Chelsea', 'opponent'],
    ['2022-07-30', 'Manchester City', 'liverpool'],
    ['2024-02-25', 'Chelsea', 'opponent'],
  ];
  for (const [date, opponent, side] of printed) find(matches, date, opponent).officialHome = side;
}

/**
 * The Leicester quarter-final's shoot-out, kicks in the order played where the reports give
 * it: level 4-4 after ten kicks with Thomas and Minamino the misses, Minamino's miss "the first
 * opportunity to win the game" (Liverpool's fifth), then sudden death, Leicester first:
 * Bertrand saved, Jota scored (each side's sixth). The first four kicks' order is not given.
 */
function orderLeicesterShootout(matches: FixtureRecord[]): void {
  const quarterFinal = find(matches, '2021-12-22', 'Leicester City');
  const kicks = quarterFinal.shootout?.kicks ?? [];
  const order: Record<string, number> = { 'takumi-minamino': 5, 'ryan-bertrand': 6, 'diogo-jota': 6 };
  for (const kick of kicks) {
    const known = kick.takerId === undefined ? undefined : order[kick.takerId];
    if (known !== undefined) kick.order = known;
  }
  quarterFinal.notes +=
    '\nKick order from match reports: level 4-4 after ten kicks (Thomas and Minamino the misses), Minamino’s miss the first chance to win it (Liverpool’s fifth), then Bertrand saved and Jota scored in sudden death (each side’s sixth).';
}
