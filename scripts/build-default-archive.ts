/**
 * Writes data/klopp-era.json, the archive the app ships with, from the three seed articles
 * in ../shared/seeds and the reference facts. Run with `npm run data:default`; the result is
 * committed, so the app never needs the seeds at run time.
 *
 * Every quote is checked to appear word for word in its article before anything is written.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ArchiveDocument, SCHEMA_VERSION } from '../src/shared/schemas/archive';
import { serialize } from '../src/main/archive/durableJsonFile';
import { seasonOf } from '../src/shared/derived/season';
import { withOpenfootballSeasons } from './defaultArchive/openfootballSeasons';
import { correctFixtures } from './defaultArchive/fixtureCorrections';
import type { MatchSpec } from './defaultArchive/matchSpec';
import { verifiedAgainstArticles, withDisagreements } from './defaultArchive/provenance';

const SEEDS = join(import.meta.dirname, '..', '..', 'shared', 'seeds');
// A test builds into a folder of its own to compare with the committed file.
const OUT = process.env['KLOPP_DEFAULT_ARCHIVE_OUT'] ?? join(import.meta.dirname, '..', 'data', 'klopp-era.json');
const STAMP = '2026-11-21T00:00:00.000Z';
const base = { createdAt: STAMP, updatedAt: STAMP, tags: [] as string[], notes: '' };

/** The seed files open with a " date YYYY-MM-DD " marker that is not part of the article. */
function article(file: string): string {
  return readFileSync(join(SEEDS, file), 'utf8').replace(/^\s*date \d{4}-\d{2}-\d{2}\s*/, '').trim();
}

const REF = 'source-public-record';
const A000 = 'source-league-cup-qf-report-2021';
const A001 = 'source-klopp-viaplay-interview-2021';
const A002 = 'source-last-dance-league-cup-final-2024';

const sources = [
  {
    ...base,
    id: A000,
    sourceIds: [],
    title: 'Jurgen Klopp’s performance at full time reveals the truth about the Liverpool manager and the League Cup',
    date: '2021-12-22',
    kind: 'article' as const,
    text: article('000_54695717e33ae28d.txt'),
    tags: ['match report'],
    notes: 'Match report of the League Cup quarter-final against Leicester City. Publisher and author not given in the copy we hold.',
  },
  {
    ...base,
    id: A001,
    sourceIds: [],
    title: 'Jurgen Klopp gave a passionate interview after Liverpool’s dramatic penalty shoot-out victory over Leicester City',
    kind: 'article' as const,
    text: article('001_9830e42a8a1014e6.txt'),
    tags: ['interview'],
    notes:
      'No dateline in the copy we hold: published 22 or 23 December 2021. Quotes come from Klopp’s post-match interview with Jan-Aage Fjortoft for Viaplay Fotball. The title is the article’s first sentence (no headline in our copy).',
  },
  {
    ...base,
    id: A002,
    sourceIds: [],
    title: 'Jurgen Klopp’s last dance at Liverpool is off to the perfect start',
    date: '2024-02-26',
    kind: 'article' as const,
    text: article('002_a77e374b8cfda861.txt'),
    tags: ['match report', 'last dance'],
    notes:
      'League Cup final win over Chelsea. Fans Nick and Andrew Knight spoke to The Associated Press; the article’s own publisher is not named in our copy. “The Last Dance” in the text is the Netflix series title, not a quote.',
  },
  {
    ...base,
    id: REF,
    sourceIds: [],
    title: 'Liverpool FC honours and results, public record',
    kind: 'reference' as const,
    notes: 'Facts of public record that the articles do not give: dates, finals, trophies, scores.',
  },
];

