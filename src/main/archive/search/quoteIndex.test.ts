import { describe, expect, it } from 'vitest';
import { dateKey } from './docStore';
import { MAX_PREFIX_EXPANSIONS } from './queryEvaluator';
import { createQuoteIndex } from './quoteIndex';
import type { QuoteSearchDocument } from './searchDocument';

function quote(id: string, text: string, extra: Partial<QuoteSearchDocument> = {}): QuoteSearchDocument {
  return {
    id,
    text,
    speaker: 'Jürgen Klopp',
    speakerAliases: ['Jürgen Klopp', 'Jurgen Klopp', 'Klopp'],
    setting: 'post-match interview',
    interviewer: '',
    outlet: '',
    sourceTitles: [],
    tags: [],
    season: '2018-19',
    competition: 'Premier League',
    matchOpponent: '',
    matchDate: '',
    status: 'verified',
    date: '2019-01-01',
    ...extra,
  };
}

const ids = (result: { hits: Array<{ id: string }> }): string[] => result.hits.map((hit) => hit.id).sort();

describe('quote index matching', () => {
  const index = createQuoteIndex([
    quote('outstanding', 'The boys were outstanding at Anfield tonight.', { date: '2019-03-01' }),
    quote('konate', 'Konaté was brilliant in the air.', {
      speaker: 'Ibrahima Konaté',
      speakerAliases: ['Ibrahima Konate'],
      date: '2022-05-01',
    }),
    quote('jurgen', 'Jurgen Klopp spoke about Liverpool and the fans.', {
      speaker: 'Joe Gomez',
      speakerAliases: [],
      date: '2020-01-10',
    }),
    quote('game', 'It was a game of two halves, a massive game.', { date: '2018-11-11' }),
    quote('team', 'The team showed real mentality.', { date: '2018-12-12' }),
  ]);

  it('is accent-insensitive in both directions', () => {
    expect(ids(index.search('Konate'))).toEqual(['konate']);
    expect(ids(index.search('konaté'))).toEqual(['konate']);
    // "Jurgen" and "Jürgen" both find the quote text "Jurgen" and every speaker "Jürgen Klopp".
    expect(index.search('Jürgen').total).toBe(index.search('jurgen').total);
    expect(ids(index.search('Jürgen spoke'))).toEqual(['jurgen']);
    expect(ids(index.search('jurgen speaker:"Jürgen Klopp"'))).toEqual(['game', 'outstanding', 'team']);
  });

  it('matches a prefix of the last word', () => {
    expect(ids(index.search('anfi'))).toEqual(['outstanding']);
    expect(ids(index.search('boys anfi'))).toEqual(['outstanding']);
  });

  it('does not treat earlier words as prefixes', () => {
    expect(index.search('anfi boys').total).toBe(0);
  });

  it('tolerates one edit on words of five or more letters', () => {
    expect(ids(index.search('outstandng'))).toEqual(['outstanding']); // deletion
    expect(ids(index.search('Liverpol'))).toEqual(['jurgen']); // deletion
    expect(ids(index.search('Liverpoool'))).toEqual(['jurgen']); // insertion
    expect(ids(index.search('brilliamt'))).toEqual(['konate']); // substitution
    expect(ids(index.search('mentaltiy'))).toEqual(['team']); // transposition
  });

  it('does not fuzz words shorter than five letters', () => {
    expect(index.search('gane').total).toBe(0); // "game" is one substitution away, but 4 letters
    expect(index.search('fams halves').total).toBe(0);
  });

  it('does not accept two edits', () => {
    expect(index.search('outstadng').total).toBe(0);
    expect(index.search('Livrpol').total).toBe(0);
  });

  it('requires every plain word (AND)', () => {
    expect(ids(index.search('game halves'))).toEqual(['game']);
    expect(index.search('game anfield').total).toBe(0);
  });

  it('matches an exact phrase as consecutive words in order', () => {
    expect(ids(index.search('"two halves"'))).toEqual(['game']);
    expect(index.search('"halves two"').total).toBe(0);
    expect(index.search('"game halves"').total).toBe(0);
    // Phrase words are exact, never prefixes or typos.
    expect(index.search('"two halv"').total).toBe(0);
  });

  it('excludes words and phrases', () => {
    expect(ids(index.search('the -anfield'))).toEqual(['jurgen', 'konate', 'team']);
    expect(ids(index.search('the -"real mentality"'))).toEqual(['jurgen', 'konate', 'outstanding']);
    // Exclusion applies to the other searchable fields too.
    expect(index.search('-klopp').hits.map((h) => h.id)).toEqual(['konate']);
  });

  it('searches speaker, aliases, setting and other fields', () => {
    expect(ids(index.search('gomez'))).toEqual(['jurgen']);
    expect(ids(index.search('ibrahima'))).toEqual(['konate']);
    expect(index.search('interview').total).toBe(5);
  });

  it('lists everything by date, newest first, for an empty query', () => {
    expect(index.search('').hits.map((h) => h.id)).toEqual(['konate', 'jurgen', 'outstanding', 'team', 'game']);
  });

  it('pages with limit and offset', () => {
    const page = index.search('', { limit: 2, offset: 1 });
    expect(page.total).toBe(5);
    expect(page.hits.map((h) => h.id)).toEqual(['jurgen', 'outstanding']);
    expect(index.search('', { limit: Number.NaN, offset: -3 }).hits).toHaveLength(5);
    expect(index.search('', { limit: 0 }).hits).toEqual([]);
  });
});

