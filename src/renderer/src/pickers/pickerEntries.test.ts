import { describe, expect, it } from 'vitest';
import type { Person } from '../../../shared/schemas/person';
import type { Match } from '../../../shared/schemas/match';
import { findEntries, pickerEntries } from './pickerEntries';
import { seasonOf } from '../../../shared/derived/season';

const stamp = { createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-01T00:00:00.000Z', sourceIds: [], tags: [], notes: '' };
const person = (id: string, name: string, aliases: string[] = [], club = 'Liverpool'): Person => ({ ...stamp, id, name, aliases, role: 'player', club });

const people = [
  person('ibrahima-konate', 'Ibrahima Konaté', ['Konate']),
  person('jurgen-klopp', 'Jürgen Klopp', ['Jurgen Klopp', 'Kloppo']),
  person('joe-gomez', 'Joe Gomez'),
  person('jan-aage-fjortoft', 'Jan-Aage Fjørtoft', [], ''),
  person('mohamed-salah', 'Mohamed Salah', ['Mo Salah']),
];

describe('finding a record as it is typed', () => {
  const entries = pickerEntries('people', people);
  const names = (query: string) => findEntries(entries, query).entries.map((entry) => entry.label);

  it('ignores case and accents, either way', () => {
    expect(names('konate')).toEqual(['Ibrahima Konaté']);
    expect(names('KONATÉ')).toEqual(['Ibrahima Konaté']);
    expect(names('jürgen')).toEqual(['Jürgen Klopp']);
    expect(names('fjortoft')).toEqual(['Jan-Aage Fjørtoft']);
  });

  it('finds by any other spelling, and by every typed word', () => {
    expect(names('kloppo')).toEqual(['Jürgen Klopp']);
    expect(names('mo sal')).toEqual(['Mohamed Salah']);
    expect(names('mo gomez')).toEqual([]);
  });

  it('puts names that start with the typed letters first', () => {
    const more = pickerEntries('people', [...people, person('x', 'Alex Omezi'), person('y', 'Omar Gomes')]);
    expect(findEntries(more, 'om').entries.map((entry) => entry.label).slice(0, 2)).toEqual(['Omar Gomes', 'Alex Omezi']);
  });

  it('offers everyone A-Z with nothing typed, and shares one prepared list per version of the records', () => {
    expect(names('')).toEqual(['Ibrahima Konaté', 'Jan-Aage Fjørtoft', 'Joe Gomez', 'Jürgen Klopp', 'Mohamed Salah']);
    expect(pickerEntries('people', people)).toBe(entries);
  });

  it('shows at most the limit from 5,000 people, and says how many matched', () => {
    const many = Array.from({ length: 5000 }, (_, i) => person(`p-${i}`, `Player ${String(i).padStart(4, '0')}`, [`Spieler ${i}`]));
    const prepared = pickerEntries('people', many);
    const found = findEntries(prepared, 'player', 50);
    expect(found.entries).toHaveLength(50);
    expect(found.total).toBe(5000);
    expect(findEntries(prepared, 'spieler 4321').entries.map((entry) => entry.label)).toEqual(['Player 4321']);
  });

  it('finds a match by its opponent or its date, newest first', () => {
    const match = (id: string, date: string, opponent: string): Match => ({ ...stamp, id, date, season: seasonOf(date), opponent, status: 'scheduled', competition: 'Premier League', ground: 'home', goals: [] });
    const matches = pickerEntries('matches', [match('a', '2019-05-07', 'Barcelona'), match('b', '2021-12-22', 'Leicester City'), match('c', '2019-05-01', 'Barcelona')]);
    expect(findEntries(matches, 'barc').entries.map((entry) => entry.id)).toEqual(['a', 'c']);
    expect(findEntries(matches, '2021-12').entries.map((entry) => entry.id)).toEqual(['b']);
  });
});