type Role = 'manager' | 'player' | 'staff' | 'opponent' | 'journalist' | 'fan';
function person(id: string, name: string, role: Role, club: string | undefined, aliases: string[], sourceIds: string[]) {
  return { ...base, id, name, role, ...(club ? { club } : {}), aliases, sourceIds };
}
const LFC = 'Liverpool';
const people = [
  person('jurgen-klopp', 'Jürgen Klopp', 'manager', LFC, ['Jurgen Klopp', 'Juergen Klopp', 'Klopp'], [A000, A001, A002]),
  person('brendan-rodgers', 'Brendan Rodgers', 'manager', undefined, ['Rodgers'], [A001, REF]),
  person('joe-gomez', 'Joe Gomez', 'player', LFC, ['Joseph Gomez', 'Gomez'], [A002]),
  person('virgil-van-dijk', 'Virgil van Dijk', 'player', LFC, ['Van Dijk'], [A002, REF]),
  person('alex-oxlade-chamberlain', 'Alex Oxlade-Chamberlain', 'player', LFC, ['Oxlade-Chamberlain', 'Ox'], [A001, REF]),
  person('diogo-jota', 'Diogo Jota', 'player', LFC, ['Jota'], [A000, A001, REF]),
  person('takumi-minamino', 'Takumi Minamino', 'player', LFC, ['Minamino'], [A000, A001, REF]),
  person('james-milner', 'James Milner', 'player', LFC, ['Milner'], [A000]),
  person('ibrahima-konate', 'Ibrahima Konaté', 'player', LFC, ['Ibrahima Konate', 'Konate', 'Konaté'], [A000]),
  person('naby-keita', 'Naby Keïta', 'player', LFC, ['Naby Keita', 'Keita', 'Keïta'], [A000, REF]),
  person('caoimhin-kelleher', 'Caoimhín Kelleher', 'player', LFC, ['Caoimhin Kelleher', 'Kelleher'], [A000, REF]),
  person('mohamed-salah', 'Mohamed Salah', 'player', LFC, ['Mo Salah', 'Salah'], [REF]),
  person('divock-origi', 'Divock Origi', 'player', LFC, ['Origi'], [REF]),
  person('roberto-firmino', 'Roberto Firmino', 'player', LFC, ['Firmino'], [REF]),
  person('jamie-vardy', 'Jamie Vardy', 'opponent', 'Leicester City', ['Vardy'], [A000, A001, REF]),
  person('james-maddison', 'James Maddison', 'opponent', 'Leicester City', ['Maddison'], [A000, A001, REF]),
  person('luke-thomas', 'Luke Thomas', 'opponent', 'Leicester City', [], [A000, REF]),
  person('ryan-bertrand', 'Ryan Bertrand', 'opponent', 'Leicester City', ['Bertrand'], [A000, A001, REF]),
  person('kelechi-iheanacho', 'Kelechi Iheanacho', 'opponent', 'Leicester City', ['Iheanacho'], [REF]),
  person('jan-aage-fjortoft', 'Jan-Aage Fjørtoft', 'journalist', undefined, ['Jan-Aage Fjortoft', 'Jan Åge Fjørtoft', 'Fjortoft'], [A001]),
  person('nick-knight', 'Nick Knight', 'fan', undefined, [], [A002]),
  person('andrew-knight', 'Andrew Knight', 'fan', undefined, [], [A002]),
];

const score = ([liverpool, opponent]: [number, number]) => ({ liverpool, opponent });
function match(spec: MatchSpec) {
  return {
    ...base,
    id: spec.id,
    sourceIds: spec.sourceIds,
    tags: spec.tags ?? [],
    notes: spec.notes ?? '',
    status: spec.status ?? 'played',
    date: spec.date,
    season: seasonOf(spec.date),
    ...(spec.kickOff ? { kickOff: spec.kickOff } : {}),
    competition: spec.competition,
    ...(spec.stage ? { stage: spec.stage } : {}),
    venue: spec.venue,
    ground: spec.ground,
    opponent: spec.opponent,
    ...(spec.fullTime ? { fullTime: score(spec.fullTime) } : {}),
    ...(spec.halfTime ? { halfTime: score(spec.halfTime) } : {}),
    ...(spec.afterExtraTime ? { afterExtraTime: score(spec.afterExtraTime) } : {}),
    ...(spec.shootout
      ? { shootout: { ...score(spec.shootout.score), complete: false, kicks: spec.shootout.kicks } }
      : {}),
    goals: (spec.goals ?? []).map((goal) => ({ penalty: false, ownGoal: false, header: false, ...goal })),
  };
}

