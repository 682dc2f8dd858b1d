import { VERIFICATION_STATUSES, type VerificationStatus } from '../../src/shared/schemas/quote';
import type { QuoteSearchDocument } from '../../src/main/archive/search/searchDocument';
import { createRandom, createZipfSampler, type Random } from './random';
import { buildVocabulary, type SyntheticVocabulary } from './vocabulary';

export const SEASONS: readonly string[] = [
  '2015-16', '2016-17', '2017-18', '2018-19', '2019-20', '2020-21', '2021-22', '2022-23', '2023-24',
];

export const COMPETITIONS: readonly string[] = [
  'Premier League', 'Champions League', 'FA Cup', 'League Cup', 'Europa League', 'Club World Cup',
  'UEFA Super Cup', 'Community Shield',
];

/** Well-known speakers first: the speaker distribution is skewed towards them. */
const KNOWN_SPEAKERS: ReadonlyArray<readonly [string, ...string[]]> = [
  ['Jürgen Klopp', 'Jurgen Klopp', 'Klopp', 'Kloppo'],
  ['Virgil van Dijk', 'Van Dijk', 'Virgil'],
  ['Mohamed Salah', 'Mo Salah', 'Salah'],
  ['Jordan Henderson', 'Hendo', 'Henderson'],
  ['Trent Alexander-Arnold', 'Trent'],
  ['Andrew Robertson', 'Andy Robertson', 'Robbo'],
  ['Ibrahima Konaté', 'Ibrahima Konate', 'Konaté'],
  ['Sadio Mané', 'Sadio Mane', 'Mané'],
  ['Roberto Firmino', 'Bobby Firmino', 'Bobby'],
  ['Alisson Becker', 'Alisson'],
  ['James Milner', 'Milly'],
  ['Dominik Szoboszlai', 'Szoboszlai'],
  ['Joe Gomez', 'Gomez'],
  ['Fabinho', 'Fabinho Tavares'],
  ['Thiago Alcântara', 'Thiago Alcantara', 'Thiago'],
  ['Luis Díaz', 'Luis Diaz', 'Lucho'],
  ['Darwin Núñez', 'Darwin Nunez'],
  ['Alexis Mac Allister', 'Mac Allister'],
  ['Diogo Jota', 'Jota'],
  ['Cody Gakpo', 'Gakpo'],
  ['Pep Lijnders', 'Lijnders'],
  ['Peter Krawietz', 'Krawietz'],
  ['Pep Guardiola', 'Guardiola'],
  ['Mikel Arteta', 'Arteta'],
  ['Martin Ødegaard', 'Martin Odegaard', 'Ødegaard'],
  ['José Mourinho', 'Jose Mourinho', 'Mourinho'],
  ['Carlo Ancelotti', 'Ancelotti'],
  ['Joël Matip', 'Joel Matip', 'Matip'],
  ['Georginio Wijnaldum', 'Gini Wijnaldum', 'Gini'],
  ['Divock Origi', 'Origi'],
  ['Xherdan Shaqiri', 'Shaqiri'],
  ['Adam Lallana', 'Lallana'],
  ['Philippe Coutinho', 'Coutinho'],
  ['Loris Karius', 'Karius'],
  ['Naby Keïta', 'Naby Keita', 'Keïta'],
  ['Wataru Endō', 'Wataru Endo', 'Endō'],
  ['Caoimhín Kelleher', 'Caoimhin Kelleher', 'Kelleher'],
  ['Kostas Tsimikas', 'Tsimikas'],
  ['Harvey Elliott', 'Elliott'],
  ['Curtis Jones', 'Jones'],
];

