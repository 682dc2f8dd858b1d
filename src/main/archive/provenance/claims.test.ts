import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { ArchiveError } from '../../../shared/contract/errors';
import { choose } from '../../../shared/provenance/claims';
import { tempArchiveFile } from '../../../test/tempArchive';
import { openArchive } from '../archive';

const QF = 'match-2021-12-22-leicester-city';
const editable = <T extends { id: string; createdAt: string; updatedAt: string }>({ id: _id, createdAt: _c, updatedAt: _u, ...values }: T) => values;

async function refusal(promise: Promise<unknown>): Promise<ArchiveError> {
  const error = await promise.then(() => undefined, (reason: unknown) => reason);
  expect(error).toBeInstanceOf(ArchiveError);
  return error as ArchiveError;
}

describe('claims: sources that disagree, as data', () => {
  it('the default archive’s two disagreements are open claims on the quarter-final, with both sources', async () => {
    const archive = await openArchive(await tempArchiveFile());
    const open = archive.disagreements();
    expect(open.map(({ record, claim }) => [record.id, claim.field, claim.versions.map((version) => `${version.sourceId}=${version.value}`)])).toEqual([
      [QF, 'goals.5.addedTime', ['source-league-cup-qf-report-2021=6', 'source-public-record=5']],
      [QF, 'shootout.kicks.5.outcome', ['source-league-cup-qf-report-2021=saved', 'source-klopp-viaplay-interview-2021=missed']],
    ]);
  });

  it('choosing another version changes the record’s value; a value no chosen version holds is refused, naming the claim', async () => {
    const file = await tempArchiveFile();
    const archive = await openArchive(file);
    const match = archive.records.matches.get(QF);
    const before = await readFile(file, 'utf8');

    const goals = match.goals.map((goal, i) => (i === 5 ? { ...goal, addedTime: 5 } : goal));
    const error = await refusal(archive.records.matches.update(QF, { ...editable(match), goals }));
    expect(error.issues).toEqual([{ path: 'claims.0.chosen', message: 'the chosen version (6) must be the record’s goals.5.addedTime (5)' }]);
    expect(await readFile(file, 'utf8')).toBe(before);

    const chosen = choose(editable(match), 0, 1);
    const saved = await archive.records.matches.update(QF, { ...chosen, claims: chosen.claims!.map((claim, i) => (i === 0 ? { ...claim, resolved: true } : claim)) });
    expect(saved.goals[5]).toMatchObject({ minute: 90, addedTime: 5 });
    expect(archive.disagreements().map(({ claim }) => claim.field)).toEqual(['shootout.kicks.5.outcome']);
  });

  it('a claim must name sources that exist, and a source a claim names cannot be deleted', async () => {
    const archive = await openArchive(await tempArchiveFile());
    const match = archive.records.matches.get(QF);
    const claims = match.claims!.map((claim, i) => (i === 1 ? { ...claim, versions: [claim.versions[0]!, { ...claim.versions[1]!, sourceId: 'source-nowhere' }] } : claim));
    const error = await refusal(archive.records.matches.update(QF, { ...editable(match), claims }));
    expect(error.issues).toEqual([{ path: 'claims.1.versions.1.sourceId', message: 'refers to source "source-nowhere", which is not in the archive' }]);

    // A source named only by a claim is still a source the record rests on.
    const third = await archive.records.sources.create({ title: 'A third report', kind: 'article' });
    const [minutes, kick] = match.claims!;
    await archive.records.matches.update(QF, { ...editable(match), claims: [minutes!, { ...kick!, versions: [...kick!.versions, { sourceId: third.id, value: 'saved' }] }] });
    const deleting = await refusal(archive.records.sources.delete(third.id));
    expect(deleting.message).toMatch(/1 record\(s\) refer to it \(match .*Leicester City/);
  });

  it('a claim needs two versions and a chosen one among them', async () => {
    const archive = await openArchive(await tempArchiveFile());
    const match = archive.records.matches.get(QF);
    const [first] = match.claims!;
    const error = await refusal(archive.records.matches.update(QF, { ...editable(match), claims: [{ ...first!, versions: first!.versions.slice(0, 1), chosen: 3 }] }));
    expect(error.issues.map((issue) => `${issue.path}: ${issue.message}`)).toEqual(['claims.0.versions: a claim needs at least two versions', 'claims.0.chosen: must be one of the versions']);
  });
});