describe('quote index filters', () => {
  const index = createQuoteIndex([
    quote('a', 'We go again.', {
      season: '2019-20',
      competition: 'Champions League',
      tags: ['mentality', 'title race'],
      status: 'verified',
      date: '2019-10-01',
    }),
    quote('b', 'We go again, boys.', {
      speaker: 'Joe Gomez',
      speakerAliases: ['Gomez'],
      season: '2021-22',
      competition: 'League Cup',
      tags: ['cup'],
      status: 'disputed',
      date: '2022-02-27',
    }),
    quote('c', 'We go again tomorrow.', {
      season: '2021-22',
      competition: 'Premier League',
      status: 'misattributed',
      date: '2022-03-01',
    }),
    quote('d', 'We go again, no date.', { date: '', season: '', competition: '' }),
  ]);

  it('filters by speaker name or alias words', () => {
    expect(ids(index.search('speaker:"Joe Gomez"'))).toEqual(['b']);
    expect(ids(index.search('speaker:gomez again'))).toEqual(['b']);
    expect(ids(index.search('speaker:jurgen'))).toEqual(['a', 'c', 'd']);
    expect(index.search('speaker:"Gomez Klopp"').total).toBe(0);
  });

  it('filters by season in any common spelling', () => {
    expect(ids(index.search('season:2021-22'))).toEqual(['b', 'c']);
    expect(ids(index.search('season:2019/2020'))).toEqual(['a']);
  });

  it('filters by competition words', () => {
    expect(ids(index.search('competition:"League Cup"'))).toEqual(['b']);
    expect(ids(index.search('competition:league'))).toEqual(['a', 'b', 'c']);
  });

  it('filters by tag, matching the words of one tag', () => {
    expect(ids(index.search('tag:"title race"'))).toEqual(['a']);
    expect(ids(index.search('tag:race'))).toEqual(['a']);
    expect(index.search('tag:"race cup"').total).toBe(0);
  });

  it('filters by status', () => {
    expect(ids(index.search('status:disputed'))).toEqual(['b']);
    expect(ids(index.search('status:disputed status:misattributed'))).toEqual(['b', 'c']);
  });

  it('uses exclusive date bounds and skips undated quotes', () => {
    expect(ids(index.search('before:2022-02-27'))).toEqual(['a']);
    expect(ids(index.search('after:2022-02-27'))).toEqual(['c']);
    expect(ids(index.search('after:2019-10-01 before:2022-03-01'))).toEqual(['b']);
  });

  it('combines filters with AND and repeated fields with OR', () => {
    expect(ids(index.search('season:2021-22 status:disputed'))).toEqual(['b']);
    expect(ids(index.search('season:2021-22 speaker:klopp'))).toEqual(['c']);
    expect(ids(index.search('season:2019-20 season:2021-22 speaker:klopp'))).toEqual(['a', 'c']);
    expect(ids(index.search('again season:2021-22 -tomorrow'))).toEqual(['b']);
  });

  it('still searches what it can in a malformed query and explains what it ignored', () => {
    const result = index.search('foo:bar status:nope before:2021-13-45 tomorrow "again');
    expect(ids(result)).toEqual(['c']);
    expect(result.warnings).toHaveLength(4);
    expect(result.warnings[0]).toContain('Ignored unknown field "foo:"');
  });
});