const FIRST_NAMES = [
  'Jürgen', 'Søren', 'Zoltán', 'Łukasz', 'Joël', 'Håkon', 'Dávid', 'Andrés', 'Mateo', 'Stefan',
  'Emre', 'Ömer', 'Luís', 'Thiago', 'Kieran', 'Sean', 'Jamie', 'Rafael', 'Dejan', 'Björn',
  'Núria', 'Chloé', 'Mariusz', 'Tomáš', 'Iñaki', 'François', 'Anže', 'Ðorđe', 'Paul', 'Tom',
];
const LAST_NAMES = [
  'Müller', 'Kovačić', 'Ødegaard', 'Szoboszlai', 'Gündoğan', 'Peña', 'Herrera', 'Dubois', 'Novák',
  'Nowak', 'Jensen', 'Hansen', 'Walsh', 'Carragher', 'Thompson', 'Lewandowski', 'Ibáñez', 'Çalhanoğlu',
  'Schäfer', 'Svensson', 'Łapiński', 'García', 'Martínez', 'Brennan', 'Strauß', 'Bergström', 'Dalglish',
  'Đukić', 'Rossi', 'Moreau', 'Kelly', 'Evans',
];

const SETTINGS = [
  'post-match interview', 'pre-match press conference', 'post-match press conference', 'television interview',
  'club media interview', 'documentary', 'podcast', 'newspaper interview', 'awards speech', 'training ground briefing',
];
const OUTLETS = [
  'BBC', 'Sky Sports', 'BT Sport', 'LFCTV', 'The Athletic', 'The Guardian', 'Liverpool Echo', 'Kicker',
  'Der Spiegel', 'ESPN', 'Amazon Prime', 'The Times', 'Daily Mail', 'talkSPORT', 'Marca', '',
];
const INTERVIEWERS = [
  'Des Kelly', 'Gary Lineker', 'Geoff Shreeves', 'Jamie Carragher', 'Gary Neville', 'Des Lynam', 'Raphael Honigstein',
  'James Pearce', 'Paul Joyce', 'Melissa Reddy', 'Henry Winter', 'Neil Jones', 'Kelly Cates', 'Peter Drury', '',
];
const OPPONENTS = [
  'Everton', 'Manchester United', 'Manchester City', 'Chelsea', 'Arsenal', 'Tottenham', 'Barcelona', 'Real Madrid',
  'Bayern München', 'Atlético Madrid', 'Borussia Dortmund', 'Villarreal', 'Benfica', 'Porto', 'Napoli', 'Roma',
  'Southampton', 'Leicester City', 'Newcastle', 'Aston Villa', 'West Ham', 'Brighton', 'Wolves', 'Crystal Palace',
];
const TAGS = [
  'mentality', 'pressing', 'gegenpressing', 'title race', 'injuries', 'referees', 'fixture congestion', 'transfers',
  'tactics', 'fans', 'Anfield atmosphere', 'comeback', 'derby', 'Champions League final', 'youth', 'contract',
  'VAR', 'rotation', 'humour', 'emotion', 'farewell', 'criticism', 'praise', 'set pieces', 'goalkeepers',
  'leadership', 'heavy metal football', 'mentality monsters', 'doubters to believers', 'sportswashing',
];
const CONTRACTIONS = ["don't", "it's", "we're", "I'm", "can't", "didn't", "that's", "they're", "won't", "you’re"];

interface Speaker {
  name: string;
  aliases: string[];
}

function buildSpeakers(random: Random, count: number): Speaker[] {
  const speakers: Speaker[] = KNOWN_SPEAKERS.map(([name, ...aliases]) => ({ name, aliases: [name, ...aliases] }));
  const names = new Set(speakers.map((s) => s.name));
  while (speakers.length < count) {
    const name = `${random.pick(FIRST_NAMES)} ${random.pick(LAST_NAMES)}`;
    if (names.has(name)) {
      const numbered = `${name} ${speakers.length}`;
      names.add(numbered);
      speakers.push({ name: numbered, aliases: [numbered] });
      continue;
    }
    names.add(name);
    speakers.push({ name, aliases: [name, name.split(' ').slice(-1)[0]] });
  }
  return speakers;
}

function sentence(random: Random, vocabulary: SyntheticVocabulary, words: number): string {
  const parts: string[] = [];
  for (let i = 0; i < words; i++) {
    parts.push(random.chance(0.02) ? random.pick(CONTRACTIONS) : vocabulary.sample(random));
    if (i < words - 1 && random.chance(0.06)) parts[parts.length - 1] += ',';
  }
  const first = parts[0];
  parts[0] = first.charAt(0).toUpperCase() + first.slice(1);
  return parts.join(' ') + random.pick(['.', '.', '.', '!', '?', '...']);
}

