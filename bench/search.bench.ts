import { loadavg } from 'node:os';
import { runInNewContext } from 'node:vm';
import { setFlagsFromString } from 'node:v8';
import { foldedTerms } from '../src/shared/search/normalize';
import { createQuoteIndex, type QuoteIndex } from '../src/main/archive/search/quoteIndex';
import type { Bench } from './benches';
import { measure, summarize, type BenchContext } from './harness';
import { LinearScan } from './linearScan';
import { createRandom } from './synthetic/random';
import { editQuote, generateArchive } from './synthetic/quotes';
import type { SyntheticVocabulary } from './synthetic/vocabulary';
import type { QuoteSearchDocument } from '../src/main/archive/search/searchDocument';

/**
 * Quote search at archive scale: build time and memory, latency of a fixed
 * query mix on the index and on a linear scan (same process, same mix),
 * and incremental update time. Options: --quotes N (default 100,000),
 * --verbose (per-query timings on stderr).
 */
const DEFAULT_QUOTES = 100_000;
const BUILD_RUNS = 5;
const MIX_ROUNDS_INDEX = 15;
const MIX_ROUNDS_LINEAR = 3;
const UPDATES = 1_000;
const LIMIT = 20;

/** `global.gc` without requiring `--expose-gc` on the command line. */
function getGc(): () => void {
  setFlagsFromString('--expose-gc');
  const gc: unknown = runInNewContext('gc');
  return typeof gc === 'function' ? () => void gc() : () => undefined;
}

/** Full GC, a pause for the sweeper to free ArrayBuffer backing stores, then another GC. */
async function settle(gc: () => void): Promise<void> {
  gc();
  await new Promise((resolve) => setTimeout(resolve, 100));
  gc();
}

const mb = (bytes: number): number => Math.round((bytes / 1048576) * 10) / 10;

function firstWord(words: readonly string[], fromRank: number, accept: (word: string) => boolean): string {
  for (let rank = fromRank; rank < words.length; rank++) if (accept(words[rank])) return words[rank];
  throw new Error(`No vocabulary word from rank ${fromRank} fits`);
}

const plainAscii = (min: number) => (word: string) => /^[a-z]+$/.test(word) && word.length >= min;

/** One substitution in the middle, e.g. "outstanding" → "outstaxding". */
function withTypo(word: string): string {
  const at = Math.floor(word.length / 2);
  return word.slice(0, at) + (word[at] === 'x' ? 'q' : 'x') + word.slice(at + 1);
}

/** A fixed, deterministic mix of queries covering every operator. */
export function buildQueryMix(vocabulary: SyntheticVocabulary, documents: readonly QuoteSearchDocument[]): string[] {
  const words = vocabulary.words;
  const rare1 = firstWord(words, 8_000, plainAscii(5));
  const rare2 = firstWord(words, 15_000, plainAscii(5));
  const mid = firstWord(words, 1_500, plainAscii(7));
  const phraseSource = foldedTerms(documents[1234].text);
  const bigram = `${phraseSource[3]} ${phraseSource[4]}`;
  const trigram = foldedTerms(documents[777].text).slice(1, 4).join(' ');
  return [
    'the',
    'game players',
    'anfield',
    rare1,
    rare2,
    `${rare1} ${rare2}`,
    firstWord(words, 500, plainAscii(6)).slice(0, 3),
    'anfi',
    firstWord(words, 3_000, plainAscii(6)).slice(0, 4),
    withTypo(firstWord(words, 200, plainAscii(7))),
    withTypo(mid),
    'Liverpol',
    'outstandng',
    '"the game"',
    `"${bigram}"`,
    `"${trigram}"`,
    'speaker:klopp',
    'season:2019-20 status:disputed',
    'competition:"Champions League" after:2018-01-01 before:2019-06-30',
    'tag:pressing',
    'game -anfield',
    'klopp mentality season:2018-19',
    '"we were" -"the game" pressing',
    'players speaker:"Mohamed Salah" competition:"Premier League"',
    '',
    'Jürgen',
    'konate before:2020-01-01',
    `game ${rare1} ${withTypo(mid)}`,
    'foo:bar players "unclosed',
    `fans ${words[40]} ${words[120]} ${words[300]}`,
  ];
}

