import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ArchiveDocument } from '../../src/shared/schemas/archive';
import { correctFixtures, type FixtureRecord } from './fixtureCorrections';
import type { MatchSpec } from './matchSpec';

const shipped = ArchiveDocument.parse(JSON.parse(readFileSync(join(import.meta.dirname, '..', '..', 'data', 'klopp-era.json'), 'utf8')));
const byId = new Map(shipped.matches.map((match) => [match.id, match]));

const build = (spec: MatchSpec): FixtureRecord => ({
  id: spec.id,
  date: spec.date,
  opponent: spec.opponent,
  status: 'played',
  ground: spec.ground,
  venue: spec.venue,
  ...(spec.fullTime ? { fullTime: { liverpool: spec.fullTime[0], opponent: spec.fullTime[1] } } : {}),
  sourceIds: spec.sourceIds,
  notes: spec.notes ?? '',
});

describe('the default archive, corrected', () => {
  it('puts the postponed Boxing Day 2021 Leeds match at Anfield and keeps the match it became', () => {
    expect(byId.get('match-2021-12-26-leeds-united')).toMatchObject({ status: 'postponed', ground: 'home', venue: 'Anfield' });
    expect(byId.get('match-2022-02-23-leeds-united')).toMatchObject({ status: 'played', ground: 'home', fullTime: { liverpool: 6, opponent: 0 } });
  });

  it('ships the Atlético and Stoke ties with both legs, each naming the other, as valid records', () => {
    expect(byId.get('match-2020-03-11-atletico-madrid')).toMatchObject({ ground: 'home', fullTime: { liverpool: 1, opponent: 0 }, afterExtraTime: { liverpool: 2, opponent: 3 }, otherLegId: 'match-2020-02-18-atletico-madrid' });
    expect(byId.get('match-2020-02-18-atletico-madrid')).toMatchObject({ ground: 'away', fullTime: { liverpool: 0, opponent: 1 }, otherLegId: 'match-2020-03-11-atletico-madrid' });
    expect(byId.get('match-2016-01-26-stoke-city')).toMatchObject({ ground: 'home', afterExtraTime: { liverpool: 0, opponent: 1 }, shootout: { liverpool: 6, opponent: 5 }, otherLegId: 'match-2016-01-05-stoke-city' });
    expect(byId.get('match-2016-01-05-stoke-city')).toMatchObject({ ground: 'away', fullTime: { liverpool: 1, opponent: 0 } });
    expect(byId.get('match-2024-02-25-chelsea')).toMatchObject({ ground: 'neutral', officialHome: 'opponent' });
  });

  it('orders the Leicester shoot-out kicks the reports place', () => {
    const kicks = byId.get('match-2021-12-22-leicester-city')?.shootout?.kicks ?? [];
    expect(kicks.filter((kick) => kick.order !== undefined).map((kick) => [kick.takerId, kick.order])).toEqual([
      ['takumi-minamino', 5],
      ['ryan-bertrand', 6],
      ['diogo-jota', 6],
    ]);
  });

  it('completes a match another part of the build added (same date and opponent) instead of adding it twice', () => {
    const base = [
      build({ id: 'match-2021-12-26-leeds-united', date: '2021-12-26', competition: 'Premier League', venue: 'Elland Road', ground: 'away', opponent: 'Leeds United', sourceIds: ['a'] }),
      build({ id: 'from-openfootball', date: '2020-03-11', competition: 'UEFA Champions League', venue: '', ground: 'home', opponent: 'Atlético Madrid', fullTime: [1, 0], sourceIds: ['openfootball'] }),
      ...['2022-01-13', '2022-01-20'].map((date) => build({ id: `arsenal-${date}`, date, competition: 'League Cup', venue: '', ground: 'home', opponent: 'Arsenal', sourceIds: [] })),
      ...[['2019-06-01', 'Tottenham Hotspur'], ['2019-08-14', 'Chelsea'], ['2019-12-21', 'Flamengo'], ['2022-02-27', 'Chelsea'], ['2022-05-14', 'Chelsea'], ['2022-07-30', 'Manchester City'], ['2024-02-25', 'Chelsea'], ['2021-12-22', 'Leicester City']].map(
        ([date, opponent]) => build({ id: `${date}`, date: date!, competition: 'Final', venue: '', ground: 'neutral', opponent: opponent!, sourceIds: [] }),
      ),
    ];
    const corrected = correctFixtures(base, build, 'ref');
    const atletico = corrected.filter((match) => match.date === '2020-03-11');
    expect(atletico).toHaveLength(1);
    expect(atletico[0]).toMatchObject({ id: 'from-openfootball', sourceIds: ['openfootball', 'ref'], otherLegId: 'match-2020-02-18-atletico-madrid' });
    expect(corrected.find((match) => match.id === 'match-2020-02-18-atletico-madrid')?.otherLegId).toBe('from-openfootball');
    expect(base[0]?.venue).toBe('Elland Road');
  });
});