describe('quote index filters for what journalists ask', () => {
  const index = createQuoteIndex([
    quote('presser', 'We go again.', {
      setting: 'press conference',
      outlet: 'Liverpool FC',
      matchOpponent: 'FC Barcelona',
      matchDate: '2019-05-07',
    }),
    quote('pitchside', 'Mentality giants.', {
      setting: 'post-match interview',
      interviewer: 'Jamie Carragher Carra',
      outlet: 'Sky Sports',
      matchOpponent: 'Tottenham Hotspur',
      matchDate: '2019-06-01',
    }),
    quote('podcast', 'No match in this one.', { setting: 'podcast', outlet: 'The Athletic' }),
  ]);

  it('filters by setting words', () => {
    expect(ids(index.search('setting:"press conference"'))).toEqual(['presser']);
    expect(ids(index.search('setting:interview'))).toEqual(['pitchside']);
    expect(index.search('setting:"press interview"').total).toBe(0);
  });

  it('filters by interviewer, by name or alias', () => {
    expect(ids(index.search('interviewer:carragher'))).toEqual(['pitchside']);
    expect(ids(index.search('interviewer:carra'))).toEqual(['pitchside']);
  });

  it('filters by outlet words', () => {
    expect(ids(index.search('outlet:"sky sports"'))).toEqual(['pitchside']);
    expect(ids(index.search('outlet:athletic outlet:sky'))).toEqual(['pitchside', 'podcast']);
  });

  it('filters by the match, by opponent or exact date', () => {
    expect(ids(index.search('match:barcelona'))).toEqual(['presser']);
    expect(ids(index.search('match:2019-06-01'))).toEqual(['pitchside']);
    // Day and month swapped is another day.
    expect(index.search('match:2019-01-06').total).toBe(0);
    expect(ids(index.search('match:spurs match:tottenham'))).toEqual(['pitchside']);
  });
});

describe('quote index ranking', () => {
  it('ranks exact over prefix over typo', () => {
    const index = createQuoteIndex([
      quote('typo', 'Pressong was key.', { date: '2020-01-03' }),
      quote('prefix', 'Pressingly loud crowd.', { date: '2020-01-02' }),
      quote('exact', 'Pressing was key.', { date: '2020-01-01' }),
    ]);
    expect(index.search('pressing').hits.map((h) => h.id)).toEqual(['exact', 'prefix', 'typo']);
  });

  it('ranks matches in the text above matches in other fields', () => {
    const index = createQuoteIndex([
      quote('meta', 'We played well.', { tags: ['pressing'], date: '2020-01-02' }),
      quote('text', 'Our pressing worked.', { date: '2020-01-01' }),
    ]);
    expect(index.search('pressing').hits.map((h) => h.id)).toEqual(['text', 'meta']);
  });

  it('ranks quotes matching more query terms higher', () => {
    const index = createQuoteIndex([
      quote('one', 'Pressing.', { date: '2020-01-03' }),
      quote('two', 'Pressing and "heavy metal".', { date: '2020-01-01' }),
    ]);
    // The phrase and the word both count towards the score.
    const hits = index.search('"heavy metal" pressing').hits;
    expect(hits.map((h) => h.id)).toEqual(['two']);
    expect(hits[0].score).toBeGreaterThan(index.search('pressing').hits[0].score);
  });

  it('breaks ties by date, newest first', () => {
    const index = createQuoteIndex([
      quote('old', 'Boys.', { date: '2016-01-01' }),
      quote('new', 'Boys.', { date: '2023-01-01' }),
      quote('mid', 'Boys.', { date: '2019-01-01' }),
    ]);
    expect(index.search('boys').hits.map((h) => h.id)).toEqual(['new', 'mid', 'old']);
  });

  it('keeps only the most frequent expansions of a very short prefix', () => {
    const docs = Array.from({ length: MAX_PREFIX_EXPANSIONS + 10 }, (_, i) =>
      quote(`q${i}`, `zz${String(i).padStart(3, '0')} ${i < 5 ? 'zz000' : ''}`),
    );
    const result = createQuoteIndex(docs).search('zz');
    expect(result.total).toBeLessThan(docs.length);
    expect(result.total).toBeGreaterThanOrEqual(MAX_PREFIX_EXPANSIONS - 5);
  });
});

