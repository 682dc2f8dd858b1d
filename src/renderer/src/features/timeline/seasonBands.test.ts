import { describe, expect, it } from 'vitest';
import { seasonBands } from './seasonBands';
import { isoOf } from './timeScale';

describe('season bands', () => {
  it('names the nine seasons as bands, July to June, when no match says otherwise', () => {
    const bands = seasonBands([]);
    expect(bands.map((band) => band.season)).toEqual(['2015-16', '2016-17', '2017-18', '2018-19', '2019-20', '2020-21', '2021-22', '2022-23', '2023-24']);
    expect(isoOf(bands[0]!.start)).toBe('2015-07-01');
    expect(isoOf(bands[8]!.end)).toBe('2024-07-01');
  });

  it('stretches a season to its last stored match, and starts the next one after it', () => {
    const bands = seasonBands([
      { date: '2020-07-26', season: '2019-20' },
      { date: '2020-08-23', season: '2019-20' },
      { date: '2020-08-29', season: '2020-21' },
      { date: '2020-07-05' },
    ]);
    const byName = new Map(bands.map((band) => [band.season, band]));
    expect(isoOf(byName.get('2019-20')!.end)).toBe('2020-08-24');
    expect(isoOf(byName.get('2020-21')!.start)).toBe('2020-08-24');
    expect(isoOf(byName.get('2020-21')!.end)).toBe('2021-07-01');
    expect(isoOf(byName.get('2018-19')!.end)).toBe('2019-07-01');
  });
});
