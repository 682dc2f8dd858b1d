import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { ArchiveDocument } from '../../../shared/schemas/archive';
import { DEFAULT_ARCHIVE_FILE } from '../../../test/tempArchive';
import { ordinalWord } from '../../../shared/derived/trophyOrdinal';
import { trophiesBySeason } from './trophiesBySeason';

async function trophies() {
  return ArchiveDocument.parse(JSON.parse(await readFile(DEFAULT_ARCHIVE_FILE, 'utf8'))).trophies;
}

describe('trophies by season', () => {
  it('groups the eight trophies by season, each with its ordinal in the era', async () => {
    const seasons = trophiesBySeason(await trophies());
    expect(seasons.map((row) => [row.season, row.trophies.map((trophy) => `${ordinalWord(trophy.ordinal)} ${trophy.competition}`)])).toEqual([
      ['2018-19', ['1st UEFA Champions League']],
      ['2019-20', ['2nd UEFA Super Cup', '3rd FIFA Club World Cup', '4th Premier League']],
      ['2021-22', ['5th League Cup', '6th FA Cup']],
      ['2022-23', ['7th FA Community Shield']],
      ['2023-24', ['8th League Cup']],
    ]);
  });

  it('keeps era ordinals when filtered', async () => {
    const [row] = trophiesBySeason(await trophies(), { competition: 'league cup' });
    expect(row?.trophies).toEqual([{ trophyId: 'trophy-2022-league-cup', competition: 'League Cup', dateWon: '2022-02-27', ordinal: 5 }]);
    expect(trophiesBySeason(await trophies(), { season: '2023-24' })[0]?.trophies[0]?.ordinal).toBe(8);
  });
});
