import { z } from 'zod';
import { IsoDate, RecordId } from '../schemas/common';
import { operation } from './operation';

export const SeasonName = z.string().regex(/^\d{4}-\d{2}$/, 'must be a season written 2021-22');

/** Which matches the figures count; every field narrows, none is required. */
export const SeasonStatsFilter = z.strictObject({
  season: SeasonName.optional(),
  competition: z.string().trim().min(1, 'must not be empty').max(120, 'must be at most 120 characters').optional(),
  /** Inclusive ISO dates. */
  from: IsoDate.optional(),
  to: IsoDate.optional(),
});
export type SeasonStatsFilter = z.infer<typeof SeasonStatsFilter>;

const ids = z.array(RecordId);

/** One season's table in one competition; every figure carries the matches it counts. */
export const SeasonCompetitionStats = z.object({
  season: z.string(),
  competition: z.string(),
  played: z.number(),
  won: z.number(),
  drawn: z.number(),
  lost: z.number(),
  goalsFor: z.number(),
  goalsAgainst: z.number(),
  /** League competitions only; null for cups. */
  points: z.number().nullable(),
  /** A shoot-out counts as a draw in the score; its outcome is kept apart. */
  shootoutsWon: z.number(),
  shootoutsLost: z.number(),
  /** The matches behind each figure, so every number can be checked against its records. */
  matchIds: z.object({ played: ids, won: ids, drawn: ids, lost: ids, shootoutsWon: ids, shootoutsLost: ids }),
});
export type SeasonCompetitionStats = z.infer<typeof SeasonCompetitionStats>;

/** The trophies won in one season, each with its place in the era ("8th trophy"). */
export const SeasonTrophies = z.object({
  season: z.string(),
  trophies: z.array(z.object({ trophyId: RecordId, competition: z.string(), dateWon: IsoDate, ordinal: z.number() })),
});
export type SeasonTrophies = z.infer<typeof SeasonTrophies>;

/** A Liverpool scorer's goals in one season, from the goals recorded; own goals are credited to no one. */
export const SeasonScorer = z.object({
  season: z.string(),
  scorerId: RecordId,
  goals: z.number(),
  /** The matches the goals were scored in, once each. */
  matchIds: ids,
});
export type SeasonScorer = z.infer<typeof SeasonScorer>;

/** What the archive holds of one competition's season, and how much of each match it knows. */
export const CompetitionCoverage = z.object({
  season: z.string(),
  competition: z.string(),
  /** Matches held, whatever their status; `played` of them were played. */
  matches: z.number(),
  played: z.number(),
  withHalfTime: z.number(),
  /** Played matches whose goals are recorded (every goal has its minute), a goalless one included. */
  withMinutes: z.number(),
  /** Of those, the matches where every goal also names its scorer. */
  withScorers: z.number(),
  /** The matches a covering source lists (see Source.covers); null when no source says. */
  expected: z.number().nullable(),
  /** True when a source lists every match and the archive holds them all; false when it holds fewer; null when no source says. */
  complete: z.boolean().nullable(),
  /** The sources the matches cite, most cited first. */
  sources: z.array(z.object({ id: RecordId, title: z.string(), kind: z.string(), matches: z.number() })),
});
export type CompetitionCoverage = z.infer<typeof CompetitionCoverage>;

export const SeasonFigures = z.object({
  tables: z.array(SeasonCompetitionStats),
  /** Every season and competition the archive holds, filtered like the tables. */
  coverage: z.array(CompetitionCoverage),
  trophies: z.array(SeasonTrophies),
  scorers: z.array(SeasonScorer),
});
export type SeasonFigures = z.infer<typeof SeasonFigures>;

export const statsOperations = {
  /** Season tables, trophies and top scorers, computed from the records as they are now. */
  seasons: operation(SeasonStatsFilter.optional(), SeasonFigures),
};
