import { foldWord } from '../../src/shared/search/normalize';
import { createRandom, createZipfSampler, type Random } from './random';

/**
 * Real common English and football words, roughly by frequency, so generated
 * quotes read like quotes and the most frequent terms behave like real ones.
 */
export const CORE_WORDS: readonly string[] = (
  'the and to a of we it is in that i you was for they have be on but this with are not he ' +
  'what so at all it\'s don\'t we\'re can if do about game very there them good one know think ' +
  'team just like our when how players football out really more been now want had from up ' +
  'time season will would me his as an or my no were because then today again win play ' +
  'played playing first second half goal goals ball pitch boys lads performance result ' +
  'league points table title fans supporters Anfield Liverpool Reds stadium club manager ' +
  'coach squad training pressing defence defending attack attacking counter press intensity ' +
  'mentality character spirit belief pressure moment moments chance chances opponent ' +
  'opponents quality difficult important great fantastic brilliant outstanding incredible ' +
  'unbelievable massive big small hard easy better best worst proud happy disappointed ' +
  'tonight yesterday tomorrow week weekend minutes minute final cup europe champions ' +
  'referee decision penalty offside corner free kick header shot save keeper striker ' +
  'midfield midfielder defender full back winger injury injured fit fitness rest rotation ' +
  'young experience together everybody nobody something nothing everything always never ' +
  'maybe sure obviously absolutely honestly course thing things way day night years year ' +
  'said say saying talk talking feel feeling felt see saw look looked need needed must ' +
  'should could go going went come coming came get got give gave take took make made'
).split(' ');

export interface SyntheticVocabulary {
  /** Distinct words, most frequent first. */
  readonly words: readonly string[];
  /** A word drawn with Zipf-like frequency. */
  sample(random: Random): string;
}

const ONSETS = ['b', 'br', 'c', 'ch', 'cl', 'd', 'dr', 'f', 'fl', 'g', 'gr', 'h', 'j', 'k', 'l', 'm', 'n', 'p', 'pl', 'pr', 'r', 's', 'sh', 'sk', 'st', 't', 'th', 'tr', 'v', 'w', 'z', ''];
const VOWELS = ['a', 'e', 'i', 'o', 'u', 'ea', 'ou', 'ai', 'ie', 'oo'];
const CODAS = ['', '', '', 'n', 'r', 'l', 's', 't', 'nd', 'ng', 'st', 'rk', 'm', 'ck', 'x'];
const ACCENTED: Readonly<Record<string, string[]>> = {
  a: ['á', 'à', 'ä', 'å', 'ã'],
  e: ['é', 'è', 'ë', 'ê'],
  i: ['í', 'ï'],
  o: ['ó', 'ö', 'ø', 'ô'],
  u: ['ú', 'ü'],
};

function syllable(random: Random): string {
  return random.pick(ONSETS) + random.pick(VOWELS) + random.pick(CODAS);
}

function withDiacritic(word: string, random: Random): string {
  const positions = [...word].flatMap((ch, i) => (ACCENTED[ch] ? [i] : []));
  if (positions.length === 0) return word;
  const at = random.pick(positions);
  return word.slice(0, at) + random.pick(ACCENTED[word[at]]) + word.slice(at + 1);
}

export function buildVocabulary(size = 20_000, seed = 1, exponent = 1.07): SyntheticVocabulary {
  const random = createRandom(seed);
  const words: string[] = [];
  const folded = new Set<string>();
  const addWord = (word: string): void => {
    const key = foldWord(word);
    if (folded.has(key)) return;
    folded.add(key);
    words.push(word);
  };
  for (const word of CORE_WORDS) addWord(word);
  while (words.length < size) {
    let word = '';
    const syllables = random.between(1, 4);
    for (let s = 0; s < syllables; s++) word += syllable(random);
    if (word.length < 2 || word.length > 12) continue;
    addWord(random.chance(0.05) ? withDiacritic(word, random) : word);
  }
  const rank = createZipfSampler(words.length, exponent);
  return { words, sample: (r) => words[rank(r)] };
}
