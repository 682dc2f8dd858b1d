/**
 * Write cost: the time from an edit to its durable acknowledgement (the domain's promise
 * resolving: validated, serialised, written to a temporary file, flushed, renamed, folder
 * flushed), at 1k, 10k and 100k records. Beside it, in the same run, the floor: serialising
 * and writing the same document once with writeFileDurably, and serialising alone; and one
 * bulk edit of 1,000 quotes (one commit) beside the single edit.
 *   npm run bench -- --only write-cost [--sizes 1000,10000]
 */
import { mkdtemp, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openArchive } from '../src/main/archive/archive';
import { serialize, serializeForStorage, writeFileDurably } from '../src/main/archive/durableJsonFile';
import type { Bench } from './benches';
import { summarize, type BenchContext } from './harness';
import { generateArchiveDocument } from './synthetic/archiveDocument';

const DEFAULT_SIZES = [1_000, 10_000, 100_000];
/** Edits timed per size: enough for a p95, few enough that 100k finishes in a minute. */
const EDITS: Record<number, number> = { 1_000: 60, 10_000: 40, 100_000: 20 };

function sizesFrom(args: readonly string[]): number[] {
  const index = args.indexOf('--sizes');
  if (index < 0 || !args[index + 1]) return DEFAULT_SIZES;
  return args[index + 1]!.split(',').map(Number).filter((n) => n > 0);
}

async function timed(fn: () => Promise<unknown> | unknown): Promise<number> {
  const start = performance.now();
  await fn();
  return performance.now() - start;
}

async function measureSize(quotes: number, ctx: BenchContext): Promise<void> {
  const folder = await mkdtemp(join(tmpdir(), 'klopp-bench-write-'));
  try {
    const document = generateArchiveDocument(quotes);
    const records = document.people.length + document.sources.length + document.quotes.length;
    const file = join(folder, 'klopp-era.json');
    await writeFile(file, serialize(document));
    const bytes = (await stat(file)).size;
    const archive = await openArchive(file);
    const runs = EDITS[quotes] ?? 20;

    // One quote's notes changed per edit, the way an editor saves a form.
    const quote = archive.records.quotes.get('quote-0');
    const { id: _id, createdAt: _createdAt, updatedAt: _updatedAt, ...values } = quote;
    const edits: number[] = [];
    for (let i = -2; i < runs; i++) {
      const ms = await timed(() => archive.records.quotes.update('quote-0', { ...values, notes: `edit ${i}` }));
      if (i >= 0) edits.push(ms); // the first two warm up
    }

    // One bulk edit of 1,000 quotes: one commit, so it should cost about one edit, not 1,000.
    const bulkTargets = archive.records.quotes.list().slice(0, 1_000).map(({ id }) => ({ id }));
    const bulk: number[] = [];
    for (let i = -1; i < Math.min(runs, 10); i++) {
      const ms = await timed(() => archive.records.quotes.editMany(bulkTargets, { action: i % 2 === 0 ? 'removeTag' : 'addTag', tag: 'bench' }));
      if (i >= 0) bulk.push(ms);
    }
    const bulkSummary = summarize('bulk', records, bulk);

    const floorFile = join(folder, 'floor.json');
    const data = archive.store.data;
    const floor: number[] = [];
    const serialising: number[] = [];
    for (let i = -2; i < runs; i++) {
      const write = await timed(() => writeFileDurably(floorFile, serializeForStorage(data)));
      const serialiseOnly = await timed(() => serializeForStorage(data));
      if (i >= 0) {
        floor.push(write);
        serialising.push(serialiseOnly);
      }
    }
    const floorSummary = summarize('floor', records, floor);
    const serialiseSummary = summarize('serialise', records, serialising);
    ctx.report(
      summarize('write-cost: edit to durable ack', records, edits, {
        quotes,
        file_mb: Math.round((bytes / 1024 / 1024) * 10) / 10,
        floor_median_ms: floorSummary.median_ms,
        floor_p95_ms: floorSummary.p95_ms,
        serialise_median_ms: serialiseSummary.median_ms,
        bulk_1000_median_ms: bulkSummary.median_ms,
      }),
    );
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}

export const writeCostBench: Bench = {
  name: 'write-cost',
  async run(ctx) {
    for (const quotes of sizesFrom(ctx.args)) {
      ctx.log(`write-cost: ${quotes} quotes...`);
      await measureSize(quotes, ctx);
    }
  },
};
