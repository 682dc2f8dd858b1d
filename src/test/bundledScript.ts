import { build } from 'esbuild';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';

/**
 * Bundles a TypeScript entry into one plain ESM file a child `node` runs directly: starting
 * it costs tens of milliseconds, not the second tsx takes to compile on every start.
 */
export async function bundledScript(entry: string): Promise<string> {
  const folder = await mkdtemp(join(tmpdir(), 'klopp-archive-child-'));
  const outfile = join(folder, `${basename(entry, '.ts')}.mjs`);
  await build({
    entryPoints: [entry],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    logLevel: 'silent',
    // Bundled CommonJS dependencies may still call require.
    banner: { js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);" },
  });
  return outfile;
}
