import type { CheckedQuote, CheckedSource } from '../../src/shared/provenance/quoteChecker';
import { createRandom, type Random } from './random';
import { buildVocabulary, type SyntheticVocabulary } from './vocabulary';

export interface QuotedSources {
  sources: CheckedSource[];
  quotes: CheckedQuote[];
}

/** An article of about `length` characters: sentences of Zipf-drawn words, some of them in curly quotes. */
function article(random: Random, vocabulary: SyntheticVocabulary, length: number): string {
  const sentences: string[] = [];
  let size = 0;
  while (size < length) {
    const words = Array.from({ length: random.between(6, 24) }, () => vocabulary.sample(random));
    words[0] = words[0]!.charAt(0).toUpperCase() + words[0]!.slice(1);
    if (random.chance(0.2)) words.splice(random.int(words.length), 0, random.pick(['don’t', 'it’s', 'we’re', 'that’s']));
    if (random.chance(0.1)) words.splice(random.int(words.length), 0, '–');
    const sentence = `${words.join(' ')}.`;
    const printed = random.chance(0.3) ? `“${sentence}”` : sentence;
    sentences.push(printed);
    size += printed.length + 1;
  }
  return sentences.join(' ');
}

/** A quote taken from `text` the way editors get them: mostly exact, some retyped, some changed, some from elsewhere. */
function quoteFrom(text: string, random: Random, vocabulary: SyntheticVocabulary): string {
  const start = text.indexOf(' ', random.int(text.length - 400)) + 1;
  const words = text.slice(start).split(' ').slice(0, random.between(8, 40));
  const roll = random.next();
  if (roll < 0.6) return words.join(' ');
  if (roll < 0.75) return words.join(' ').replaceAll('’', "'").replaceAll('“', '"').replaceAll('”', '"').toLowerCase();
  if (roll < 0.9) {
    words[random.int(words.length)] = vocabulary.sample(random);
    return words.join(' ');
  }
  return Array.from({ length: words.length }, () => vocabulary.words[random.between(5_000, 19_999)]).join(' ');
}

/** N quotes spread over S sources of `length` characters each; deterministic for a seed. */
export function generateQuotedSources(quotes: number, sources: number, length: number, seed = 11): QuotedSources {
  const random = createRandom(seed);
  const vocabulary = buildVocabulary(20_000, seed);
  const sourceList = Array.from({ length: sources }, (_, i) => ({ id: `source-${i}`, text: article(random, vocabulary, length) }));
  const quoteList = Array.from({ length: quotes }, (_, i) => {
    const source = sourceList[random.int(sources)]!;
    return { id: `quote-${i}`, text: quoteFrom(source.text, random, vocabulary), sourceIds: [source.id] };
  });
  return { sources: sourceList, quotes: quoteList };
}
