import { z } from 'zod';
import { OpenfootballDecision } from '../../shared/contract/transfer';
import { UsageError } from '../command';

/** A match's number in the file, as the import lists it (#12). */
export const MatchNumber = z.string().regex(/^#?\d+$/, 'must be a match number, as the import lists it (#12 or 12)').transform((number) => Number(number.replace('#', '')));

/** "2-1" -> [2, 1], the file's order. */
const fileScore = (value: string) => (/^\d+-\d+$/.test(value) ? value.split('-').map(Number) : value);

/**
 * --keep, --skip and --correct as the importer's decisions; several --correct of one match
 * add up to one correction. Each is checked by the contract's schema, naming the option.
 */
export function openfootballDecisions(keep: number[], skip: number[], corrections: string[]): OpenfootballDecision[] {
  const decisions = new Map<number, Record<string, unknown>>();
  for (const match of keep) decisions.set(match, { match, action: 'import' });
  for (const match of skip) decisions.set(match, { match, action: 'skip' });
  for (const correction of corrections) {
    const [, number, field, value] = /^(\d+):(\w+)=(.*)$/s.exec(correction)!;
    const match = Number(number);
    const decision = decisions.get(match) ?? { match, action: 'correct' };
    decision[field!] = ['ht', 'ft', 'et'].includes(field!) ? fileScore(value!) : value;
    decisions.set(match, decision);
  }
  return [...decisions.values()].map((decision) => {
    const parsed = OpenfootballDecision.safeParse(decision);
    if (parsed.success) return parsed.data;
    const issue = parsed.error.issues[0]!;
    throw new UsageError(`--correct ${decision['match']}: ${issue.path.join('.') || 'value'} ${issue.message}`, 'import');
  });
}
