import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openArchive } from '../src/main/archive/archive';
import { serialize } from '../src/main/archive/durableJsonFile';
import { emptyArchive } from '../src/main/archive/emptyArchive';
import { exportCsv } from '../src/main/archive/transfer/exportCsv';
import { readCsv } from '../src/main/archive/transfer/csv/readCsv';
import { readSpreadsheet } from '../src/main/archive/transfer/csv/readSpreadsheet';
import { importJson, readArchiveJson } from '../src/main/archive/transfer/importJson';
import type { Bench } from './benches';
import { summarize, type BenchContext } from './harness';
import { generateArchiveDocument } from './synthetic/archiveDocument';

const DEFAULT_QUOTES = 100_000;
const RUNS = 3;
const mb = (bytes: number): number => Math.round((bytes / 1048576) * 10) / 10;

/**
 * CSV export of N quotes (target <= 1 s) and JSON import of an N-quote archive into an empty
 * one, from the file's text to the acknowledged write (target <= 3 s); peak memory of the process.
 */
async function run(ctx: BenchContext): Promise<void> {
  const quotesArg = ctx.args.indexOf('--quotes');
  const n = quotesArg >= 0 ? Number(ctx.args[quotesArg + 1]) : DEFAULT_QUOTES;
  ctx.log(`generating an archive of ${n} synthetic quotes…`);
  const document = generateArchiveDocument(n);
  const text = serialize(document);

  const csvSamples: number[] = [];
  let bytes = 0;
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    const csv = await exportCsv(document, 'quotes');
    csvSamples.push(performance.now() - start);
    bytes = Buffer.byteLength(csv.text);
  }
  ctx.report(summarize('transfer/csv-export-quotes', n, csvSamples, { csv_mb: mb(bytes), peak_rss_mb: mb(process.resourceUsage().maxRSS * 1024) }));

  // Reading the export back as a spreadsheet: decoding, the garbled-text scan and the
  // delimiter, against csv-parse alone on the same text.
  const exported = await exportCsv(document, 'quotes');
  const exportedBytes = new TextEncoder().encode(exported.text);
  const readSamples: number[] = [];
  const parseSamples: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    let start = performance.now();
    readCsv(exported.text, 'quotes.csv');
    parseSamples.push(performance.now() - start);
    start = performance.now();
    readSpreadsheet(exportedBytes, 'quotes.csv');
    readSamples.push(performance.now() - start);
  }
  ctx.report(summarize('transfer/csv-parse-quotes', n, parseSamples, { csv_mb: mb(bytes) }));
  ctx.report(summarize('transfer/csv-read-spreadsheet-quotes', n, readSamples, { csv_mb: mb(bytes) }));

  const folder = await mkdtemp(join(tmpdir(), 'klopp-bench-transfer-'));
  try {
    const importSamples: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const file = join(folder, `empty-${i}.json`);
      await writeFile(file, serialize(emptyArchive()));
      const archive = await openArchive(file);
      const start = performance.now();
      const result = await importJson(archive.store, readArchiveJson(text, 'bench.json'));
      importSamples.push(performance.now() - start);
      if (result.created !== document.quotes.length + document.people.length + document.sources.length) throw new Error('import lost records');
    }
    ctx.report(
      summarize('transfer/json-import', n, importSamples, {
        file_mb: mb(Buffer.byteLength(text)),
        heap_used_mb: mb(process.memoryUsage().heapUsed),
        peak_rss_mb: mb(process.resourceUsage().maxRSS * 1024),
      }),
    );
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}

export const transferBench: Bench = { name: 'transfer', run };
