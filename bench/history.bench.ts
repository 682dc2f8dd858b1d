/**
 * The git history: the commit each acknowledged edit adds (from the acknowledgement to the
 * commit and index line written) at 1k, 10k and 100k records, beside the edit's own cost
 * with and without the history kept; how much the repository grows per edit; the first
 * "History begins" commit; and, after 10,000 commits, one record's history and the recent
 * changes.
 *   npm run bench -- --only history [--sizes 1000,10000] [--commits 10000]
 */
import { mkdtemp, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openArchive, type Archive } from '../src/main/archive/archive';
import { serialize } from '../src/main/archive/durableJsonFile';
import { recentChanges, recordHistory } from '../src/main/archive/history/historyQueries';
import type { Bench } from './benches';
import { summarize, type BenchContext } from './harness';
import { generateArchiveDocument } from './synthetic/archiveDocument';

const DEFAULT_SIZES = [1_000, 10_000, 100_000];
const EDITS: Record<number, number> = { 1_000: 100, 10_000: 60, 100_000: 20 };
const author = () => ({ name: 'Bench Editor', email: 'bench@example.org' });

function argument(args: readonly string[], name: string): string | undefined {
  const index = args.indexOf(name);
  return index >= 0 ? args[index + 1] : undefined;
}

async function objectBytes(folder: string): Promise<number> {
  let total = 0;
  for (const entry of await readdir(folder, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) total += (await stat(join(entry.parentPath, entry.name))).size;
  }
  return total;
}

async function archiveOf(quotes: number, folder: string): Promise<{ file: string; records: number }> {
  const document = generateArchiveDocument(quotes);
  const file = join(folder, 'klopp-era.json');
  await writeFile(file, serialize(document));
  return { file, records: document.people.length + document.sources.length + document.quotes.length };
}

/** Edits quote-0's notes `runs` times; the edit's time to its acknowledgement, and after it, to its commit. */
async function edits(archive: Archive, runs: number, label: string): Promise<{ acks: number[]; commits: number[] }> {
  const { id: _id, createdAt: _c, updatedAt: _u, ...values } = archive.records.quotes.get('quote-0');
  const acks: number[] = [];
  const commits: number[] = [];
  for (let i = -2; i < runs; i++) {
    const started = performance.now();
    await archive.records.quotes.update('quote-0', { ...values, notes: `${label} ${i}` });
    const acknowledged = performance.now();
    await archive.history?.idle();
    if (i < 0) continue; // the first two warm up
    acks.push(acknowledged - started);
    commits.push(performance.now() - acknowledged);
  }
  return { acks, commits };
}

async function measureSize(quotes: number, ctx: BenchContext): Promise<void> {
  const folder = await mkdtemp(join(tmpdir(), 'klopp-bench-history-'));
  try {
    const { file, records } = await archiveOf(quotes, folder);
    const opening = performance.now();
    const archive = await openArchive(file, { history: { author } });
    await archive.history!.idle();
    const begins = performance.now() - opening;
    const objects = join(archive.history!.folder, 'objects');
    const bytesAtStart = await objectBytes(objects);
    ctx.report(summarize('history: first commit, "History begins"', records, [begins], { repository_mb: Math.round((bytesAtStart / 1024 / 1024) * 10) / 10 }));

    const runs = EDITS[quotes] ?? 20;
    const kept = await edits(archive, runs, 'kept');
    const growth = ((await objectBytes(objects)) - bytesAtStart) / (runs + 2);
    await archive.history!.close();
    const commit = summarize('history: commit after the ack', records, kept.commits, { growth_bytes_per_edit: Math.round(growth) });
    ctx.report(commit);

    const plain = await edits(await openArchive(file), runs, 'plain');
    const withHistory = summarize('history: edit to ack, history kept', records, kept.acks);
    const without = summarize('history: edit to ack, no history', records, plain.acks);
    ctx.report({ ...withHistory, without_median_ms: without.median_ms, without_p95_ms: without.p95_ms });
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}

/** One record's history and the recent changes after many commits, each edit to a random quote. */
async function measureLongHistory(commits: number, ctx: BenchContext): Promise<void> {
  const folder = await mkdtemp(join(tmpdir(), 'klopp-bench-history-long-'));
  try {
    const { file, records } = await archiveOf(1_000, folder);
    let archive = await openArchive(file, { history: { author } });
    const ids = archive.store.list('quotes').map((quote) => quote.id);
    let seed = 7;
    const random = () => (seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648) / 2_147_483_648;
    for (let n = 0; n < commits; n++) {
      // One edit in 200 is to the record whose history is read: 50 versions at 10,000 commits.
      const id = n % 200 === 0 ? 'quote-0' : ids[Math.floor(random() * ids.length)]!;
      const { id: _id, createdAt: _c, updatedAt: _u, ...values } = archive.records.quotes.get(id);
      await archive.records.quotes.update(id, { ...values, notes: `edit ${n}` });
      if (n % 1000 === 999) ctx.log(`  ${n + 1} commits`);
    }
    await archive.history!.close();

    const loading = performance.now();
    archive = await openArchive(file, { history: { author } });
    const source = await archive.history!.read();
    const open = performance.now() - loading;
    const one: number[] = [];
    const recent: number[] = [];
    let versions = 0;
    for (let i = 0; i < 20; i++) {
      let started = performance.now();
      versions = (await recordHistory(source, 'quotes', 'quote-0')).length;
      one.push(performance.now() - started);
      started = performance.now();
      await recentChanges(source, { limit: 200 });
      recent.push(performance.now() - started);
    }
    ctx.report(summarize(`history: one record (${versions} versions) after ${source.commits.size} commits`, records, one, { index_load_ms: Math.round(open) }));
    ctx.report(summarize(`history: recent changes, 200 of ${source.commits.size} commits`, records, recent));
    await archive.history!.close();
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}

export const historyBench: Bench = {
  name: 'history',
  async run(ctx) {
    const sizes = argument(ctx.args, '--sizes')?.split(',').map(Number).filter((n) => n > 0) ?? DEFAULT_SIZES;
    for (const quotes of sizes) {
      ctx.log(`history at ${quotes} quotes`);
      await measureSize(quotes, ctx);
    }
    const commits = Number(argument(ctx.args, '--commits') ?? 10_000);
    ctx.log(`history after ${commits} commits`);
    await measureLongHistory(commits, ctx);
  },
};