const QF = 'match-2021-12-22-leicester-city';
const matches = [
  match({ id: 'match-2015-10-17-tottenham-hotspur', date: '2015-10-17', competition: 'Premier League', venue: 'White Hart Lane', ground: 'away', opponent: 'Tottenham Hotspur', fullTime: [0, 0], sourceIds: [REF], tags: ['first match'] }),
  match({ id: 'match-2016-02-28-manchester-city', date: '2016-02-28', competition: 'League Cup', stage: 'Final', venue: 'Wembley Stadium', ground: 'neutral', opponent: 'Manchester City', fullTime: [1, 1], afterExtraTime: [1, 1], shootout: { score: [1, 3], kicks: [] }, sourceIds: [REF], tags: ['final'], notes: 'Full-time score 1-1 from the public record (level after 90 minutes and after extra time).' }),
  match({ id: 'match-2016-05-18-sevilla', date: '2016-05-18', competition: 'UEFA Europa League', stage: 'Final', venue: 'St. Jakob-Park, Basel', ground: 'neutral', opponent: 'Sevilla', fullTime: [1, 3], sourceIds: [REF], tags: ['final'] }),
  match({ id: 'match-2018-05-26-real-madrid', date: '2018-05-26', competition: 'UEFA Champions League', stage: 'Final', venue: 'NSC Olimpiyskiy, Kyiv', ground: 'neutral', opponent: 'Real Madrid', fullTime: [1, 3], sourceIds: [REF], tags: ['final'] }),
  match({ id: 'match-2019-06-01-tottenham-hotspur', date: '2019-06-01', competition: 'UEFA Champions League', stage: 'Final', venue: 'Metropolitano, Madrid', ground: 'neutral', opponent: 'Tottenham Hotspur', fullTime: [2, 0], goals: [{ minute: 2, scorerId: 'mohamed-salah', team: 'liverpool', penalty: true }, { minute: 87, scorerId: 'divock-origi', team: 'liverpool' }], sourceIds: [REF], tags: ['final'] }),
  match({ id: 'match-2019-08-14-chelsea', date: '2019-08-14', competition: 'UEFA Super Cup', stage: 'Final', venue: 'Vodafone Park, Istanbul', ground: 'neutral', opponent: 'Chelsea', fullTime: [1, 1], afterExtraTime: [2, 2], shootout: { score: [5, 4], kicks: [] }, sourceIds: [REF], tags: ['final'], notes: 'Full-time score 1-1 from the public record; scorers not recorded here.' }),
  match({ id: 'match-2019-12-21-flamengo', date: '2019-12-21', competition: 'FIFA Club World Cup', stage: 'Final', venue: 'Khalifa International Stadium, Doha', ground: 'neutral', opponent: 'Flamengo', fullTime: [0, 0], afterExtraTime: [1, 0], goals: [{ minute: 99, scorerId: 'roberto-firmino', team: 'liverpool' }], sourceIds: [REF], tags: ['final'] }),
  match({
    id: QF, date: '2021-12-22', competition: 'League Cup', stage: 'Quarter-final', venue: 'Anfield', ground: 'home', opponent: 'Leicester City',
    fullTime: [3, 3], halfTime: [1, 3],
    goals: [
      { minute: 9, scorerId: 'jamie-vardy', team: 'opponent' },
      { minute: 13, scorerId: 'jamie-vardy', team: 'opponent' },
      { minute: 19, scorerId: 'alex-oxlade-chamberlain', team: 'liverpool' },
      { minute: 33, scorerId: 'james-maddison', team: 'opponent' },
      { minute: 68, scorerId: 'diogo-jota', team: 'liverpool' },
      { minute: 90, addedTime: 6, scorerId: 'takumi-minamino', team: 'liverpool' },
    ],
    shootout: {
      score: [5, 4],
      kicks: [
        { team: 'opponent', takerId: 'luke-thomas', outcome: 'saved' },
        { team: 'liverpool', takerId: 'alex-oxlade-chamberlain', outcome: 'scored' },
        { team: 'liverpool', takerId: 'naby-keita', outcome: 'scored' },
        { team: 'opponent', takerId: 'kelechi-iheanacho', outcome: 'scored' },
        { team: 'liverpool', takerId: 'takumi-minamino', outcome: 'missed' },
        { team: 'opponent', takerId: 'ryan-bertrand', outcome: 'saved' },
        { team: 'liverpool', takerId: 'diogo-jota', outcome: 'scored', order: 6 },
      ],
    },
    sourceIds: [A000, A001, REF], tags: ['comeback', 'shoot-out'],
    notes: [
      'Minamino’s equaliser: article 000 says “the sixth minute of injury time” (kept here as 90+6); other match reports give 90+5.',
      'Maddison’s goal: 33’ (some reports 34’). Vardy 9’ and 13’ from the public record; the articles say “inside the opening 13 minutes”.',
      'Shoot-out: article 000 says Kelleher stopped Luke Thomas and Ryan Bertrand (kept as saved); article 001 says “Minamino and Ryan Bertrand both missed”. Minamino hit the crossbar (public record).',
      'Shoot-out score 5-4 in sudden death, six kicks each, from the public record; the other early takers are not named, so the kick log is partial.',
      'Article 000: Kelleher was at fault for two of Leicester’s goals; Milner, Jota, Konaté and Keïta came off the bench.',
    ].join('\n'),
  }),
  match({ id: 'match-2021-12-26-leeds-united', status: 'postponed', date: '2021-12-26', kickOff: '12:30', competition: 'Premier League', venue: 'Elland Road', ground: 'away', opponent: 'Leeds United', sourceIds: [A001, REF], notes: 'Article 001 names the Boxing Day 12:30 fixture; the match was postponed (public record).' }),
  match({ id: 'match-2021-12-28-leicester-city', date: '2021-12-28', competition: 'Premier League', venue: 'King Power Stadium', ground: 'away', opponent: 'Leicester City', fullTime: [0, 1], sourceIds: [A001, REF] }),
  match({ id: 'match-2022-01-02-chelsea', date: '2022-01-02', competition: 'Premier League', venue: 'Stamford Bridge', ground: 'away', opponent: 'Chelsea', fullTime: [2, 2], sourceIds: [A001, REF] }),
  match({ id: 'match-2022-01-13-arsenal', date: '2022-01-13', competition: 'League Cup', stage: 'Semi-final, first leg', venue: 'Anfield', ground: 'home', opponent: 'Arsenal', fullTime: [0, 0], sourceIds: [A001, REF] }),
  match({ id: 'match-2022-01-20-arsenal', date: '2022-01-20', competition: 'League Cup', stage: 'Semi-final, second leg', venue: 'Emirates Stadium', ground: 'away', opponent: 'Arsenal', fullTime: [2, 0], goals: [{ minute: 19, scorerId: 'diogo-jota', team: 'liverpool' }, { minute: 77, scorerId: 'diogo-jota', team: 'liverpool' }], sourceIds: [REF] }),
  match({ id: 'match-2022-02-27-chelsea', date: '2022-02-27', competition: 'League Cup', stage: 'Final', venue: 'Wembley Stadium', ground: 'neutral', opponent: 'Chelsea', fullTime: [0, 0], afterExtraTime: [0, 0], shootout: { score: [11, 10], kicks: [] }, sourceIds: [REF], tags: ['final'] }),
  match({ id: 'match-2022-05-14-chelsea', date: '2022-05-14', competition: 'FA Cup', stage: 'Final', venue: 'Wembley Stadium', ground: 'neutral', opponent: 'Chelsea', fullTime: [0, 0], afterExtraTime: [0, 0], shootout: { score: [6, 5], kicks: [] }, sourceIds: [REF], tags: ['final'] }),
  match({ id: 'match-2022-05-28-real-madrid', date: '2022-05-28', competition: 'UEFA Champions League', stage: 'Final', venue: 'Stade de France, Saint-Denis', ground: 'neutral', opponent: 'Real Madrid', fullTime: [0, 1], sourceIds: [REF], tags: ['final'] }),
  match({ id: 'match-2022-07-30-manchester-city', date: '2022-07-30', competition: 'FA Community Shield', venue: 'King Power Stadium', ground: 'neutral', opponent: 'Manchester City', fullTime: [3, 1], sourceIds: [REF], tags: ['final'] }),
  match({ id: 'match-2024-02-25-chelsea', date: '2024-02-25', competition: 'League Cup', stage: 'Final', venue: 'Wembley Stadium', ground: 'neutral', opponent: 'Chelsea', fullTime: [0, 0], afterExtraTime: [1, 0], goals: [{ minute: 118, scorerId: 'virgil-van-dijk', team: 'liverpool', header: true }], sourceIds: [A002, REF], tags: ['final', 'last dance'], notes: 'Article 002: seven Liverpool players aged 21 or under; three academy players on the pitch at the winner. Klopp’s eighth trophy at Liverpool.' }),
  match({ id: 'match-2024-05-19-wolverhampton-wanderers', date: '2024-05-19', competition: 'Premier League', venue: 'Anfield', ground: 'home', opponent: 'Wolverhampton Wanderers', fullTime: [2, 0], sourceIds: [REF], tags: ['last match'] }),
];

