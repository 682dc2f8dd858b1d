/**
 * Minimal benchmark harness: time a function several times and summarise.
 * Benchmarks print numbers and never assert on timing (machines are noisy).
 */
export interface BenchResult {
  name: string;
  /** Problem size, e.g. number of quotes. */
  n: number;
  median_ms: number;
  p95_ms: number;
  [extra: string]: string | number;
}

export type BenchExtras = Record<string, string | number>;

export interface BenchContext {
  /** Arguments after the ones the runner consumed (e.g. `--quotes 20000`). */
  args: readonly string[];
  report(result: BenchResult): void;
  /** Progress notes; on stderr so `--json` output stays one object per line. */
  log(message: string): void;
}

export interface MeasureOptions {
  runs?: number;
  warmup?: number;
  extra?: BenchExtras;
}

export function percentile(sortedSamples: readonly number[], fraction: number): number {
  if (sortedSamples.length === 0) return Number.NaN;
  const rank = Math.ceil(fraction * sortedSamples.length) - 1;
  return sortedSamples[Math.min(sortedSamples.length - 1, Math.max(0, rank))];
}

const round = (ms: number): number => Math.round(ms * 1000) / 1000;

export function summarize(name: string, n: number, samplesMs: readonly number[], extra: BenchExtras = {}): BenchResult {
  const sorted = [...samplesMs].sort((a, b) => a - b);
  const mean = sorted.reduce((sum, ms) => sum + ms, 0) / Math.max(1, sorted.length);
  return {
    name,
    n,
    median_ms: round(percentile(sorted, 0.5)),
    p95_ms: round(percentile(sorted, 0.95)),
    mean_ms: round(mean),
    min_ms: round(sorted[0] ?? Number.NaN),
    max_ms: round(sorted[sorted.length - 1] ?? Number.NaN),
    samples: sorted.length,
    ...extra,
  };
}

/** Runs `fn` `warmup` times untimed, then `runs` times timed. */
export function measure(name: string, n: number, fn: () => void, options: MeasureOptions = {}): BenchResult {
  const { runs = 5, warmup = 1, extra } = options;
  for (let i = 0; i < warmup; i++) fn();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    fn();
    samples.push(performance.now() - start);
  }
  return summarize(name, n, samples, extra);
}

function formatValue(value: string | number): string {
  if (typeof value === 'string') return value;
  return Number.isInteger(value) ? String(value) : value.toFixed(3);
}

/** Human-readable line: name, n, median, p95, then any extra fields. */
export function formatResult(result: BenchResult): string {
  const { name, n, median_ms, p95_ms, ...extra } = result;
  const extras = Object.entries(extra).map(([key, value]) => `${key}=${formatValue(value)}`);
  return [name.padEnd(34), `n=${n}`.padEnd(10), `median=${formatValue(median_ms)}ms`.padEnd(18), `p95=${formatValue(p95_ms)}ms`.padEnd(16), ...extras].join(' ');
}

export function printResult(result: BenchResult, json: boolean): void {
  process.stdout.write(`${json ? JSON.stringify(result) : formatResult(result)}\n`);
}
