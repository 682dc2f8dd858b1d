import { describe, expect, it } from 'vitest';
import { normalizeSeason, parseQuery, parsedQuerySchema } from './query';

describe('parseQuery', () => {
  it('parses plain words: last is a prefix, 5+ letters allow typos', () => {
    const q = parseQuery('great Mentality anfi');
    expect(q.words).toEqual([
      { term: 'great', prefix: false, typo: true },
      { term: 'mentality', prefix: false, typo: true },
      { term: 'anfi', prefix: true, typo: false },
    ]);
    expect(q.warnings).toEqual([]);
    expect(parsedQuerySchema.safeParse(q).success).toBe(true);
  });

  it('never fuzzes numbers', () => {
    expect(parseQuery('201920 x').words[0].typo).toBe(false);
  });

  it('parses phrases, exclusions and excluded phrases', () => {
    const q = parseQuery('"Mentality Monsters" -city -"heavy metal" boys');
    expect(q.phrases).toEqual([['mentality', 'monsters']]);
    expect(q.excludedWords).toEqual(['city']);
    expect(q.excludedPhrases).toEqual([['heavy', 'metal']]);
    expect(q.words.map((w) => w.term)).toEqual(['boys']);
  });

  it('parses every field filter, with quoted values', () => {
    const q = parseQuery(
      'speaker:"Joe Gomez" season:2021/22 competition:"League Cup" setting:"Press Conference" interviewer:Carragher ' +
        'outlet:"Sky Sports" match:Barcelona match:2019-05-07 tag:pressing status:Disputed before:2022-01-01 after:2021-08-01',
    );
    expect(q.filters).toEqual({
      speaker: [['joe', 'gomez']],
      season: ['2021-22'],
      competition: [['league', 'cup']],
      setting: [['press', 'conference']],
      interviewer: [['carragher']],
      outlet: [['sky', 'sports']],
      match: [['barcelona'], ['2019-05-07']],
      tag: [['pressing']],
      status: ['disputed'],
      before: '2022-01-01',
      after: '2021-08-01',
    });
    expect(q.words).toEqual([]);
    expect(q.warnings).toEqual([]);
  });

  it('reads a match date as one term, and warns on a match value with no words', () => {
    expect(parseQuery('match:2019-05-07').filters.match).toEqual([['2019-05-07']]);
    const q = parseQuery('match:"--"');
    expect(q.filters.match).toEqual([]);
    expect(q.warnings[0]).toContain('match:');
  });

  it('keeps the tightest date bounds', () => {
    const q = parseQuery('before:2022-01-01 before:2021-01-01 after:2019-01-01 after:2020-01-01');
    expect(q.filters.before).toBe('2021-01-01');
    expect(q.filters.after).toBe('2020-01-01');
  });

  it('warns about an unknown field and still searches the rest', () => {
    const q = parseQuery('foo:bar klopp');
    expect(q.words.map((w) => w.term)).toEqual(['klopp']);
    expect(q.warnings).toEqual([
      'Ignored unknown field "foo:" — known fields: speaker, season, competition, setting, interviewer, outlet, match, tag, status, before, after',
    ]);
  });

  it('warns about invalid dates, statuses, seasons and empty values', () => {
    const q = parseQuery('before:2021-13-45 after:2021-02-30 status:fake season:2021-23 tag: klopp');
    expect(q.filters.before).toBeUndefined();
    expect(q.filters.after).toBeUndefined();
    expect(q.filters.status).toEqual([]);
    expect(q.filters.season).toEqual([]);
    expect(q.warnings).toHaveLength(5);
    expect(q.warnings[0]).toContain('before:2021-13-45');
    expect(q.warnings[2]).toContain('status:fake');
    expect(q.warnings[4]).toContain('tag:');
    expect(q.words.map((w) => w.term)).toEqual(['klopp']);
  });

  it('treats an unclosed quote as a phrase to the end, with a warning', () => {
    const q = parseQuery('klopp "heavy metal');
    expect(q.phrases).toEqual([['heavy', 'metal']]);
    expect(q.warnings[0]).toMatch(/Unclosed quote/);
  });

  it('tolerates an unclosed quoted filter value', () => {
    const q = parseQuery('speaker:"Joe Gom');
    expect(q.filters.speaker).toEqual([['joe', 'gom']]);
    expect(q.warnings).toHaveLength(1);
  });

  it('ignores excluded fields with a warning', () => {
    const q = parseQuery('-speaker:klopp');
    expect(q.filters.speaker).toEqual([]);
    expect(q.warnings[0]).toContain('-speaker:klopp');
  });

  it('handles empty and punctuation-only input', () => {
    expect(parseQuery('').words).toEqual([]);
    expect(parseQuery(' - "" ; ').warnings).toEqual([]);
  });
});

describe('normalizeSeason', () => {
  it('accepts the usual spellings of a season', () => {
    expect(normalizeSeason('2021-22')).toBe('2021-22');
    expect(normalizeSeason('2021/2022')).toBe('2021-22');
    expect(normalizeSeason('1999-00')).toBe('1999-00');
  });

  it('rejects non-consecutive years and junk', () => {
    expect(normalizeSeason('2021-23')).toBeUndefined();
    expect(normalizeSeason('2021')).toBeUndefined();
    expect(normalizeSeason('abc')).toBeUndefined();
  });
});
