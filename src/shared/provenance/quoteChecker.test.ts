import { describe, expect, it } from 'vitest';
import { QuoteChecker, type CheckedSource } from './quoteChecker';
import type { QuoteCheck } from './quoteCheck';

const ARTICLE =
  'Klopp spoke after the shoot-out. “We feel the responsibility but we feel the push we get from them much more.” ' +
  'He added: “This club is so special. Everything we do is very important.” Asked about his legacy, he said: ' +
  '“I couldn’t care less about my legacy. I’m not here to create one,” and smiled – the way he does.';

const sources = new Map<string, CheckedSource>([
  ['article', { id: 'article', text: ARTICLE }],
  ['reference', { id: 'reference' }],
]);
const sourceById = (id: string) => sources.get(id);

function check(text: string, sourceIds = ['article']): QuoteCheck {
  return new QuoteChecker().check({ id: 'q', text, sourceIds }, sourceById);
}

const changed = (result: QuoteCheck) =>
  result.result === 'differs' ? result.words.filter((word) => word.change !== 'same').map((word) => `${word.change}:${word.text.trim()}`) : [];

describe('checking a quote against its source', () => {
  it('finds the words character for character: word for word, with the passage where they stand', () => {
    const result = check('We feel the responsibility but we feel the push we get from them much more.');
    expect(result.result).toBe('word for word');
    if (result.result !== 'word for word') return;
    expect(result.sourceId).toBe('article');
    expect(ARTICLE.slice(result.passage.start, result.passage.end)).toBe('We feel the responsibility but we feel the push we get from them much more.');
  });

  it('takes straight quote marks and apostrophes for curly ones as the same words, and says which', () => {
    const result = check('"I couldn\'t care less about my legacy. I\'m not here to create one,"');
    expect(result.result).toBe('same words');
    if (result.result !== 'same words') return;
    expect(result.differences).toEqual(['quote marks', 'apostrophes']);
    expect(result.passage.text).toBe('“I couldn’t care less about my legacy. I’m not here to create one,”');
  });

  it('tells dashes, spacing and case apart', () => {
    const dashed = check('and smiled - the way he does');
    expect(dashed).toMatchObject({ result: 'same words', differences: ['dashes'] });
    const spaced = check('This club is so  special.\nEverything we do');
    expect(spaced).toMatchObject({ result: 'same words', differences: ['spacing'] });
    const cased = check('this club is so special');
    expect(cased).toMatchObject({ result: 'same words', differences: ['case'] });
    const closedUp = check('and smiled—the way he does');
    expect(closedUp).toMatchObject({ result: 'same words', differences: ['dashes', 'spacing'] });
  });

  it('takes three full stops for an ellipsis character as the same words', () => {
    const typed = new QuoteChecker().check(
      { id: 'q', text: 'It was... unbelievable', sourceIds: ['s'] },
      () => ({ id: 's', text: 'He said: “It was… unbelievable.”' }),
    );
    expect(typed).toMatchObject({ result: 'same words', differences: ['ellipses'], passage: { text: 'It was… unbelievable' } });
  });

  it('shows the words an ellipsis leaves out as the difference', () => {
    const result = check('This club is so special … very important.');
    expect(result.result).toBe('differs');
    expect(changed(result)).toEqual(['removed:. Everything we do is', 'added:…']);
  });

  it('marks a changed word, with the closest passage around it', () => {
    const result = check('We feel the responsibility but we feel the support we get from them much more.');
    expect(result.result).toBe('differs');
    if (result.result !== 'differs') return;
    expect(changed(result)).toEqual(['removed:push', 'added:support']);
    expect(result.passage.text).toBe('We feel the responsibility but we feel the push we get from them much more.');
  });

  it('joins a quote split across two passages and shows what stands between them', () => {
    const result = check('We get from them much more. This club is so special.');
    expect(result.result).toBe('differs');
    if (result.result !== 'differs') return;
    expect(result.passage.text).toBe('we get from them much more.” He added: “This club is so special.');
    expect(changed(result)).toEqual(['removed:” He added: “']);
  });

  it('says when the words are not in the text', () => {
    expect(check('You’ll never walk alone, whatever the weather at Wembley.')).toEqual({ result: 'not found', sourceId: 'article' });
  });

  it('does not take the tail of a word for the quote', () => {
    expect(check('lopp spoke after the shoot-out.').result).not.toBe('word for word');
  });

  it('says when no source has text to check against', () => {
    expect(check('Anything at all', ['reference'])).toEqual({ result: 'no text' });
    expect(check('Anything at all', [])).toEqual({ result: 'no text' });
  });

  it('gives the best of several sources', () => {
    sources.set('copy', { id: 'copy', text: 'A reprint: we feel the responsibility, but we feel the push.' });
    try {
      const result = check('we feel the responsibility, but we feel the push.', ['article', 'copy']);
      expect(result).toMatchObject({ result: 'word for word', sourceId: 'copy' });
    } finally {
      sources.delete('copy');
    }
  });

  it('finds a quote in a 2 MB source, word for word and with a word changed', () => {
    const filler = 'The Kop sang through the rain while the players warmed up in front of it. ';
    const text = `${filler.repeat(Math.floor(1_990_000 / filler.length))}At the very end Klopp said “it was a night to remember for everyone here”.`;
    expect(text.length).toBeGreaterThan(1_990_000);
    const big = new QuoteChecker();
    const source = () => ({ id: 'big', text });
    expect(big.check({ id: 'a', text: 'it was a night to remember for everyone here', sourceIds: ['big'] }, source)).toMatchObject({ result: 'word for word' });
    const changedWord = big.check({ id: 'b', text: 'it was a night to cherish for everyone here', sourceIds: ['big'] }, source);
    expect(changedWord).toMatchObject({ result: 'differs', passage: { text: 'it was a night to remember for everyone here' } });
    expect(changed(changedWord)).toEqual(['removed:remember', 'added:cherish']);
  });
});

describe('the checker remembers', () => {
  it('reuses a check until the quote or its source text changes', () => {
    const checker = new QuoteChecker();
    const text = { value: ARTICLE };
    const byId = () => ({ id: 'article', text: text.value });
    const quote = { id: 'q', text: 'so special', sourceIds: ['article'] };
    const first = checker.check(quote, byId);
    expect(checker.check({ ...quote }, byId)).toBe(first);

    const edited = checker.check({ ...quote, text: 'so Special' }, byId);
    expect(edited).toMatchObject({ result: 'same words', differences: ['case'] });

    text.value = ARTICLE.replace('so special', 'so very special');
    const afterSourceEdit = checker.check({ ...quote, text: 'so Special' }, byId);
    expect(afterSourceEdit.result).toBe('differs');
    expect(changed(afterSourceEdit)).toEqual(['removed:very']);
  });
});