async function run(ctx: BenchContext): Promise<void> {
  const quotesArg = ctx.args.indexOf('--quotes');
  const n = quotesArg >= 0 ? Number(ctx.args[quotesArg + 1]) : DEFAULT_QUOTES;
  const gc = getGc();

  ctx.log(`generating ${n} synthetic quotes…`);
  const { documents, vocabulary } = generateArchive(n, 42);
  const queries = buildQueryMix(vocabulary, documents);

  // Memory: one build measured alone, after full GCs with time for ArrayBuffer backing
  // stores to be released (typed arrays live outside the JS heap, in arrayBuffers).
  await settle(gc);
  const before = process.memoryUsage();
  let index: QuoteIndex = createQuoteIndex(documents);
  const afterBuild = process.memoryUsage();
  await settle(gc);
  const after = process.memoryUsage();
  const memory = {
    index_heap_mb: mb(after.heapUsed - before.heapUsed),
    index_array_buffers_mb: mb(after.arrayBuffers - before.arrayBuffers),
    index_total_mb: mb(after.heapUsed + after.arrayBuffers - before.heapUsed - before.arrayBuffers),
    heap_used_after_build_before_gc_mb: mb(afterBuild.heapUsed),
    rss_mb: mb(after.rss),
  };

  // Build time: a few more full builds; the last index is kept for queries and updates.
  // CPU time (all of this process's threads, so including GC helpers) is reported
  // too: on a busy machine it is a steadier signal than wall-clock time.
  const buildSamples: number[] = [];
  const buildCpuSamples: number[] = [];
  for (let i = 0; i < BUILD_RUNS; i++) {
    index = createQuoteIndex([]);
    await settle(gc);
    const cpu = process.cpuUsage();
    const start = performance.now();
    index = createQuoteIndex(documents);
    buildSamples.push(performance.now() - start);
    const used = process.cpuUsage(cpu);
    buildCpuSamples.push((used.user + used.system) / 1000);
  }
  const buildCpu = summarize('cpu', n, buildCpuSamples);
  ctx.report(
    summarize('search/build', n, buildSamples, {
      cpu_median_ms: buildCpu.median_ms,
      cpu_min_ms: buildCpu.min_ms,
      ...memory,
      peak_rss_mb: mb(process.resourceUsage().maxRSS * 1024),
      // Other processes on the machine skew timings; this says how busy it was.
      load_avg_1m: Math.round(loadavg()[0] * 100) / 100,
    }),
  );

  // Query mix on the index.
  const totals = queries.map((query) => index.search(query, { limit: LIMIT }).total); // warm-up
  const indexSamples: number[] = [];
  const perQuery = new Map<string, number[]>();
  for (let round = 0; round < MIX_ROUNDS_INDEX; round++) {
    for (const query of queries) {
      const start = performance.now();
      index.search(query, { limit: LIMIT });
      const ms = performance.now() - start;
      indexSamples.push(ms);
      perQuery.set(query, [...(perQuery.get(query) ?? []), ms]);
    }
  }
  const indexResult = summarize('search/query-mix/index', n, indexSamples, { queries: queries.length });
  ctx.report(indexResult);
  if (ctx.args.includes('--verbose')) {
    for (const [query, samples] of perQuery) {
      const result = summarize(`  ${JSON.stringify(query)}`, n, samples);
      ctx.log(`${result.name.padEnd(60)} median=${result.median_ms} p95=${result.p95_ms} total=${totals[queries.indexOf(query)]}`);
    }
  }

  // The same mix by linear scan over pre-normalised tokens, in the same process.
  ctx.log('preparing linear scan baseline…');
  const linear = new LinearScan(documents);
  let mismatches = 0;
  queries.forEach((query, i) => {
    const linearTotal = linear.search(query, LIMIT).total;
    if (linearTotal === totals[i]) return;
    mismatches++;
    ctx.log(`  total differs for ${JSON.stringify(query)}: index ${totals[i]}, linear ${linearTotal}`);
  });
  const linearSamples: number[] = [];
  for (let round = 0; round < MIX_ROUNDS_LINEAR; round++) {
    for (const query of queries) {
      const start = performance.now();
      linear.search(query, LIMIT);
      linearSamples.push(performance.now() - start);
    }
  }
  const linearResult = summarize('search/query-mix/linear', n, linearSamples, { queries: queries.length });
  const ratio = (key: 'median_ms' | 'p95_ms' | 'mean_ms'): number => {
    const slow = Number(linearResult[key]);
    const fast = Number(indexResult[key]);
    return Math.round((slow / fast) * 10) / 10;
  };
  linearResult.ratio_median = ratio('median_ms');
  linearResult.ratio_p95 = ratio('p95_ms');
  linearResult.ratio_mean = ratio('mean_ms');
  linearResult.total_mismatches = mismatches;
  ctx.report(linearResult);

  // Incremental updates: re-save random quotes with new wording.
  const random = createRandom(7);
  const current = [...documents];
  const edits = Array.from({ length: UPDATES }, () => {
    const at = random.int(current.length);
    const edited = editQuote(current[at], random, vocabulary);
    current[at] = edited;
    return edited;
  });
  let next = 0;
  ctx.report(measure('search/update', n, () => index.update(edits[next++]), { runs: UPDATES, warmup: 0 }));
}

export const searchBench: Bench = { name: 'search', run };
