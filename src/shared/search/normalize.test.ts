import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldText, foldWord, foldedTerms, forEachWordRange, hashTerm, tokenize } from './normalize';

describe('foldWord', () => {
  it('lowercases and strips diacritics', () => {
    expect(foldWord('Jürgen')).toBe('jurgen');
    expect(foldWord('Konaté')).toBe('konate');
    expect(foldWord('Núñez')).toBe('nunez');
  });

  it('maps letters that do not decompose', () => {
    expect(foldWord('Ødegaard')).toBe('odegaard');
    expect(foldWord('Strauß')).toBe('strauss');
    expect(foldWord('Æsir')).toBe('aesir');
    expect(foldWord('Łukasz')).toBe('lukasz');
    expect(foldWord('Đukić')).toBe('dukic');
  });

  it('drops apostrophes inside words, straight or curly', () => {
    expect(foldWord("don't")).toBe('dont');
    expect(foldWord('it’s')).toBe('its');
  });
});

describe('foldText', () => {
  it('folds a whole string and plain-ifies curly quotes', () => {
    expect(foldText('“Jürgen’s” team')).toBe('"jurgen\'s" team');
  });
});

describe('tokenize', () => {
  it('keeps apostrophe words together and splits on punctuation', () => {
    expect(foldedTerms("Don't stop, it’s 2-1 at Anfield!")).toEqual(['dont', 'stop', 'its', '2', '1', 'at', 'anfield']);
  });

  it('does not treat leading or trailing apostrophes as part of a word', () => {
    expect(foldedTerms("'Boys' we're")).toEqual(['boys', 'were']);
  });

  it('returns offsets into the original (accented) string', () => {
    const text = 'Ibrahima Konaté, Ødegaard’s rival';
    const tokens = tokenize(text);
    expect(tokens.map((t) => text.slice(t.start, t.end))).toEqual(['Ibrahima', 'Konaté', 'Ødegaard’s', 'rival']);
    expect(tokens.map((t) => t.term)).toEqual(['ibrahima', 'konate', 'odegaards', 'rival']);
  });

  it('keeps a decomposed accent inside its word', () => {
    const text = 'Konate\u0301 scored';
    const [first] = tokenize(text);
    expect(first).toEqual({ term: 'konate', start: 0, end: 7 });
  });
});

describe('forEachWordRange', () => {
  const checkFastFold = (text: string): void => {
    forEachWordRange(text, (start, end, hash, foldedLength) => {
      if (foldedLength < 0) return; // left to foldWord
      const folded = foldWord(text.slice(start, end));
      expect(foldedLength).toBe(folded.length);
      expect(hash).toBe(hashTerm(folded));
    });
  };

  it('hashes the folded form of each word in the same pass', () => {
    checkFastFold("Jürgen Klopp's Ødegaard, Strauß & Konate\u0301 don’t ŁÓDŹ ǅemal ﬁnal Ελλάδα 東京");
  });

  it('agrees with foldWord on arbitrary text', () => {
    const alphabet = fc.constantFrom(...'aZé\u0301ßøÆłĐ’\'- .1İıǅ'.split(''), 'Ω', '東', '\u{1D400}');
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 30 }), (chars) => {
        checkFastFold(chars.join(''));
      }),
    );
  });

  it('reports the same words as tokenize', () => {
    const text = 'It’s 2-1, “Mentality” monsters!';
    const ranges: Array<[number, number]> = [];
    forEachWordRange(text, (start, end) => ranges.push([start, end]));
    expect(ranges).toEqual(tokenize(text).map((t) => [t.start, t.end]));
  });
});
