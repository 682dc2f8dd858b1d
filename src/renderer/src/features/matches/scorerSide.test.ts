import { describe, expect, it } from 'vitest';
import { sideOfPerson } from './scorerSide';

describe("the scorer's side, from the person", () => {
  it('is Liverpool for a Liverpool player, however the club is written', () => {
    expect(sideOfPerson({ role: 'player', club: 'Liverpool' }, 'Barcelona')).toBe('liverpool');
    expect(sideOfPerson({ role: 'player', club: 'Liverpool FC' }, 'Barcelona')).toBe('liverpool');
  });

  it("is the opponent for the opponent's players and anyone marked as an opponent", () => {
    expect(sideOfPerson({ role: 'player', club: 'FC Barcelona' }, 'Barcelona')).toBe('opponent');
    expect(sideOfPerson({ role: 'opponent', club: 'Leicester City' }, 'Chelsea')).toBe('opponent');
  });

  it('leaves the choice to the editor when the person does not say', () => {
    expect(sideOfPerson({ role: 'player' }, 'Barcelona')).toBeUndefined();
    expect(sideOfPerson({ role: 'player', club: 'Real Madrid' }, 'Barcelona')).toBeUndefined();
  });
});
