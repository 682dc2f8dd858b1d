import type { SideName } from './goals';

export interface GroundShape {
  ground: string;
  officialHome?: SideName;
}

/**
 * The side the competition called the home team: the ground says so at home or away; at a
 * neutral ground only the record's official home side does (undefined when not recorded).
 */
export function homeSide(match: GroundShape): SideName | undefined {
  if (match.ground === 'home') return 'liverpool';
  if (match.ground === 'away') return 'opponent';
  return match.officialHome;
}
