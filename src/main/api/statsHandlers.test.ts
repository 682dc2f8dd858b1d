import { describe, expect, it } from 'vitest';
import { contract } from '../../shared/contract';
import { openArchive } from '../archive/archive';
import { tempArchiveFile } from '../../test/tempArchive';
import { createDispatch } from './dispatch';
import { createHandlers } from './handlers';

async function dispatch() {
  return createDispatch(contract, createHandlers(await openArchive(await tempArchiveFile())));
}

describe('stats.seasons', () => {
  it('answers the season figures for a filter', async () => {
    const result = await (await dispatch())('stats.seasons', { season: '2023-24' });
    expect(result.ok).toBe(true);
    const figures = contract.stats.seasons.output.parse(result.ok ? result.value : null);
    expect(figures.tables.map((row) => row.competition)).toEqual(['League Cup', 'Premier League']);
    expect(figures.trophies).toEqual([{ season: '2023-24', trophies: [{ trophyId: 'trophy-2024-league-cup', competition: 'League Cup', dateWon: '2024-02-25', ordinal: 8 }] }]);
    expect(figures.scorers).toEqual([{ season: '2023-24', scorerId: 'virgil-van-dijk', goals: 1, matchIds: ['match-2024-02-25-chelsea'] }]);
  });

  it('refuses a malformed season, naming the field and the rule', async () => {
    const result = await (await dispatch())('stats.seasons', { season: '2023/24' });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-input', issues: [{ path: 'season', message: 'must be a season written 2021-22' }] } });
  });
});
