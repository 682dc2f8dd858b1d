/**
 * Sharing through a git remote (git http-backend on 127.0.0.1, as in the tests): a sync with
 * nothing to do, and with 100 records changed on each side (the first desk sends its 100, the
 * second fetches them, merges with its own 100 and sends the merge, the first takes it), at
 * 10k records by default. Also the one-off costs: publishing the archive and cloning it.
 *   npm run bench -- --only sync [--quotes 10000] [--runs 3]
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openArchive, type Archive } from '../src/main/archive/archive';
import { serialize } from '../src/main/archive/durableJsonFile';
import { cloneSharedArchive } from '../src/main/archive/sharing/cloneSharedArchive';
import { GitServer } from '../src/test/gitServer';
import type { Bench } from './benches';
import { summarize, type BenchContext } from './harness';
import { generateArchiveDocument } from './synthetic/archiveDocument';

const TOKEN = 'bench-token';
const credentials = async () => ({ token: TOKEN });

function argument(args: readonly string[], name: string): string | undefined {
  const index = args.indexOf(name);
  return index >= 0 ? args[index + 1] : undefined;
}

function desk(file: string, name: string): Promise<Archive> {
  return openArchive(file, { history: { author: () => ({ name, email: `${name.toLowerCase()}@example.org` }) }, sharing: { credentials } });
}

/** Edits the notes of each quote named, one acknowledged edit each, and waits for their commits. */
async function editQuotes(archive: Archive, ids: readonly string[], label: string): Promise<void> {
  for (const id of ids) {
    const { id: _id, createdAt: _c, updatedAt: _u, ...values } = archive.records.quotes.get(id);
    await archive.records.quotes.update(id, { ...values, notes: label });
  }
  await archive.history!.idle();
}

async function timed(work: () => Promise<unknown>): Promise<number> {
  const started = performance.now();
  await work();
  return performance.now() - started;
}

async function measure(quotes: number, runs: number, ctx: BenchContext): Promise<void> {
  const folder = await mkdtemp(join(tmpdir(), 'klopp-bench-sync-'));
  const server = new GitServer({ token: TOKEN });
  await server.start();
  try {
    const document = generateArchiveDocument(quotes);
    const records = document.people.length + document.sources.length + document.quotes.length;
    const annFile = join(folder, 'ann', 'klopp-era.json');
    await mkdir(join(folder, 'ann'));
    await writeFile(annFile, serialize(document));
    const ann = await desk(annFile, 'Ann');
    await ann.history!.idle();
    const url = server.createRepository('bench');
    ctx.log(`  publishing ${records} records`);
    const publish = await timed(() => ann.sharing!.publish(url));
    const benFile = join(folder, 'ben.json');
    const clone = await timed(() => cloneSharedArchive(benFile, url, { credentials }));
    ctx.report(summarize('sync: publish to an empty remote', records, [publish], { clone_ms: Math.round(clone) }));
    const ben = await desk(benFile, 'Ben');
    await ben.history!.idle();

    const nothing: number[] = [];
    for (let i = 0; i < runs + 2; i++) {
      const ms = await timed(() => ann.sharing!.sync());
      if (i >= 2) nothing.push(ms);
    }
    ctx.report(summarize('sync: nothing to do', records, nothing));

    const ids = ann.records.quotes.list().map((quote) => quote.id);
    const [send, merge, take] = [[], [], []] as number[][];
    for (let run = 0; run < runs; run++) {
      ctx.log(`  run ${run + 1}: 100 edits on each side`);
      const offset = run * 200;
      await editQuotes(ann, ids.slice(offset, offset + 100), `ann run ${run}`);
      await editQuotes(ben, ids.slice(offset + 100, offset + 200), `ben run ${run}`);
      send.push(await timed(() => ann.sharing!.sync()));
      merge.push(await timed(() => ben.sharing!.sync()));
      take.push(await timed(() => ann.sharing!.sync()));
    }
    ctx.report(summarize('sync: send 100 changed records', records, send));
    ctx.report(summarize('sync: 100 changed on each side, fetch + merge + send', records, merge));
    ctx.report(summarize('sync: take the merge (fast-forward)', records, take));
    await Promise.all([ann.history!.close(), ben.history!.close()]);
  } finally {
    await server.dispose();
    await rm(folder, { recursive: true, force: true });
  }
}

export const syncBench: Bench = {
  name: 'sync',
  async run(ctx) {
    const quotes = Number(argument(ctx.args, '--quotes') ?? 10_000);
    const runs = Number(argument(ctx.args, '--runs') ?? 3);
    ctx.log(`sync at ${quotes} quotes`);
    await measure(quotes, runs, ctx);
  },
};