describe('quote index highlights', () => {
  const text = 'Ibrahima Konaté’s header at Anfield was outstanding, “absolutely outstanding”.';
  const index = createQuoteIndex([
    quote('q', text, { speaker: 'Ibrahima Konaté', speakerAliases: ['Ibrahima Konate'] }),
  ]);
  const marked = (query: string): string[] =>
    index.search(query).hits[0].highlights.text.map(([start, end]) => text.slice(start, end));

  it('returns offsets of matched words in the original accented text', () => {
    expect(marked('konates')).toEqual(['Konaté’s']);
    expect(marked('anfi')).toEqual(['Anfield']);
    expect(marked('outstandng')).toEqual(['outstanding', 'outstanding']);
  });

  it('highlights phrase occurrences only', () => {
    expect(marked('"absolutely outstanding"')).toEqual(['absolutely', 'outstanding']);
  });

  it('highlights speaker words matched by the query or the speaker filter', () => {
    const hit = index.search('konate speaker:ibrahima').hits[0];
    const speaker = 'Ibrahima Konaté';
    expect(hit.highlights.speaker.map(([s, e]) => speaker.slice(s, e))).toEqual(['Ibrahima', 'Konaté']);
  });
});

describe('quote index incremental edits', () => {
  it('adds, updates and removes without a rebuild', () => {
    const index = createQuoteIndex([quote('a', 'Heavy metal football.')]);
    index.add(quote('b', 'Doubters to believers.'));
    expect(ids(index.search('believers'))).toEqual(['b']);

    index.update(quote('a', 'Mentality monsters.'));
    expect(index.search('heavy').total).toBe(0);
    expect(index.search('"heavy metal"').total).toBe(0);
    expect(ids(index.search('monsters'))).toEqual(['a']);
    expect(index.size).toBe(2);

    expect(index.remove('b')).toBe(true);
    expect(index.remove('b')).toBe(false);
    expect(index.search('believers').total).toBe(0);
    expect(index.has('b')).toBe(false);
    expect(index.size).toBe(1);
  });

  it('rejects adding an id twice', () => {
    const index = createQuoteIndex([quote('a', 'Boys.')]);
    expect(() => index.add(quote('a', 'Again.'))).toThrow(/already indexed/);
  });

  it('forgets words whose quotes were all removed, for typos and prefixes too', () => {
    const index = createQuoteIndex([quote('a', 'Outstanding.'), quote('b', 'Boys.')]);
    index.remove('a');
    expect(index.search('outstandng').total).toBe(0);
    expect(index.search('outst').total).toBe(0);
    index.add(quote('c', 'Outstanding again.'));
    expect(ids(index.search('outstandng'))).toEqual(['c']);
  });

  it('stays correct through many edits and compaction', () => {
    const docs = Array.from({ length: 200 }, (_, i) => quote(`q${i}`, `word${i} common`, { date: '2020-01-01' }));
    const index = createQuoteIndex(docs);
    for (let i = 0; i < 150; i++) index.remove(`q${i}`);
    for (let i = 150; i < 200; i += 2) index.update(quote(`q${i}`, `changed${i} common`));
    index.add(quote('fresh', 'brand new common'));

    expect(index.size).toBe(51);
    expect(index.search('common').total).toBe(51);
    expect(index.search('word10').total).toBe(0);
    expect(ids(index.search('word151'))).toEqual(['q151']);
    expect(index.search('word150').total).toBe(0);
    expect(ids(index.search('changed150'))).toEqual(['q150']);
    expect(ids(index.search('brand'))).toEqual(['fresh']);
    // Phrases use per-quote word-pair signatures, which must move with compaction.
    expect(ids(index.search('"word151 common"'))).toEqual(['q151']);
    expect(ids(index.search('"changed150 common"'))).toEqual(['q150']);
    expect(index.search('"common word151"').total).toBe(0);
  });
});

describe('dateKey', () => {
  it('turns ISO dates into comparable numbers and rejects anything else', () => {
    expect(dateKey('2021-05-23')).toBe(20210523);
    expect(dateKey('2021-5-23')).toBe(-1);
    expect(dateKey('2021/05/23')).toBe(-1);
    expect(dateKey('20a1-05-23')).toBe(-1);
    expect(dateKey('')).toBe(-1);
  });
});