function quoteText(random: Random, vocabulary: SyntheticVocabulary): string {
  let remaining = random.between(10, 80);
  const sentences: string[] = [];
  while (remaining > 0) {
    const words = Math.min(remaining, random.between(4, 16));
    sentences.push(sentence(random, vocabulary, words));
    remaining -= words;
  }
  const text = sentences.join(' ');
  return random.chance(0.1) ? `“${text}”` : text;
}

function dateIn(random: Random, season: string): string {
  const startYear = Number(season.slice(0, 4));
  // Seasons run from August to May: pick a day in that ten-month window.
  const start = Date.UTC(startYear, 7, 1);
  const end = Date.UTC(startYear + 1, 4, 31);
  const day = start + random.int(Math.floor((end - start) / 86_400_000) + 1) * 86_400_000;
  return new Date(day).toISOString().slice(0, 10);
}

export interface SyntheticArchive {
  documents: QuoteSearchDocument[];
  vocabulary: SyntheticVocabulary;
}

/** A deterministic synthetic archive of `n` quotes (same `seed`, same archive). */
export function generateArchive(n: number, seed = 42): SyntheticArchive {
  const random = createRandom(seed);
  const vocabulary = buildVocabulary(20_000, seed);
  const speakers = buildSpeakers(random, 500);
  const speakerRank = createZipfSampler(speakers.length, 1.1);
  const statusWeights: ReadonlyArray<[VerificationStatus, number]> = [
    ['verified', 0.6], ['unverified', 0.3], ['disputed', 0.07], ['misattributed', 0.03],
  ];
  const status = (): VerificationStatus => {
    let roll = random.next();
    for (const [value, weight] of statusWeights) {
      roll -= weight;
      if (roll < 0) return value;
    }
    return VERIFICATION_STATUSES[0];
  };
  const documents: QuoteSearchDocument[] = [];
  for (let i = 0; i < n; i++) {
    const speaker = speakers[speakerRank(random)];
    const season = random.chance(0.02) ? '' : random.pick(SEASONS);
    const outlet = random.pick(OUTLETS);
    const opponent = random.pick(OPPONENTS);
    const tags: string[] = [];
    for (let t = random.int(4); t > 0; t--) {
      const tag = random.pick(TAGS);
      if (!tags.includes(tag)) tags.push(tag);
    }
    const sourceTitles = [`${speaker.name} on ${opponent}: ${vocabulary.sample(random)} ${vocabulary.sample(random)}`];
    if (random.chance(0.3)) sourceTitles.push(`${outlet || 'Club'} ${random.pick(SETTINGS)} transcript`);
    documents.push({
      id: `q${i}`,
      text: quoteText(random, vocabulary),
      speaker: speaker.name,
      speakerAliases: speaker.aliases,
      setting: random.pick(SETTINGS),
      interviewer: random.pick(INTERVIEWERS),
      outlet,
      sourceTitles,
      tags,
      season,
      competition: random.chance(0.05) ? '' : random.chance(0.55) ? COMPETITIONS[0] : random.pick(COMPETITIONS),
      status: status(),
      date: dateIn(random, season || random.pick(SEASONS)),
      matchOpponent: opponent,
      matchDate: '',
    });
    // The quote is about the match played the day it was said (no random draw, so the data set stays as it was).
    documents[documents.length - 1].matchDate = documents[documents.length - 1].date;
  }
  return { documents, vocabulary };
}

/** Another version of `doc` as an editor would save it: new wording, maybe new tags. */
export function editQuote(doc: QuoteSearchDocument, random: Random, vocabulary: SyntheticVocabulary): QuoteSearchDocument {
  return {
    ...doc,
    text: quoteText(random, vocabulary),
    tags: random.chance(0.3) ? [...doc.tags, random.pick(TAGS)] : doc.tags,
    status: random.chance(0.2) ? 'verified' : doc.status,
  };
}
