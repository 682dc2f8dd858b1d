import { describe, expect, it } from 'vitest';
import { axisTicks } from './axisTicks';
import { dayOf, isoOf } from './timeScale';

describe('axis ticks', () => {
  it('shows years across the era, months across a season, Mondays across a month', () => {
    const era = { start: dayOf('2015-10-08'), span: 3146 };
    expect(axisTicks(era, 1000).map((tick) => tick.label)).toEqual(['2016', '2017', '2018', '2019', '2020', '2021', '2022', '2023', '2024']);
    const season = { start: dayOf('2019-07-01'), span: 366 };
    const months = axisTicks(season, 1000).map((tick) => tick.label);
    expect(months.slice(0, 7)).toEqual(['Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec', 'Jan 2020']);
    const month = { start: dayOf('2022-02-01'), span: 31 };
    expect(axisTicks(month, 1000).map((tick) => isoOf(tick.day))).toEqual(['2022-02-07', '2022-02-14', '2022-02-21', '2022-02-28']);
  });
});
