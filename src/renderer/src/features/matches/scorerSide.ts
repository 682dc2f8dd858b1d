import type { Person } from '../../../../shared/schemas/person';
import type { Side } from '../../../../shared/schemas/match';
import { foldText } from '../../../../shared/search/normalize';

const club = (name: string) =>
  foldText(name)
    .replace(/\b(a?fc|cf)\b/g, '')
    .replace(/\s+/g, ' ')
    .trim();

/**
 * The side a scorer (or a shoot-out taker) plays for, from the person: a Liverpool player is
 * Liverpool, a player of the opponent's club or anyone marked as an opponent is the opponent.
 * Undefined when the person does not say (a club-less player): the editor's choice stands.
 */
export function sideOfPerson(person: Pick<Person, 'role' | 'club'>, opponent: string): Side | undefined {
  const theirs = person.club ? club(person.club) : '';
  if (theirs === 'liverpool') return 'liverpool';
  if (person.role === 'opponent' || (theirs !== '' && theirs === club(opponent))) return 'opponent';
  return undefined;
}
