import { z } from 'zod';
import { editableRecordFields, IsoDate, recordFields, RecordId, Text } from './common';
import { checkMatchRules } from './matchRules';
import { Season } from './season';
import { seasonOf } from '../derived/season';

export const MATCH_STATUSES = ['played', 'scheduled', 'postponed', 'abandoned'] as const;
export const MatchStatus = z.enum(MATCH_STATUSES, { error: `must be one of ${MATCH_STATUSES.join(', ')}` });

export const GROUNDS = ['home', 'away', 'neutral'] as const;
export const Ground = z.enum(GROUNDS, { error: `must be one of ${GROUNDS.join(', ')}` });

export const SIDES = ['liverpool', 'opponent'] as const;
export const Side = z.enum(SIDES, { error: 'must be liverpool or opponent' });
export type Side = z.infer<typeof Side>;

const goalsCount = z.int('must be a whole number').min(0, 'must be 0 or more').max(99, 'must be at most 99');

/** A score from Liverpool's side: the record reads the same home or away. */
export const Score = z.strictObject({ liverpool: goalsCount, opponent: goalsCount });
export type Score = z.infer<typeof Score>;

export const Goal = z.strictObject({
  /** Minute of play, 1-90, or 91-120 in extra time; stoppage time goes in addedTime (90+6). */
  minute: z.int('must be a whole number').min(1, 'must be 1 or more').max(120, 'must be at most 120'),
  addedTime: z.int('must be a whole number').min(1, 'must be 1 or more').max(30, 'must be at most 30').optional(),
  scorerId: RecordId.optional(),
  /** The scorer's side; an own goal counts for the other side. */
  team: Side,
  penalty: z.boolean().default(false),
  ownGoal: z.boolean().default(false),
  header: z.boolean().default(false),
});
export type Goal = z.infer<typeof Goal>;

export const KICK_OUTCOMES = ['scored', 'saved', 'missed'] as const;
export const ShootoutKick = z.strictObject({
  team: Side,
  /** The kick's place in its team's order (1st, 2nd...), when the sources give it. */
  order: z.int('must be a whole number').min(1, 'must be 1 or more').max(50, 'must be at most 50').optional(),
  takerId: RecordId.optional(),
  outcome: z.enum(KICK_OUTCOMES, { error: 'must be scored, saved or missed' }),
});
export type ShootoutKick = z.infer<typeof ShootoutKick>;

export const Shootout = z.strictObject({
  liverpool: goalsCount,
  opponent: goalsCount,
  /** Sources rarely name every taker: a partial log is normal, a complete one must add up. */
  complete: z.boolean().default(false),
  kicks: z.array(ShootoutKick).max(100).default([]),
});
export type Shootout = z.infer<typeof Shootout>;

const matchFields = {
  status: MatchStatus,
  date: IsoDate,
  kickOff: z
    .string()
    .regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'must be a time written HH:MM')
    .optional(),
  competition: Text(120),
  stage: z.string().trim().max(120).optional(),
  venue: z.string().trim().max(200).optional(),
  ground: Ground,
  /** At a neutral ground (a final, a leg moved abroad), the side the competition named the home team. */
  officialHome: Side.optional(),
  opponent: Text(120),
  fullTime: Score.optional(),
  halfTime: Score.optional(),
  /** The score when extra time ended; present only when extra time was played. */
  afterExtraTime: Score.optional(),
  shootout: Shootout.optional(),
  goals: z.array(Goal).max(60).default([]),
  /** The other match of a two-legged tie; the earlier of the two is the first leg. */
  otherLegId: RecordId.optional(),
};

/**
 * The competition's season the match belongs to, which is not always the one its date falls
 * in (2019-20 ran into August 2020). An editor or an import may leave it out: it then
 * defaults from the date, and is stored from then on.
 */
const seasonField = { season: Season.optional() };

export const MatchInput = z
  .strictObject({ ...matchFields, ...seasonField, ...editableRecordFields })
  .superRefine(checkMatchRules)
  .transform((match) => ({ ...match, season: match.season ?? seasonOf(match.date) }));
export const Match = z.strictObject({ ...recordFields, ...matchFields, season: Season }).superRefine(checkMatchRules);
export type MatchInput = z.input<typeof MatchInput>;
export type Match = z.infer<typeof Match>;
