import { build } from 'esbuild';
import { join } from 'node:path';

/** bridge.ts as one script for page.addInitScript: the browser tests and the timeline bench share it. */
export async function bundleBridge(): Promise<string> {
  const result = await build({
    entryPoints: [join(import.meta.dirname, 'bridge.ts')],
    bundle: true,
    format: 'iife',
    platform: 'browser',
    write: false,
    logLevel: 'silent',
  });
  return result.outputFiles[0]!.text;
}
