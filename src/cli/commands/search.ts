import { z } from 'zod';
import { openArchive } from '../../main/archive';
import { json, parseArguments, type Command } from '../command';

export const searchCommand: Command = {
  name: 'search',
  synopsis: 'search QUERY [--limit N] [--json]',
  summary: "search the quotes with the app's search and its operators",
  details: `QUERY uses the app's search language: plain words (all required; the last also as a
prefix; long words forgive one typo), "exact phrases", -excluded words, and the fields
speaker: competition: setting: interviewer: outlet: match: tag: season: status:
before: after: (match: takes the opponent's words or the match's date, 2019-05-07).

Options:
  --limit N  at most N quotes (default 20)
  --json     print JSON: { total, hits: [{ id, score, quote }] }

Examples:
  klopp-archive search 'speaker:klopp legacy'
  klopp-archive search '"full time" season:2021-22' --limit 5 --json
  klopp-archive search 'setting:"press conference" match:barcelona'`,
  options: { limit: { type: 'string' }, json: { type: 'boolean' } },
  async run({ values, positionals }, ctx) {
    const args = parseArguments(
      z.strictObject({
        QUERY: z.tuple([z.string()], { error: 'give the query as one argument (quote it)' }),
        limit: z.coerce.number({ error: 'must be a number' }).int('must be a whole number').min(1, 'must be 1 or more').max(10_000).default(20),
        json: z.boolean().default(false),
      }),
      { QUERY: positionals, limit: values['limit'], json: values['json'] },
      'search',
    );
    const archive = await openArchive(ctx.archiveFile);
    const result = archive.searchQuotes(args.QUERY[0], { limit: args.limit });
    for (const warning of result.warnings) ctx.err(`note: ${warning}\n`);
    const hits = result.hits.map(({ quote, score }) => ({ id: quote.id, score, quote }));
    if (args.json) {
      ctx.out(json({ total: result.total, hits }));
      return;
    }
    for (const { quote } of hits) {
      const speaker = archive.records.people.list().find((person) => person.id === quote.speakerId)?.name ?? quote.speakerId;
      ctx.out(`${quote.id}\t${quote.date}\t${speaker}: “${quote.text}”\n`);
    }
    ctx.err(`${result.total} quote(s) match${result.total > hits.length ? `; ${hits.length} shown` : ''}\n`);
  },
};
