import fc from 'fast-check';
import { isDeepStrictEqual } from 'node:util';
import { describe, expect, it } from 'vitest';
import { ArchiveDocument } from '../../../shared/schemas/archive';
import { RECORD_KINDS } from '../../../shared/schemas/common';
import type { AnyRecord } from '../../../shared/schemas/kinds';
import { VERIFICATION_STATUSES } from '../../../shared/schemas/quote';
import { defaultDocument } from '../../../test/defaultDocument';
import { mergeArchives } from './merge';
import { slotsOf, type Slot } from './slots';

const RUNS = Number(process.env['MERGE_PROPERTY_RUNS'] ?? 100);
const sides = { yours: { name: 'Ann', email: 'ann@newsroom.test' }, theirs: { name: 'Ben', email: 'ben@newsroom.test' } };
/**
 * The default archive without the league and Champions League matches the season files added
 * (no other record refers to them): every run validates the whole document, and the property
 * is about the merge, not about the archive's size.
 */
const base = withoutSeasonFileMatches(defaultDocument());

function withoutSeasonFileMatches(document: ArchiveDocument): ArchiveDocument {
  const fromSeasonFileOnly = (match: ArchiveDocument['matches'][number]) => match.sourceIds.every((id) => id.startsWith('source-openfootball-'));
  return { ...document, matches: document.matches.filter((match) => !fromSeasonFileOnly(match)) };
}
const TAGS = ['final', 'derby', 'press', 'anfield', 'legacy'];

/** One editor's change to an archive; a change the archive's rules refuse is skipped. */
type Edit = (document: ArchiveDocument, at: string) => void;

const pick = <T>(list: readonly T[], index: number): T => list[index % list.length]!;
const text = fc.string({ minLength: 1, maxLength: 12 }).filter((value) => value.trim().length > 0);

const quoteEdit: fc.Arbitrary<Edit> = fc
  .tuple(fc.nat(), fc.oneof(text.map((value) => ['text', value] as const), fc.constantFrom(...VERIFICATION_STATUSES).map((value) => ['status', value] as const), text.map((value) => ['notes', value] as const), fc.subarray(TAGS).map((value) => ['tags', value] as const)))
  .map(([index, [field, value]]) => (document, at) => {
    const quote = pick(document.quotes, index) as unknown as Record<string, unknown> | undefined;
    if (!quote) return;
    quote[field] = value;
    quote['updatedAt'] = at;
  });

const recordNotesEdit: fc.Arbitrary<Edit> = fc.tuple(fc.constantFrom(...RECORD_KINDS), fc.nat(), text).map(([kind, index, notes]) => (document, at) => {
  const record = pick(document[kind] as AnyRecord[], index);
  if (!record) return;
  record.notes = notes;
  record.updatedAt = at;
});

const deleteEdit: fc.Arbitrary<Edit> = fc.tuple(fc.constantFrom(...RECORD_KINDS), fc.nat()).map(([kind, index]) => (document, at) => {
  const list = document[kind] as AnyRecord[];
  if (list.length === 0) return;
  const [record] = list.splice(index % list.length, 1);
  document.trash.push({ kind, deletedAt: at, record } as ArchiveDocument['trash'][number]);
});

const addQuoteEdit: fc.Arbitrary<Edit> = fc.tuple(fc.nat(), fc.nat(), text, fc.nat(1000)).map(([speaker, source, words, n]) => (document, at) => {
  const template = document.quotes[0];
  const person = pick(document.people, speaker);
  if (!template || !person || document.sources.length === 0) return;
  document.quotes.push({ ...template, id: `quote-added-${n}`, text: words, speakerId: person.id, sourceIds: [pick(document.sources, source).id], createdAt: at, updatedAt: at });
});

const edits = fc.array(fc.oneof({ weight: 4, arbitrary: quoteEdit }, { weight: 2, arbitrary: recordNotesEdit }, { weight: 2, arbitrary: deleteEdit }, { weight: 1, arbitrary: addQuoteEdit }), { maxLength: 8 });

