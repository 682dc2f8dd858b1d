// Builds the klopp-archive command into out/cli/klopp-archive.js when it is missing or older
// than any source it is made from, so `npm run cli` works right after `npm install`.
import { build } from 'esbuild';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(import.meta.dirname, '..');
export const CLI_FILE = join(ROOT, 'out', 'cli', 'klopp-archive.js');
const SOURCES = ['src/cli', 'src/main/archive', 'src/shared', 'src/main/paths.ts', 'package.json'];

function newestChange(path) {
  const stats = statSync(path);
  if (!stats.isDirectory()) return stats.mtimeMs;
  return Math.max(0, ...readdirSync(path).map((name) => newestChange(join(path, name))));
}

function builtAt() {
  try {
    return statSync(CLI_FILE).mtimeMs;
  } catch {
    return -1;
  }
}

/** Builds the CLI if needed; answers whether it did. */
export async function ensureCliBuilt() {
  const newest = Math.max(...SOURCES.map((source) => newestChange(join(ROOT, source))));
  if (builtAt() >= newest) return false;
  await build({
    entryPoints: [join(ROOT, 'src', 'cli', 'klopp-archive.ts')],
    outfile: CLI_FILE,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    // The package's own dependencies (zod, lowdb, csv-*) are installed beside it.
    packages: 'external',
    banner: { js: '#!/usr/bin/env node' },
    logLevel: 'warning',
  });
  return true;
}