function trophy(id: string, competition: string, dateWon: string, decidingMatchId: string | undefined, sourceIds: string[], notes = '') {
  return { ...base, id, competition, dateWon, ...(decidingMatchId ? { decidingMatchId } : {}), sourceIds, notes };
}
const trophies = [
  trophy('trophy-2019-champions-league', 'UEFA Champions League', '2019-06-01', 'match-2019-06-01-tottenham-hotspur', [REF]),
  trophy('trophy-2019-super-cup', 'UEFA Super Cup', '2019-08-14', 'match-2019-08-14-chelsea', [REF]),
  trophy('trophy-2019-club-world-cup', 'FIFA Club World Cup', '2019-12-21', 'match-2019-12-21-flamengo', [REF]),
  trophy('trophy-2020-premier-league', 'Premier League', '2020-06-25', undefined, [REF], 'Title confirmed when Chelsea beat Manchester City 2-1; Liverpool finished on 99 points.'),
  trophy('trophy-2022-league-cup', 'League Cup', '2022-02-27', 'match-2022-02-27-chelsea', [REF]),
  trophy('trophy-2022-fa-cup', 'FA Cup', '2022-05-14', 'match-2022-05-14-chelsea', [REF]),
  trophy('trophy-2022-community-shield', 'FA Community Shield', '2022-07-30', 'match-2022-07-30-manchester-city', [REF]),
  trophy('trophy-2024-league-cup', 'League Cup', '2024-02-25', 'match-2024-02-25-chelsea', [A002, REF], 'Article 002: “The League Cup was his eighth trophy.”'),
];

