import { describe, expect, it } from 'vitest';
import { tempArchiveFile } from '../../test/tempArchive';
import { runCliInProcess } from '../../test/runCliInProcess';

const run = runCliInProcess;

describe('klopp-archive disagreements', () => {
  it('lists the open claims with each source’s version, the record’s own starred', async () => {
    const file = await tempArchiveFile();
    const text = await run('--archive', file, 'disagreements');
    expect(text.code).toBe(0);
    expect(text.stdout).toContain('match-2021-12-22-leicester-city\tshootout.kicks.5.outcome\tRyan Bertrand’s penalty in the shoot-out\n');
    expect(text.stdout).toContain('  * saved\tJurgen Klopp’s performance at full time');
    expect(text.stdout).toContain('    missed\tJurgen Klopp gave a passionate interview');
    expect(text.stdout).toMatch(/2 open disagreements\n$/);

    const asJson = JSON.parse((await run('--archive', file, 'disagreements', '--json')).stdout) as Array<{ field: string; versions: Array<{ value: unknown }> }>;
    expect(asJson.map((claim) => [claim.field, claim.versions.map((version) => version.value)])).toEqual([
      ['goals.5.addedTime', [6, 5]],
      ['shootout.kicks.5.outcome', ['saved', 'missed']],
    ]);
  });

  it('takes no arguments', async () => {
    expect(await run('--archive', await tempArchiveFile(), 'disagreements', 'all')).toMatchObject({ code: 2, stderr: expect.stringContaining('disagreements takes no arguments') });
  });
});