/** An editor's archive after their edits, each kept only when the archive stays valid. */
function applyEdits(list: readonly Edit[], hour: number): ArchiveDocument {
  let document = structuredClone(base);
  list.forEach((change, step) => {
    const next = structuredClone(document);
    change(next, new Date(Date.UTC(2026, 11, 1, hour, step)).toISOString());
    const parsed = ArchiveDocument.safeParse(next);
    if (parsed.success) document = parsed.data;
  });
  return document;
}

const archive = (hour: number) => edits.map((list) => applyEdits(list, hour));

/** The fields of a record that an edit changed against the base. */
function changedFields(before: AnyRecord | undefined, after: AnyRecord): string[] {
  const [b, a] = [(before ?? {}) as Record<string, unknown>, after as Record<string, unknown>];
  return Object.keys({ ...b, ...a }).filter((field) => field !== 'updatedAt' && !isDeepStrictEqual(b[field], a[field]));
}

/** Every change one side made is in the merged archive, or the record is in conflict. */
function expectNothingLost(side: ArchiveDocument, merged: ArchiveDocument, conflicted: Set<string>): void {
  const [before, mine, result] = [slotsOf(base), slotsOf(side), slotsOf(merged)];
  const changedKeys = new Set([...mine.keys(), ...before.keys()]);
  for (const key of changedKeys) {
    const [b, s, r] = [before.get(key), mine.get(key), result.get(key)] as Array<Slot | undefined>;
    if (isDeepStrictEqual(b, s) || conflicted.has(key)) continue;
    if (s?.live) {
      expect(r?.live, `${key} made by one side is in the merge`).toBeDefined();
      for (const field of changedFields(b?.live ?? b?.trashed?.record, s.live)) {
        const [ours, got] = [(s.live as Record<string, unknown>)[field], (r!.live as Record<string, unknown>)[field]];
        if (field === 'tags' && Array.isArray(ours)) {
          // Tags merge as a set: what this side added is there (the other may have removed others).
          const added = (ours as string[]).filter((tag) => !((b?.live as Record<string, unknown> | undefined)?.['tags'] as string[] | undefined)?.includes(tag));
          expect(got, `${key}.${field}`).toEqual(expect.arrayContaining(added));
        } else expect(got, `${key}.${field}`).toEqual(ours);
      }
    } else if (s?.trashed) {
      expect(r?.live, `${key} deleted by one side stays deleted`).toBeUndefined();
    }
  }
}

describe('merge properties', () => {
  it('merging a version with itself gives that version', () => {
    fc.assert(
      fc.property(archive(1), (x) => {
        expect(mergeArchives(base, x, x, sides).document).toEqual(x);
      }),
      { numRuns: RUNS },
    );
  });

  it('when only one side changed, the merge is that side', () => {
    fc.assert(
      fc.property(archive(2), (y) => {
        const fromTheirs = mergeArchives(base, base, y, sides);
        expect(fromTheirs.document).toEqual({ ...y, meta: { ...y.meta, updatedAt: fromTheirs.document.meta.updatedAt } });
        expect(fromTheirs.conflicts).toEqual([]);
        expect(mergeArchives(base, y, base, sides).document).toEqual(y);
      }),
      { numRuns: RUNS },
    );
  });

  it('is always valid, and loses no side’s change without a conflict on that record', () => {
    fc.assert(
      fc.property(archive(3), archive(4), (x, y) => {
        const { document, conflicts } = mergeArchives(base, x, y, sides);
        expect(ArchiveDocument.safeParse(document).success).toBe(true);
        const conflicted = new Set(conflicts.map((conflict) => `${conflict.kind}/${conflict.id}`));
        expectNothingLost(x, document, conflicted);
        expectNothingLost(y, document, conflicted);
        for (const conflict of conflicts) expect(document[conflict.kind].some((record) => record.id === conflict.id), `${conflict.id} stays in the archive while in conflict`).toBe(true);
      }),
      { numRuns: RUNS },
    );
  });

  it('finds the same records in conflict whichever side merges', () => {
    fc.assert(
      fc.property(archive(5), archive(6), (x, y) => {
        const keys = (list: { kind: string; id: string }[]) => list.map((conflict) => `${conflict.kind}/${conflict.id}`).sort();
        expect(keys(mergeArchives(base, x, y, sides).conflicts)).toEqual(keys(mergeArchives(base, y, x, sides).conflicts));
      }),
      { numRuns: RUNS },
    );
  });
});
