import { describe, expect, it } from 'vitest';
import { TypoIndex, isOneEditApart } from './typoIndex';

describe('isOneEditApart', () => {
  it('accepts one insertion, deletion, substitution or transposition', () => {
    expect(isOneEditApart('outstanding', 'outstandng')).toBe(true);
    expect(isOneEditApart('liverpool', 'liverpoool')).toBe(true);
    expect(isOneEditApart('pressing', 'pressong')).toBe(true);
    expect(isOneEditApart('mentality', 'mentaltiy')).toBe(true);
  });

  it('rejects identical words and two edits', () => {
    expect(isOneEditApart('anfield', 'anfield')).toBe(false);
    expect(isOneEditApart('anfield', 'anfeeld')).toBe(true);
    expect(isOneEditApart('anfield', 'amfeeld')).toBe(false);
    expect(isOneEditApart('axbc', 'abcy')).toBe(false);
    expect(isOneEditApart('abc', 'abcde')).toBe(false);
  });
});

describe('TypoIndex', () => {
  const terms = ['outstanding', 'outstand', 'liverpool', 'game', 'games', 'gamer'];
  const typos = new TypoIndex((id) => terms[id], 5);
  terms.forEach((term, id) => typos.add(term, id));
  const lookup = (word: string): string[] => typos.lookup(word).map((id) => terms[id]).sort();

  it('finds every term one edit away', () => {
    expect(lookup('outstandng')).toEqual(['outstanding']);
    expect(lookup('liverpol')).toEqual(['liverpool']);
    expect(lookup('gamex')).toEqual(['game', 'gamer', 'games']);
  });

  it('ignores short query words and words with digits', () => {
    expect(lookup('gane')).toEqual([]);
    expect(TypoIndex.accepts('2019s')).toBe(false);
  });
});
