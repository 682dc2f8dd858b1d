import { describe, expect, it } from 'vitest';
import { readerParagraphs } from './readerLayout';

const TEXT = 'First paragraph, with a quote in it.\n\nSecond one: “we go again”, he said.\n\n\nThird.';
const at = (words: string) => ({ start: TEXT.indexOf(words), end: TEXT.indexOf(words) + words.length });

describe('the source reader’s layout', () => {
  it('cuts the text at blank lines and marks each quote where it stands, keeping every offset', () => {
    const paragraphs = readerParagraphs(TEXT, [{ ...at('we go again'), quoteId: 'q-again' }, { ...at('a quote'), quoteId: 'q-first' }]);
    expect(paragraphs.map((segments) => segments.map((segment) => [TEXT.slice(segment.start, segment.end), segment.quoteId ?? '']))).toEqual([
      [['First paragraph, with ', ''], ['a quote', 'q-first'], [' in it.', '']],
      [['Second one: “', ''], ['we go again', 'q-again'], ['”, he said.', '']],
      [['Third.', '']],
    ]);
  });

  it('keeps one mark where two overlap, and splits a mark that crosses a paragraph', () => {
    const overlapping = readerParagraphs(TEXT, [{ ...at('with a quote'), quoteId: 'long' }, { ...at('a quote in'), quoteId: 'later' }]);
    expect(overlapping[0]!.filter((segment) => segment.quoteId).map((segment) => segment.quoteId)).toEqual(['long']);
    const crossing = readerParagraphs(TEXT, [{ start: TEXT.indexOf('in it.'), end: TEXT.indexOf('Second') + 6, quoteId: 'across' }]);
    expect(crossing[0]!.at(-1)).toMatchObject({ quoteId: 'across' });
    expect(crossing[1]![0]).toMatchObject({ quoteId: 'across', start: TEXT.indexOf('Second') });
  });
});
