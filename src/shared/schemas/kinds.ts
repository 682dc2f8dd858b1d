import type { z } from 'zod';
import type { RecordKind } from './common';
import { Match, MatchInput } from './match';
import { Milestone, MilestoneInput } from './milestone';
import { Person, PersonInput } from './person';
import { Quote, QuoteInput } from './quote';
import { Source, SourceInput } from './source';
import { Trophy, TrophyInput } from './trophy';

/** The schema of a stored record, and of what an editor supplies to create or replace one. */
export const recordSchemas = {
  people: Person,
  sources: Source,
  matches: Match,
  quotes: Quote,
  trophies: Trophy,
  milestones: Milestone,
} as const;

export const inputSchemas = {
  people: PersonInput,
  sources: SourceInput,
  matches: MatchInput,
  quotes: QuoteInput,
  trophies: TrophyInput,
  milestones: MilestoneInput,
} as const;

export type RecordOf<K extends RecordKind> = z.infer<(typeof recordSchemas)[K]>;
export type InputOf<K extends RecordKind> = z.input<(typeof inputSchemas)[K]>;
export type AnyRecord = RecordOf<RecordKind>;

export const KIND_NAMES: Record<RecordKind, { one: string; many: string }> = {
  people: { one: 'person', many: 'people' },
  sources: { one: 'source', many: 'sources' },
  matches: { one: 'match', many: 'matches' },
  quotes: { one: 'quote', many: 'quotes' },
  trophies: { one: 'trophy', many: 'trophies' },
  milestones: { one: 'milestone', many: 'milestones' },
};
