import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { ArchiveError } from '../../../shared/contract/errors';
import type { MatchInput } from '../../../shared/schemas/match';
import { tempArchiveFile } from '../../../test/tempArchive';
import { openArchive } from '../archive';

const firstLeg: MatchInput = {
  status: 'played',
  date: '2018-04-04',
  competition: 'UEFA Champions League',
  stage: 'Quarter-final, first leg',
  ground: 'home',
  opponent: 'Manchester City',
  fullTime: { liverpool: 3, opponent: 0 },
  sourceIds: ['source-public-record'],
};
const secondLeg: MatchInput = { ...firstLeg, date: '2018-04-10', stage: 'Quarter-final, second leg', ground: 'away', fullTime: { liverpool: 2, opponent: 1 } };

async function refusal(promise: Promise<unknown>): Promise<ArchiveError> {
  const error = await promise.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(ArchiveError);
  return error as ArchiveError;
}

describe('linking the legs of a tie', () => {
  it('links the other leg back in the same write, and lets it go when the link is removed', async () => {
    const file = await tempArchiveFile();
    const archive = await openArchive(file);
    const first = await archive.records.matches.create(firstLeg);
    const second = await archive.records.matches.create({ ...secondLeg, otherLegId: first.id });
    expect(archive.records.matches.get(first.id).otherLegId).toBe(second.id);
    const reopened = await openArchive(file);
    expect(reopened.records.matches.get(first.id).otherLegId).toBe(second.id);

    await archive.records.matches.update(second.id, { ...secondLeg });
    expect(archive.records.matches.get(first.id).otherLegId).toBeUndefined();
  });

  it('refuses a leg that breaks the tie, and a leg named by another tie, writing nothing', async () => {
    const file = await tempArchiveFile();
    const archive = await openArchive(file);
    const first = await archive.records.matches.create(firstLeg);
    const before = await readFile(file);
    const extraTime = await refusal(
      archive.records.matches.create({ ...secondLeg, otherLegId: first.id, fullTime: { liverpool: 0, opponent: 0 }, afterExtraTime: { liverpool: 1, opponent: 0 } }),
    );
    expect(extraTime.issues).toContainEqual({ path: 'afterExtraTime', message: 'extra time is only played when the tie is level on aggregate after 90 minutes (it was 3-0)' });
    const stranger = await refusal(archive.records.matches.create({ ...secondLeg, opponent: 'Roma', otherLegId: first.id }));
    expect(stranger.issues).toContainEqual({ path: 'otherLegId', message: 'the other leg is against Manchester City, not Roma' });
    expect(await readFile(file)).toEqual(before);

    const second = await archive.records.matches.create({ ...secondLeg, otherLegId: first.id });
    const third = await refusal(archive.records.matches.create({ ...secondLeg, date: '2018-04-11', otherLegId: first.id }));
    expect(third.issues).toContainEqual({ path: 'otherLegId', message: `the other leg "${first.id}" names "${second.id}": the two legs of a tie name each other` });
  });

  it('checks the other leg against a changed first leg, and keeps a linked leg from being deleted', async () => {
    const archive = await openArchive(await tempArchiveFile());
    const first = await archive.records.matches.create(firstLeg);
    const second = await archive.records.matches.create({ ...secondLeg, otherLegId: first.id, fullTime: { liverpool: 0, opponent: 3 }, afterExtraTime: { liverpool: 1, opponent: 4 } });
    const changed = await refusal(archive.records.matches.update(first.id, { ...firstLeg, otherLegId: second.id, fullTime: { liverpool: 4, opponent: 0 } }));
    expect(changed.issues).toContainEqual({
      path: 'otherLegId',
      message: "the other leg's afterExtraTime: extra time is only played when the tie is level on aggregate after 90 minutes (it was 4-3)",
    });
    const deleted = await refusal(archive.records.matches.delete(first.id));
    expect(deleted.code).toBe('has-dependents');
  });
});