const milestones = [
  { ...base, id: 'milestone-appointment', date: '2015-10-08', kind: 'appointment' as const, title: 'Klopp appointed Liverpool manager', description: 'Replaces Brendan Rodgers, dismissed on 4 October 2015.', sourceIds: [A001, REF], notes: 'Article 001 says only “back in October 2015”; the date is from the public record.' },
  { ...base, id: 'milestone-first-match', date: '2015-10-17', kind: 'first match' as const, title: 'First match: Tottenham Hotspur 0-0 Liverpool', matchId: 'match-2015-10-17-tottenham-hotspur', sourceIds: [REF] },
  { ...base, id: 'milestone-departure-announced', date: '2024-01-26', kind: 'announcement' as const, title: 'Klopp announces he will leave at the end of the season', sourceIds: [A002, REF] },
  { ...base, id: 'milestone-last-match', date: '2024-05-19', kind: 'last match' as const, title: 'Last match: Liverpool 2-0 Wolverhampton Wanderers', matchId: 'match-2024-05-19-wolverhampton-wanderers', sourceIds: [REF] },
];

interface QuoteSpec {
  id: string;
  text: string;
  speakerId: string;
  date: string;
  matchId?: string;
  setting: { kind: 'post-match interview' | 'supporter interview' | 'other'; interviewerId?: string; outlet?: string };
  source: string;
  tags?: string[];
  notes?: string;
}
function quote(spec: QuoteSpec) {
  const source: { id: string; text?: string } | undefined = sources.find((candidate) => candidate.id === spec.source);
  if (!source?.text?.includes(spec.text)) throw new Error(`Quote ${spec.id} is not word for word in ${spec.source}`);
  return {
    ...base,
    id: spec.id,
    sourceIds: [spec.source],
    tags: spec.tags ?? [],
    notes: spec.notes ?? '',
    text: spec.text,
    speakerId: spec.speakerId,
    date: spec.date,
    ...(spec.matchId ? { matchId: spec.matchId } : {}),
    setting: spec.setting,
    status: 'unverified' as const,
  };
}
const viaplay = { kind: 'post-match interview' as const, interviewerId: 'jan-aage-fjortoft', outlet: 'Viaplay Fotball' };
const FINAL = 'match-2024-02-25-chelsea';
const notGiven = 'The article does not say where or to whom this was said.';
const quotes = [
  quote({ id: 'quote-klopp-exact-percentage', text: 'I don’t know the exact percentage of how much we mean to Liverpool supporters in comparison to other things in their lives, but it’s a big one', speakerId: 'jurgen-klopp', date: '2021-12-22', matchId: QF, setting: viaplay, source: A001, tags: ['supporters'] }),
  quote({ id: 'quote-klopp-responsibility', text: 'We feel the responsibility but we feel the push we get from them much more.', speakerId: 'jurgen-klopp', date: '2021-12-22', matchId: QF, setting: viaplay, source: A001, tags: ['supporters'] }),
  quote({ id: 'quote-klopp-club-so-special', text: 'This club is so special. Everything we do is very important. We see it as an advantage that people are so behind us and I love it so much. it’s unbelievable.', speakerId: 'jurgen-klopp', date: '2021-12-22', matchId: QF, setting: viaplay, source: A001, tags: ['supporters'], notes: 'Printed with a lower-case “it’s” after the full stop; kept as printed.' }),
  quote({ id: 'quote-klopp-here-much-earlier', text: 'Honestly, if I would have known how good this club is and how much we mean to each other, I would have wanted to be here much earlier. It’s absolutely outstanding.', speakerId: 'jurgen-klopp', date: '2021-12-22', matchId: QF, setting: viaplay, source: A001 }),
  quote({ id: 'quote-gomez-give-our-all', text: 'We just want to give our all for him. We always did', speakerId: 'joe-gomez', date: '2024-02-25', matchId: FINAL, setting: { kind: 'other' }, source: A002, tags: ['last dance'], notes: `${notGiven} Continues with “But now when the finishing line is in sight…”.` }),
  quote({ id: 'quote-gomez-finishing-line', text: 'But now when the finishing line is in sight it adds that extra emphasis. It’s special and hopefully it’s the first (trophy) of a few we can get.', speakerId: 'joe-gomez', date: '2024-02-25', matchId: FINAL, setting: { kind: 'other' }, source: A002, tags: ['last dance'], notes: `${notGiven} “(trophy)” is the article’s insertion.` }),
  quote({ id: 'quote-klopp-legacy', text: 'I couldn’t care less about my legacy. I’m not here to create one', speakerId: 'jurgen-klopp', date: '2024-02-25', matchId: FINAL, setting: { kind: 'other' }, source: A002, tags: ['legacy'], notes: `The article says Klopp said it “on Sunday” (25 February 2024). ${notGiven}` }),
  quote({ id: 'quote-klopp-do-the-job', text: 'As a manager of a football club, you are there to do the job actually.', speakerId: 'jurgen-klopp', date: '2024-02-25', matchId: FINAL, setting: { kind: 'other' }, source: A002, tags: ['legacy'], notes: `${notGiven}` }),
  quote({ id: 'quote-gomez-every-competition', text: 'We don’t want to get ahead of ourselves but we are in every competition and we are going to try to win every game', speakerId: 'joe-gomez', date: '2024-02-25', matchId: FINAL, setting: { kind: 'other' }, source: A002, tags: ['last dance'], notes: `${notGiven}` }),
  quote({ id: 'quote-gomez-go-again', text: 'That’s the target and we will go again.', speakerId: 'joe-gomez', date: '2024-02-25', matchId: FINAL, setting: { kind: 'other' }, source: A002, tags: ['last dance'], notes: `${notGiven}` }),
  quote({ id: 'quote-nick-knight-push-on', text: 'It has been a bit sad for everyone, but I think everyone now thinks we’re going to push on and do even better than we would have done (this season)', speakerId: 'nick-knight', date: '2024-02-25', matchId: FINAL, setting: { kind: 'supporter interview', outlet: 'The Associated Press' }, source: A002, tags: ['supporters', 'last dance'], notes: 'Said to The Associated Press on the walk to Wembley; “(this season)” is the article’s insertion.' }),
  quote({ id: 'quote-andrew-knight-perfect-fit', text: 'I think he means everything (to Liverpool). Within a few weeks or months of him arriving it was obvious they were a perfect fit and the type of football he played — high energy, playing to the final whistle — it was everything as a Liverpool fan you wanted to see.', speakerId: 'andrew-knight', date: '2024-02-25', matchId: FINAL, setting: { kind: 'supporter interview', outlet: 'The Associated Press' }, source: A002, tags: ['supporters', 'last dance'], notes: 'Nick Knight’s father; the article says he “added”, after his son spoke to The Associated Press.' }),
  quote({ id: 'quote-klopp-supporters-leave', text: 'It’s not a problem if the manager leaves or whatever, (but) if these people would leave – our supporters – that would be a problem', speakerId: 'jurgen-klopp', date: '2024-02-25', matchId: FINAL, setting: { kind: 'other' }, source: A002, tags: ['supporters', 'last dance'], notes: `“(but)” is the article’s insertion. ${notGiven}` }),
  quote({ id: 'quote-klopp-club-will-be-fine', text: 'But as long as they are the way they are, Liverpool Football Club will be fine and that’s the most important thing.', speakerId: 'jurgen-klopp', date: '2024-02-25', matchId: FINAL, setting: { kind: 'other' }, source: A002, tags: ['supporters', 'last dance'], notes: `${notGiven}` }),
];

const archive = ArchiveDocument.parse({
  schemaVersion: SCHEMA_VERSION,
  meta: {
    title: 'Klopp-era Liverpool, 2015-2024',
    description: 'The default archive: three source articles and the public record of Jürgen Klopp’s Liverpool.',
    createdAt: STAMP,
    updatedAt: STAMP,
  },
  people,
  sources,
  matches: withDisagreements(correctFixtures(matches, match, REF)),
  quotes: verifiedAgainstArticles(quotes, sources),
  trophies,
  milestones,
  trash: [],
});
const whole = await withOpenfootballSeasons(archive, STAMP, (line) => console.log(line));
writeFileSync(OUT, serialize(whole));
console.log(`Wrote ${OUT}: ${whole.matches.length} matches, ${quotes.length} quotes, ${people.length} people, ${trophies.length} trophies`);
