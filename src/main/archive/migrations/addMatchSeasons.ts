import { seasonOf } from '../../../shared/derived/season';
import type { Migration } from './index';

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);

/** A format-2 match had no season: it was the one its date fell in, so that is what it keeps. */
function withSeason(match: unknown): unknown {
  if (!isObject(match) || 'season' in match || typeof match['date'] !== 'string') return match;
  return { ...match, season: seasonOf(match['date']) };
}

/** The versions a conflict keeps (yours, theirs, the base), each with its season. */
function conflictWithSeasons(conflict: unknown): unknown {
  if (!isObject(conflict) || conflict['kind'] !== 'matches') return conflict;
  const version = (side: unknown) => (isObject(side) && 'record' in side ? { ...side, record: withSeason(side['record']) } : side);
  return { ...conflict, yours: version(conflict['yours']), theirs: version(conflict['theirs']), base: version(conflict['base']) };
}

const mapArray = (value: unknown, each: (item: unknown) => unknown) => (Array.isArray(value) ? value.map(each) : value);

/**
 * Format 3 stores each match's season, the competition's rather than the calendar's. Every
 * match is given the season of its date, wherever the file keeps a match: the archive, the
 * trash and the conflicts a sync left to decide.
 */
export const addMatchSeasons: Migration = {
  from: 2,
  to: 3,
  description: 'store the season of every match',
  migrate: (document) => {
    const meta = document['meta'];
    return {
      ...document,
      matches: mapArray(document['matches'], withSeason),
      trash: mapArray(document['trash'], (entry) => (isObject(entry) && entry['kind'] === 'matches' ? { ...entry, record: withSeason(entry['record']) } : entry)),
      ...(isObject(meta) && Array.isArray(meta['conflicts']) ? { meta: { ...meta, conflicts: meta['conflicts'].map(conflictWithSeasons) } } : {}),
    };
  },
};
