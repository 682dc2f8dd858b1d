import { z } from 'zod';
import { RECORD_KINDS, RecordId, type RecordKind, Text, Timestamp } from './common';
import { recordSchemas } from './kinds';
import { referencesOf } from './references';
import { claimProblems } from '../provenance/claims';
import { TrashEntry } from './trash';
import { Conflict, MAX_PENDING_CONFLICTS } from './conflict';
import { archiveRules } from './archiveRules';
import { checkTie } from './tieChecks';

export const SCHEMA_VERSION = 3;

export const SavedSearch = z.strictObject({
  id: RecordId,
  name: Text(120),
  query: z.string().max(1000, 'must be at most 1000 characters'),
});
export type SavedSearch = z.infer<typeof SavedSearch>;

export const ArchiveMeta = z.strictObject({
  title: Text(200),
  description: z.string().max(5000).optional(),
  /** Searches the editors keep in the sidebar; they travel with the archive. */
  savedSearches: z.array(SavedSearch).max(200).optional(),
  /** Records a sync could not merge by itself, both versions kept until the editor decides. */
  conflicts: z.array(Conflict).max(MAX_PENDING_CONFLICTS, `must be at most ${MAX_PENDING_CONFLICTS} conflicts`).optional(),
  createdAt: Timestamp,
  updatedAt: Timestamp,
});

const archiveShape = {
  schemaVersion: z.literal(SCHEMA_VERSION, { error: `must be ${SCHEMA_VERSION}` }),
  meta: ArchiveMeta,
  people: z.array(recordSchemas.people),
  sources: z.array(recordSchemas.sources),
  matches: z.array(recordSchemas.matches),
  quotes: z.array(recordSchemas.quotes),
  trophies: z.array(recordSchemas.trophies),
  milestones: z.array(recordSchemas.milestones),
  /** Deleted records, restorable; their own references are checked again on restore. */
  trash: z.array(TrashEntry),
};

/** The archive file: one document, one array per kind, every reference resolved. */
export type ArchiveMeta = z.infer<typeof ArchiveMeta>;

export const ArchiveDocument = z.strictObject(archiveShape).superRefine((archive, ctx) => {
  const ids = {} as Record<RecordKind, Set<string>>;
  for (const kind of RECORD_KINDS) {
    ids[kind] = new Set();
    archive[kind].forEach((record, index) => {
      if (ids[kind].has(record.id)) {
        ctx.addIssue({ code: 'custom', path: [kind, index, 'id'], message: archiveRules.duplicateId(kind, record.id) });
      }
      ids[kind].add(record.id);
    });
  }
  archive.trash.forEach((entry, index) => {
    if (ids[entry.kind].has(entry.record.id)) {
      ctx.addIssue({ code: 'custom', path: ['trash', index, 'record', 'id'], message: archiveRules.liveAndTrashed(entry.record.id) });
    }
  });
  for (const kind of RECORD_KINDS) {
    archive[kind].forEach((record, index) => {
      for (const problem of claimProblems(record)) ctx.addIssue({ code: 'custom', path: [kind, index, ...problem.path], message: problem.message });
      for (const ref of referencesOf(kind, record)) {
        if (!ids[ref.kind].has(ref.id)) {
          ctx.addIssue({
            code: 'custom',
            path: [kind, index, ...ref.path],
            message: archiveRules.dangling(ref.kind, ref.id),
          });
        }
      }
    });
  }
  const matches = new Map(archive.matches.map((match) => [match.id, match]));
  archive.matches.forEach((match, index) => {
    const otherLeg = match.otherLegId === undefined ? undefined : matches.get(match.otherLegId);
    if (otherLeg) checkTie(match, otherLeg, (path, message) => ctx.addIssue({ code: 'custom', path: ['matches', index, ...path], message }));
  });
});
export type ArchiveDocument = z.infer<typeof ArchiveDocument>;
