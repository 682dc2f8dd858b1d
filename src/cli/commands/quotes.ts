import { z } from 'zod';
import { openArchive } from '../../main/archive';
import { isFaithful, QUOTE_CHECK_RESULTS, type QuoteCheck } from '../../shared/provenance/quoteCheck';
import { json, parseArguments, type Command } from '../command';
import { wordDiff } from '../wordDiff';

function checkLines(id: string, check: QuoteCheck): string {
  const head = `${id}\t${check.result}`;
  if (check.result === 'same words') return `${head} (${check.differences.join(', ')})\n`;
  if (check.result === 'differs') return `${head}\n  closest passage in ${check.sourceId}: “${check.passage.text}”\n  the quote: ${wordDiff(check.words)}\n`;
  return `${head}\n`;
}

export const quotesCommand: Command = {
  name: 'quotes',
  synopsis: 'quotes check [--json]',
  summary: 'check every quote against its sources’ text; exit 1 when one with text is not word for word',
  details: `Finds each quote's words in the text of its sources and prints its result: word for
word (character for character), same words (only quote marks, apostrophes, dashes, ellipses,
spacing or case differ; which is said), differs (with the closest passage and the quote's
words against it as [-only in the source-]{+only in the quote+}), not found, or no text (no
source of the quote has its text stored). Exits 0 when every quote whose sources have text is
word for word or the same words, 1 otherwise.

Options:
  --json     print a JSON array of {id, result, ...} (the passage, differences or words)

Examples:
  klopp-archive quotes check
  klopp-archive quotes check --json`,
  options: { json: { type: 'boolean' } },
  async run({ values, positionals }, ctx) {
    const args = parseArguments(
      z.strictObject({ ACTION: z.tuple([z.literal('check', { error: 'the only action is check' })], { error: 'give the action: check' }), json: z.boolean().default(false) }),
      { ACTION: positionals, json: values['json'] },
      'quotes',
    );
    const checked = (await openArchive(ctx.archiveFile)).quoteChecks.all();
    if (args.json) ctx.out(json(checked.map(({ quote, check }) => ({ id: quote.id, ...check }))));
    else {
      for (const { quote, check } of checked) ctx.out(checkLines(quote.id, check));
      const counts = QUOTE_CHECK_RESULTS.map((result) => [result, checked.filter(({ check }) => check.result === result).length] as const);
      ctx.out(`${checked.length} quotes: ${counts.filter(([, count]) => count > 0).map(([result, count]) => `${count} ${result}`).join(', ')}\n`);
    }
    const unfaithful = checked.some(({ check }) => check.result !== 'no text' && !isFaithful(check));
    return unfaithful ? 1 : 0;
  },
};
