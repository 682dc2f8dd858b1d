import type { CsvKind } from '../../../../shared/contract/transfer';
import type { CsvTable } from './csvTable';
import { claimsCsv } from './claimsCsv';
import { goalsCsv } from './goalsCsv';
import { matchesCsv } from './matchesCsv';
import { milestonesCsv } from './milestonesCsv';
import { peopleCsv } from './peopleCsv';
import { quotesCsv } from './quotesCsv';
import { sourcesCsv } from './sourcesCsv';
import { trophiesCsv } from './trophiesCsv';

/** Every CSV file the archive exports, by kind. Rows are typed per table; the registry forgets which. */
export const CSV_TABLES: Record<CsvKind, CsvTable<never>> = {
  matches: matchesCsv,
  goals: goalsCsv,
  quotes: quotesCsv,
  trophies: trophiesCsv,
  people: peopleCsv,
  sources: sourcesCsv,
  milestones: milestonesCsv,
  claims: claimsCsv,
} as unknown as Record<CsvKind, CsvTable<never>>;
