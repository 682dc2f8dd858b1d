import { z } from 'zod';
import { seasonStarting } from '../derived/season';

const WRITTEN = /^\d{4}-\d{2}$/;

/** A competition's season, named after its two years: 2019-20 (not 2019-2020, not 2019/20). */
export const Season = z
  .string()
  .trim()
  .regex(WRITTEN, 'must be a season written YYYY-YY, like 2019-20')
  // Only a season written right can name the wrong years; one error per mistake.
  .refine((season) => !WRITTEN.test(season) || seasonStarting(Number(season.slice(0, 4))) === season, 'must name two consecutive years, like 2019-20');
