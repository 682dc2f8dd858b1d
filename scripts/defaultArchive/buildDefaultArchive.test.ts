import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { DEFAULT_ARCHIVE_FILE, tempFolder } from '../../src/test/tempArchive';

const SCRIPT = join(import.meta.dirname, '..', 'build-default-archive.ts');
const TSX = join(import.meta.dirname, '..', '..', 'node_modules', '.bin', 'tsx');

/** `npm run data:default`, writing where the test says. */
async function build(out: string): Promise<Buffer> {
  await promisify(execFile)(TSX, [SCRIPT], { env: { ...process.env, KLOPP_DEFAULT_ARCHIVE_OUT: out } });
  return readFile(out);
}

describe('npm run data:default', () => {
  it('rebuilds the committed default archive byte for byte, every time', async () => {
    const folder = await tempFolder();
    const first = await build(join(folder, 'first.json'));
    const second = await build(join(folder, 'second.json'));
    expect(second.equals(first)).toBe(true);
    // Stale when it differs: run `npm run data:default` and commit data/klopp-era.json.
    expect(first.equals(await readFile(DEFAULT_ARCHIVE_FILE))).toBe(true);
  }, 120_000);
});
