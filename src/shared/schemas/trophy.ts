import { z } from 'zod';
import { editableRecordFields, IsoDate, recordFields, RecordId, Text } from './common';

const trophyFields = {
  /** "UEFA Champions League"; the season is derived from dateWon. */
  competition: Text(120),
  /** The day of the final, or the day the title was confirmed. */
  dateWon: IsoDate,
  decidingMatchId: RecordId.optional(),
};

export const TrophyInput = z.strictObject({ ...trophyFields, ...editableRecordFields });
export const Trophy = z.strictObject({ ...recordFields, ...trophyFields });
export type TrophyInput = z.input<typeof TrophyInput>;
export type Trophy = z.infer<typeof Trophy>;
