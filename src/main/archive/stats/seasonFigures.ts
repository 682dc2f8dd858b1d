import type { Match } from '../../../shared/schemas/match';
import type { Trophy } from '../../../shared/schemas/trophy';
import type { Source } from '../../../shared/schemas/source';
import { archiveCoverage } from './coverage';
import type { SeasonFigures, SeasonStatsFilter } from '../../../shared/contract/stats';
import { seasonStats } from './seasonStats';
import { topScorers } from './topScorers';
import { trophiesBySeason } from './trophiesBySeason';

/** Every season figure at once, over the same filter: what the Seasons page shows. */
export function seasonFigures(records: { matches: readonly Match[]; trophies: readonly Trophy[]; sources: readonly Source[] }, filter: SeasonStatsFilter = {}): SeasonFigures {
  return {
    tables: seasonStats(records.matches, filter),
    coverage: archiveCoverage(records, filter),
    trophies: trophiesBySeason(records.trophies, filter),
    scorers: topScorers(records.matches, filter),
  };
}
