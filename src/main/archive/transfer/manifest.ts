import { createHash } from 'node:crypto';
import { z } from 'zod';

export const ManifestEntry = z.strictObject({
  file: z.string(),
  rows: z.int().min(0),
  bytes: z.int().min(0),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
});

/** manifest.json of a multi-file export: what each file holds and how to check it arrived whole. */
export const Manifest = z.strictObject({
  exportedAt: z.iso.datetime(),
  schemaVersion: z.int(),
  files: z.array(ManifestEntry),
});
export type Manifest = z.infer<typeof Manifest>;

export const MANIFEST_FILE = 'manifest.json';

/** The entry of one written file: its rows, its size and the SHA-256 of its exact bytes. */
export function manifestEntry(file: string, text: string, rows: number): z.infer<typeof ManifestEntry> {
  const bytes = Buffer.from(text, 'utf8');
  return { file, rows, bytes: bytes.length, sha256: createHash('sha256').update(bytes).digest('hex') };
}
