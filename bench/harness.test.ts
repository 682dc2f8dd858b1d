import { describe, expect, it } from 'vitest';
import { formatResult, measure, percentile, summarize } from './harness';
import { generateArchive } from './synthetic/quotes';
import { createRandom } from './synthetic/random';
import { buildVocabulary } from './synthetic/vocabulary';
import { foldWord } from '../src/shared/search/normalize';

describe('bench harness', () => {
  it('computes median and p95 from samples', () => {
    const samples = Array.from({ length: 100 }, (_, i) => i + 1);
    expect(percentile(samples, 0.5)).toBe(50);
    expect(percentile(samples, 0.95)).toBe(95);
    const result = summarize('x', 7, [3, 1, 2], { ratio: 2 });
    expect(result).toMatchObject({ name: 'x', n: 7, median_ms: 2, p95_ms: 3, samples: 3, ratio: 2 });
    expect(formatResult(result)).toContain('median=2ms');
  });

  it('runs the measured function the requested number of times', () => {
    let calls = 0;
    const result = measure('count', 1, () => void calls++, { runs: 4, warmup: 2 });
    expect(calls).toBe(6);
    expect(result.samples).toBe(4);
  });
});

describe('synthetic archive', () => {
  it('is deterministic for a seed', () => {
    expect(generateArchive(50, 3).documents).toEqual(generateArchive(50, 3).documents);
    expect(generateArchive(50, 3).documents).not.toEqual(generateArchive(50, 4).documents);
    expect(createRandom(9).next()).toBe(createRandom(9).next());
  });

  it('has 20,000 distinct words, common football words first, some accented', () => {
    const { words } = buildVocabulary(20_000, 1);
    expect(words).toHaveLength(20_000);
    expect(new Set(words.map(foldWord)).size).toBe(20_000);
    expect(words.slice(0, 3)).toEqual(['the', 'and', 'to']);
    expect(words.some((w) => w !== foldWord(w) && /[\u0080-\uffff]/.test(w))).toBe(true);
  });

  it('generates realistic quote documents', () => {
    const docs = generateArchive(300, 1).documents;
    const lengths = docs.map((d) => d.text.split(/\s+/).length);
    expect(Math.min(...lengths)).toBeGreaterThanOrEqual(10);
    expect(Math.max(...lengths)).toBeLessThanOrEqual(80);
    expect(new Set(docs.map((d) => d.speaker)).size).toBeGreaterThan(30);
    expect(docs.every((d) => /^\d{4}-\d{2}-\d{2}$/.test(d.date))).toBe(true);
  });
});
