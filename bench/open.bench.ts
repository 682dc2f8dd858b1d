/**
 * Open to searchable: a 100,000-quote archive from its file to the first search result, the
 * way the app opens it, in its parts: read the file, parse the JSON, validate it whole, build
 * the id index (the store open), build the quote index, answer the first query. Medians over
 * several runs, each in a fresh archive object.
 *   npm run bench -- --only open [--quotes 100000] [--runs 5]
 */
import { mkdtemp, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ArchiveDocument } from '../src/shared/schemas/archive';
import { openArchive } from '../src/main/archive/archive';
import { readBoundedText } from '../src/main/archive/boundedText';
import { serializeForStorage } from '../src/main/archive/durableJsonFile';
import { migrateDocument } from '../src/main/archive/migrations';
import type { Bench } from './benches';
import { summarize, type BenchContext } from './harness';
import { generateArchiveDocument } from './synthetic/archiveDocument';

const QUERY = 'speaker:klopp mentality';

function option(args: readonly string[], name: string, fallback: number): number {
  const index = args.indexOf(name);
  const value = index >= 0 ? Number(args[index + 1]) : NaN;
  return Number.isFinite(value) && value > 0 ? value : fallback;
}

async function time<T>(fn: () => Promise<T> | T): Promise<{ ms: number; value: T }> {
  const start = performance.now();
  const value = await fn();
  return { ms: performance.now() - start, value };
}

async function measure(quotes: number, runs: number, ctx: BenchContext): Promise<void> {
  const folder = await mkdtemp(join(tmpdir(), 'klopp-bench-open-'));
  try {
    const file = join(folder, 'klopp-era.json');
    await writeFile(file, serializeForStorage(generateArchiveDocument(quotes)));
    const megabytes = Math.round(((await stat(file)).size / 1024 / 1024) * 10) / 10;
    const parts: Record<string, number[]> = { read: [], parse: [], validate: [], 'open (read to id index)': [], 'index + first query': [], 'open to first result': [] };
    for (let run = -1; run < runs; run++) {
      // The parts one by one, as the store's open does them...
      const read = await time(() => readBoundedText(file, { maxBytes: 1 << 30, what: 'archive', code: 'invalid-archive' }));
      const parse = await time(() => JSON.parse(read.value as string) as unknown);
      const validate = await time(() => ArchiveDocument.safeParse(migrateDocument(parse.value, file).document));
      // ...then the whole path, start to first result, in a fresh archive.
      const opened = await time(() => openArchive(file));
      const searched = await time(() => opened.value.searchQuotes(QUERY, { limit: 20 }));
      if (run < 0) continue; // the first run warms up
      parts['read']!.push(read.ms);
      parts['parse']!.push(parse.ms);
      parts['validate']!.push(validate.ms);
      parts['open (read to id index)']!.push(opened.ms);
      parts['index + first query']!.push(searched.ms);
      parts['open to first result']!.push(opened.ms + searched.ms);
    }
    for (const [part, samples] of Object.entries(parts)) ctx.report(summarize(`open: ${part}`, quotes, samples, { file_mb: megabytes, runs }));
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}

export const openBench: Bench = {
  name: 'open',
  async run(ctx) {
    const quotes = option(ctx.args, '--quotes', 100_000);
    ctx.log(`open: ${quotes} quotes...`);
    await measure(quotes, option(ctx.args, '--runs', 5), ctx);
  },
};
