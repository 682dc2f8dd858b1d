/**
 * Runs the registered benchmarks.
 *   npx tsx bench/index.ts [--json] [--only NAME]... [bench-specific args]
 * --json prints one JSON object per result line on stdout (progress on stderr).
 */
import { benches } from './benches';
import { printResult, type BenchContext } from './harness';

async function main(argv: readonly string[]): Promise<void> {
  let json = false;
  const only: string[] = [];
  const rest: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--json') json = true;
    else if (argv[i] === '--only' && i + 1 < argv.length) only.push(argv[++i]);
    else rest.push(argv[i]);
  }
  const unknown = only.filter((name) => !benches.some((bench) => bench.name === name));
  if (unknown.length > 0) {
    process.stderr.write(`Unknown bench: ${unknown.join(', ')}. Available: ${benches.map((b) => b.name).join(', ')}\n`);
    process.exitCode = 1;
    return;
  }
  const ctx: BenchContext = {
    args: rest,
    report: (result) => printResult(result, json),
    log: (message) => process.stderr.write(`${message}\n`),
  };
  for (const bench of benches) {
    if (only.length > 0 && !only.includes(bench.name)) continue;
    ctx.log(`# ${bench.name}`);
    await bench.run(ctx);
  }
}

await main(process.argv.slice(2));
