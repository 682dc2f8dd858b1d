import { describe, expect, it } from 'vitest';
import { ERA_SEASONS, seasonOf } from './season';
import { ordinalWord, trophyOrdinals } from './trophyOrdinal';

describe('season of a date', () => {
  it('runs July to June', () => {
    expect(seasonOf('2019-06-30')).toBe('2018-19');
    expect(seasonOf('2019-07-01')).toBe('2019-20');
    expect(seasonOf('2020-01-01')).toBe('2019-20');
    expect(seasonOf('2099-12-31')).toBe('2099-00');
  });

  it('names the nine seasons of the era', () => {
    expect(ERA_SEASONS).toEqual(['2015-16', '2016-17', '2017-18', '2018-19', '2019-20', '2020-21', '2021-22', '2022-23', '2023-24']);
  });
});

describe('trophy ordinals', () => {
  it('orders by date won, ties by id, and names the places', () => {
    const ordinals = trophyOrdinals([
      { id: 'b', dateWon: '2020-01-01' },
      { id: 'a', dateWon: '2020-01-01' },
      { id: 'c', dateWon: '2019-01-01' },
    ]);
    expect([...ordinals]).toEqual([['c', 1], ['a', 2], ['b', 3]]);
    expect([1, 2, 3, 4, 8, 11, 12, 13, 21, 22, 103, 111].map(ordinalWord)).toEqual(['1st', '2nd', '3rd', '4th', '8th', '11th', '12th', '13th', '21st', '22nd', '103rd', '111th']);
  });
});
