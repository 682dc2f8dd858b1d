import { describe, expect, it } from 'vitest';
import { ArchiveDocument } from '../../../shared/schemas/archive';
import type { RecordKind } from '../../../shared/schemas/common';
import type { AnyRecord, RecordOf } from '../../../shared/schemas/kinds';
import { ArchiveError } from '../../../shared/contract/errors';
import { defaultDocument } from '../../../test/defaultDocument';
import { mergeArchives } from './merge';

const sides = { yours: { name: 'Ann Editor', email: 'ann@newsroom.test' }, theirs: { name: 'Ben Reporter', email: 'ben@newsroom.test' } };
const NOW = new Date('2026-12-04T12:00:00.000Z');
const QUOTE = 'quote-klopp-legacy';
const LATER = '2026-12-01T10:00:00.000Z';
const LATEST = '2026-12-02T10:00:00.000Z';

function edit<K extends RecordKind>(document: ArchiveDocument, kind: K, id: string, change: (record: RecordOf<K>) => void, at = LATER): ArchiveDocument {
  const copy = structuredClone(document);
  const record = (copy[kind] as AnyRecord[]).find((candidate) => candidate.id === id) as RecordOf<K>;
  change(record);
  record.updatedAt = at;
  return copy;
}

function remove(document: ArchiveDocument, kind: RecordKind, id: string, deletedAt = LATER): ArchiveDocument {
  const copy = structuredClone(document);
  const list = copy[kind] as AnyRecord[];
  const index = list.findIndex((record) => record.id === id);
  const [record] = list.splice(index, 1);
  copy.trash.push({ kind, deletedAt, record } as ArchiveDocument['trash'][number]);
  return copy;
}

const find = <K extends RecordKind>(document: ArchiveDocument, kind: K, id: string) => (document[kind] as AnyRecord[]).find((record) => record.id === id) as RecordOf<K> | undefined;

