import { z } from 'zod';
import { RECORD_KINDS } from '../schemas/common';
import { operation } from './operation';

export const ArchiveInfo = z.object({
  path: z.string(),
  title: z.string(),
  schemaVersion: z.number(),
  counts: z.record(z.enum(RECORD_KINDS), z.number()),
});
export type ArchiveInfo = z.infer<typeof ArchiveInfo>;

export const archiveOperations = {
  info: operation(z.undefined(), ArchiveInfo),
};
