import { describe, expect, it } from 'vitest';
import { tempArchiveFile } from '../../test/tempArchive';
import { openArchive } from './archive';

const ids = (result: { hits: Array<{ id: string }> }) => result.hits.map((hit) => hit.id).sort();

describe('quote search over the archive', () => {
  it('finds the default quotes by words, speaker aliases without accents, and filters', async () => {
    const archive = await openArchive(await tempArchiveFile());
    // The word in one quote, the tag on two.
    expect(ids(archive.search.search('legacy'))).toEqual(['quote-klopp-do-the-job', 'quote-klopp-legacy']);
    const byJurgen = ids(archive.search.search('speaker:jurgen outstanding'));
    expect(byJurgen).toEqual(['quote-klopp-here-much-earlier']);
    expect(ids(archive.search.search('fjortoft responsibility'))).toEqual(['quote-klopp-responsibility']);
    expect(archive.search.search('season:2023-24 competition:"league cup" speaker:gomez').total).toBe(4);
  });

  it('follows every edit without a rebuild: new, changed and deleted quotes, renamed speakers', async () => {
    const archive = await openArchive(await tempArchiveFile());
    const created = await archive.records.quotes.create({
      text: 'Mentality giants, that is what they are.',
      speakerId: 'jurgen-klopp',
      date: '2019-05-07',
      setting: { kind: 'post-match interview' },
      sourceIds: ['source-public-record'],
    });
    expect(ids(archive.search.search('mentality giants'))).toEqual([created.id]);

    const { id, createdAt: _c, updatedAt: _u, ...values } = created;
    await archive.records.quotes.update(id, { ...values, text: 'Different words entirely.' });
    expect(archive.search.search('mentality').total).toBe(0);
    expect(ids(archive.search.search('entirely'))).toEqual([id]);

    const gomez = archive.records.people.get('joe-gomez');
    const { id: personId, createdAt: _pc, updatedAt: _pu, ...person } = gomez;
    await archive.records.people.update(personId, { ...person, aliases: [...person.aliases, 'Gomez Joseph Dave'] });
    expect(archive.search.search('speaker:"Gomez Joseph Dave"').total).toBe(4);

    await archive.records.quotes.delete(id);
    expect(archive.search.search('entirely').total).toBe(0);
  });

  it('keeps saved searches in the archive file', async () => {
    const file = await tempArchiveFile();
    const archive = await openArchive(file);
    const saved = await archive.savedSearches.save('Klopp on supporters', 'speaker:klopp tag:supporters');
    const reopened = await openArchive(file);
    expect(reopened.savedSearches.list()).toEqual([saved]);
    await reopened.savedSearches.delete(saved.id);
    expect(reopened.savedSearches.list()).toEqual([]);
  });
});