describe('merging two archives record by record', () => {
  it('combines edits to different fields of one quote, with the later time', () => {
    const base = defaultDocument();
    const yours = edit(base, 'quotes', QUOTE, (quote) => (quote.text = 'The legacy is the people.'));
    const theirs = edit(base, 'quotes', QUOTE, (quote) => (quote.status = 'verified'), LATEST);
    const { document, conflicts } = mergeArchives(base, yours, theirs, sides, NOW);
    expect(conflicts).toEqual([]);
    const quote = find(document, 'quotes', QUOTE)!;
    expect(quote.text).toBe('The legacy is the people.');
    expect(quote.status).toBe('verified');
    expect(quote.updatedAt).toBe(LATEST);
  });

  it('takes edits to different records from both sides', () => {
    const base = defaultDocument();
    const yours = edit(base, 'people', 'joe-gomez', (person) => (person.club = 'Liverpool FC'));
    const theirs = edit(base, 'matches', 'match-2022-01-20-arsenal', (match) => (match.venue = 'Emirates Stadium'));
    const { document, conflicts } = mergeArchives(base, yours, theirs, sides, NOW);
    expect(conflicts).toEqual([]);
    expect(find(document, 'people', 'joe-gomez')!.club).toBe('Liverpool FC');
    expect(find(document, 'matches', 'match-2022-01-20-arsenal')!.venue).toBe('Emirates Stadium');
  });

  it('sees no conflict when both sides made the same change', () => {
    const base = defaultDocument();
    const yours = edit(base, 'quotes', QUOTE, (quote) => (quote.status = 'verified'));
    const theirs = edit(base, 'quotes', QUOTE, (quote) => (quote.status = 'verified'), LATEST);
    const { document, conflicts } = mergeArchives(base, yours, theirs, sides, NOW);
    expect(conflicts).toEqual([]);
    expect(find(document, 'quotes', QUOTE)!.status).toBe('verified');
  });

  it('makes two different changes to one field a conflict, keeping yours in place and both versions with authors and times', () => {
    const base = defaultDocument();
    const yours = edit(base, 'quotes', QUOTE, (quote) => (quote.text = 'Yours.'));
    const theirs = edit(base, 'quotes', QUOTE, (quote) => {
      quote.text = 'Theirs.';
      quote.notes = 'Checked against the tape.';
    }, LATEST);
    const { document, conflicts } = mergeArchives(base, yours, theirs, sides, NOW);
    const quote = find(document, 'quotes', QUOTE)!;
    expect(quote.text).toBe('Yours.');
    expect(quote.notes).toBe('Checked against the tape.');
    expect(conflicts).toHaveLength(1);
    const [conflict] = conflicts;
    expect(conflict).toMatchObject({ kind: 'quotes', id: QUOTE, reason: 'both-edited', fields: ['text'], detectedAt: NOW.toISOString() });
    expect(conflict!.yours).toMatchObject({ author: sides.yours, at: LATER, record: { text: 'Yours.' } });
    expect(conflict!.theirs).toMatchObject({ author: sides.theirs, at: LATEST, record: { text: 'Theirs.' } });
    expect(conflict!.base.record).toEqual(find(base, 'quotes', QUOTE));
    expect(document.meta.conflicts).toEqual(conflicts);
  });

  it('keeps both sides’ tags: one added on each side, one removed on one', () => {
    const base = edit(defaultDocument(), 'quotes', QUOTE, (quote) => (quote.tags = ['farewell', 'legacy']));
    const yours = edit(base, 'quotes', QUOTE, (quote) => (quote.tags = ['farewell', 'legacy', 'anfield']));
    const theirs = edit(base, 'quotes', QUOTE, (quote) => (quote.tags = ['legacy', 'press']));
    const { document, conflicts } = mergeArchives(base, yours, theirs, sides, NOW);
    expect(conflicts).toEqual([]);
    expect(find(document, 'quotes', QUOTE)!.tags).toEqual(['legacy', 'anfield', 'press']);
  });

  it('compares a match’s goals as one field: two different goal lists are a conflict', () => {
    const base = defaultDocument();
    const id = 'match-2022-01-20-arsenal';
    const yours = edit(base, 'matches', id, (match) => (match.goals[0]!.header = true));
    const theirs = edit(base, 'matches', id, (match) => (match.goals[1]!.penalty = true));
    const { conflicts } = mergeArchives(base, yours, theirs, sides, NOW);
    expect(conflicts.map((conflict) => [conflict.id, conflict.reason, conflict.fields])).toEqual([[id, 'both-edited', ['goals']]]);
  });

  it('turns a delete against an edit into a conflict that keeps the edited record, either way round', () => {
    const base = defaultDocument();
    const edited = edit(base, 'quotes', QUOTE, (quote) => (quote.text = 'Edited.'));
    const deleted = remove(base, 'quotes', QUOTE, LATEST);
    for (const [yours, theirs] of [
      [edited, deleted],
      [deleted, edited],
    ] as const) {
      const { document, conflicts } = mergeArchives(base, yours, theirs, sides, NOW);
      expect(find(document, 'quotes', QUOTE)!.text).toBe('Edited.');
      expect(document.trash.some((entry) => entry.record.id === QUOTE)).toBe(false);
      expect(conflicts).toHaveLength(1);
      expect(conflicts[0]).toMatchObject({ id: QUOTE, reason: 'deleted-and-edited', fields: [] });
      const deletedSide = yours === deleted ? conflicts[0]!.yours : conflicts[0]!.theirs;
      expect(deletedSide.record).toBeUndefined();
      expect(deletedSide.at).toBe(LATEST);
    }
  });

  it('deletes a record deleted on one side and untouched on the other', () => {
    const base = defaultDocument();
    const theirs = remove(base, 'quotes', QUOTE);
    const { document, conflicts } = mergeArchives(base, base, theirs, sides, NOW);
    expect(conflicts).toEqual([]);
    expect(find(document, 'quotes', QUOTE)).toBeUndefined();
    expect(document.trash.map((entry) => entry.record.id)).toEqual([QUOTE]);
  });

  it('keeps one trash entry when both deleted the same record', () => {
    const base = defaultDocument();
    const { document, conflicts } = mergeArchives(base, remove(base, 'quotes', QUOTE, LATER), remove(base, 'quotes', QUOTE, LATEST), sides, NOW);
    expect(conflicts).toEqual([]);
    expect(document.trash).toHaveLength(1);
    expect(document.trash[0]!.deletedAt).toBe(LATEST);
  });

  it('makes a combination that breaks a match rule a conflict on that match, keeping yours', () => {
    const base = defaultDocument();
    const id = 'match-2022-01-20-arsenal';
    // Each side is valid alone; together the half-time score no longer fits the goals.
    const yours = edit(base, 'matches', id, (match) => (match.goals[1]!.minute = 30));
    const theirs = edit(base, 'matches', id, (match) => (match.halfTime = { liverpool: 1, opponent: 0 }));
    const { document, conflicts } = mergeArchives(base, yours, theirs, sides, NOW);
    expect(find(document, 'matches', id)).toEqual(find(yours, 'matches', id));
    expect(conflicts).toHaveLength(1);
    expect(conflicts[0]).toMatchObject({ id, reason: 'breaks-rule', fields: ['goals', 'halfTime'] });
    expect(conflicts[0]!.rule).toContain("first-half goals add up to 2 but the half-time score says 1");
    expect(ArchiveDocument.safeParse(document).success).toBe(true);
  });

  it('brings back a person deleted on one side when the other side quotes them, with a conflict on the person', () => {
    const base = defaultDocument();
    const yours = remove(base, 'people', 'james-milner');
    const theirs = structuredClone(base);
    const quote = { ...find(base, 'quotes', QUOTE)!, id: 'quote-milner-new', speakerId: 'james-milner', text: 'Tough mentality.', createdAt: LATEST, updatedAt: LATEST };
    theirs.quotes.push(quote);
    const { document, conflicts } = mergeArchives(base, yours, theirs, sides, NOW);
    expect(find(document, 'people', 'james-milner')).toEqual(find(base, 'people', 'james-milner'));
    expect(find(document, 'quotes', 'quote-milner-new')).toEqual(quote);
    expect(document.trash).toEqual([]);
    expect(conflicts).toHaveLength(1);
    expect(conflicts[0]).toMatchObject({ kind: 'people', id: 'james-milner', reason: 'deleted-and-edited' });
    expect(conflicts[0]!.rule).toContain('a quote (“Tough mentality.”) still refers to it');
    expect(ArchiveDocument.safeParse(document).success).toBe(true);
  });

  it('takes records that only one side added, in yours’ order then theirs', () => {
    const base = defaultDocument();
    const person = (id: string, name: string) => ({ ...find(base, 'people', 'james-milner')!, id, name, createdAt: LATER, updatedAt: LATER });
    const yours = structuredClone(base);
    yours.people.push(person('person-a', 'A'));
    const theirs = structuredClone(base);
    theirs.people.push(person('person-b', 'B'));
    const { document } = mergeArchives(base, yours, theirs, sides, NOW);
    expect(document.people.slice(-2).map((p) => p.id)).toEqual(['person-a', 'person-b']);
  });

  it('merges the archive’s settings: saved searches from both, yours kept on a title both changed, with a note', () => {
    const base = defaultDocument();
    const yours = structuredClone(base);
    yours.meta.title = 'Ann’s title';
    yours.meta.savedSearches = [{ id: 'search-a', name: 'Klopp', query: 'speaker:klopp' }];
    const theirs = structuredClone(base);
    theirs.meta.title = 'Ben’s title';
    theirs.meta.savedSearches = [{ id: 'search-b', name: 'Gomez', query: 'speaker:gomez' }];
    const { document, notes } = mergeArchives(base, yours, theirs, sides, NOW);
    expect(document.meta.title).toBe('Ann’s title');
    expect(document.meta.savedSearches!.map((search) => search.id)).toEqual(['search-a', 'search-b']);
    expect(notes).toEqual(['title: both changed it; yours is kept (theirs: "Ben’s title"), and theirs stays in the history']);
  });

  it('carries pending conflicts across, drops one resolved on either side, and one whose record is gone', () => {
    const base = defaultDocument();
    const conflicted = edit(base, 'quotes', QUOTE, (quote) => (quote.text = 'Yours.'));
    const pending = mergeArchives(base, conflicted, edit(base, 'quotes', QUOTE, (quote) => (quote.text = 'Theirs.')), sides, NOW).document;
    // Pending on one side only, nothing else changed: still pending.
    expect(mergeArchives(base, pending, base, sides, NOW).document.meta.conflicts).toHaveLength(1);
    // Resolved (taken out) on one side since both had it: gone.
    const resolved = structuredClone(pending);
    delete resolved.meta.conflicts;
    expect(mergeArchives(pending, resolved, pending, sides, NOW).document.meta.conflicts).toBeUndefined();
    // The record deleted since: the conflict goes with it.
    const deleted = remove(pending, 'quotes', QUOTE, LATEST);
    expect(mergeArchives(pending, deleted, pending, sides, NOW).document.meta.conflicts).toBeUndefined();
  });

  it('keeps yours, with a conflict, when their version of a record breaks a reference rule', () => {
    const base = defaultDocument();
    const theirs = edit(base, 'quotes', QUOTE, (quote) => (quote.speakerId = 'nobody-anywhere'));
    const { document, conflicts } = mergeArchives(base, base, theirs, sides, NOW);
    expect(find(document, 'quotes', QUOTE)).toEqual(find(base, 'quotes', QUOTE));
    expect(conflicts).toMatchObject([{ id: QUOTE, reason: 'breaks-rule', fields: ['speakerId'] }]);
    expect(conflicts[0]!.rule).toBe('speakerId: refers to person "nobody-anywhere", which is not in the archive');
  });

  it('refuses a merge it cannot make valid, so nothing is written', () => {
    const base = defaultDocument();
    // Not something two valid archives produce: neither side's version holds together.
    const yours = edit(base, 'quotes', QUOTE, (quote) => (quote.speakerId = 'nobody-here'));
    const theirs = edit(base, 'quotes', QUOTE, (quote) => (quote.speakerId = 'nobody-there'));
    expect(() => mergeArchives(base, yours, theirs, sides, NOW)).toThrow(ArchiveError);
    expect(() => mergeArchives(base, yours, theirs, sides, NOW)).toThrow(/nothing was written: quotes\.\d+\.speakerId: refers to person "nobody-/);
  });
});

describe('merging the pending conflicts', () => {
  it('takes the list of the only side that changed it, in that side’s order, so two laptops converge', async () => {
    const base = defaultDocument();
    const first = mergeArchives(base, edit(base, 'quotes', QUOTE, (quote) => (quote.text = 'A.')), edit(base, 'quotes', QUOTE, (quote) => (quote.text = 'B.'), LATEST), sides, NOW).document;
    const second = edit(first, 'people', 'joe-gomez', (person) => (person.club = 'Liverpool FC'));
    const both = mergeArchives(first, second, edit(first, 'people', 'joe-gomez', (person) => (person.club = 'England')), sides, NOW).document;
    const conflicts = both.meta.conflicts!;
    expect(conflicts.map((conflict) => conflict.id)).toEqual([QUOTE, 'joe-gomez']);
    const reordered = { ...both, meta: { ...both.meta, conflicts: [...conflicts].reverse() } };
    expect(mergeArchives(both, both, reordered, sides, NOW).document.meta.conflicts!.map((conflict) => conflict.id)).toEqual(['joe-gomez', QUOTE]);
  });
});
