/**
 * The quote check: every quote of a synthetic archive against its source's text (10,000
 * quotes, 500 sources of 20 kB; target under 2 s from nothing remembered), then one quote
 * edited and checked again (target under 20 ms), then one source's text edited and its
 * quotes checked again.
 *   npm run bench -- --only provenance [--quotes N] [--sources S]
 */
import { QuoteChecker, type CheckedSource } from '../src/shared/provenance/quoteChecker';
import type { Bench } from './benches';
import { summarize, type BenchContext } from './harness';
import { generateQuotedSources } from './synthetic/quotedSources';

const RUNS = 5;
const EDITS = 50;

function argument(args: readonly string[], name: string, fallback: number): number {
  const index = args.indexOf(name);
  return index >= 0 ? Number(args[index + 1]) : fallback;
}

function run(ctx: BenchContext): void {
  const quoteCount = argument(ctx.args, '--quotes', 10_000);
  const sourceCount = argument(ctx.args, '--sources', 500);
  ctx.log(`generating ${quoteCount} quotes over ${sourceCount} sources of 20 kB…`);
  const { quotes, sources } = generateQuotedSources(quoteCount, sourceCount, 20_000);
  const byId = new Map<string, CheckedSource>(sources.map((source) => [source.id, source]));
  const sourceById = (id: string) => byId.get(id);

  const full: number[] = [];
  const fullCpu: number[] = [];
  const tally: Record<string, number> = {};
  let checker = new QuoteChecker();
  for (let i = 0; i < RUNS; i++) {
    checker = new QuoteChecker();
    const start = performance.now();
    const cpu = process.cpuUsage();
    for (const quote of quotes) {
      const { result } = checker.check(quote, sourceById);
      if (i === 0) tally[result] = (tally[result] ?? 0) + 1;
    }
    full.push(performance.now() - start);
    const used = process.cpuUsage(cpu);
    fullCpu.push((used.user + used.system) / 1000);
  }
  // On a shared machine the process's own CPU time says what the wall clock cannot.
  const cpuMedian = [...fullCpu].sort((a, b) => a - b)[Math.floor(fullCpu.length / 2)]!;
  ctx.report(summarize('provenance/full-check', quotes.length, full, { cpu_median_ms: Math.round(cpuMedian), sources: sources.length, ...tally }));

  const recheck: number[] = [];
  for (let i = 0; i < EDITS; i++) {
    const index = (i * 197) % quotes.length;
    const edited = { ...quotes[index]!, text: `${quotes[index]!.text} again` };
    quotes[index] = edited;
    const start = performance.now();
    for (const quote of quotes) checker.check(quote, sourceById);
    recheck.push(performance.now() - start);
  }
  ctx.report(summarize('provenance/recheck-after-quote-edit', quotes.length, recheck));

  const sourceEdit: number[] = [];
  for (let i = 0; i < 10; i++) {
    const source = sources[(i * 37) % sources.length]!;
    byId.set(source.id, { ...source, text: `${byId.get(source.id)!.text} Edited ${i}.` });
    const start = performance.now();
    for (const quote of quotes) checker.check(quote, sourceById);
    sourceEdit.push(performance.now() - start);
  }
  ctx.report(summarize('provenance/recheck-after-source-edit', quotes.length, sourceEdit));
}

export const provenanceBench: Bench = { name: 'provenance', run };
