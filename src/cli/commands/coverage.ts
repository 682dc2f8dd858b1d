import { z } from 'zod';
import { openArchive } from '../../main/archive';
import { json, parseArguments, type Command } from '../command';

export const coverageCommand: Command = {
  name: 'coverage',
  synopsis: 'coverage [--season S] [--competition C] [--json]',
  summary: 'what the archive holds of each season and competition, and on which sources',
  details: `For each season and competition: the matches held (and played), how many have a
half-time score, goal minutes and scorers, whether a source that lists every match
says the archive holds them all (complete, incomplete, or unknown when no source
lists them), and the sources the matches cite.

Options:
  --season S        only season S (2019-20)
  --competition C   only competition C ("Premier League"; any case)
  --json            print a JSON array of { season, competition, matches, played,
                    withHalfTime, withMinutes, withScorers, expected, complete, sources }

Examples:
  klopp-archive coverage
  klopp-archive coverage --season 2019-20 --json`,
  options: { season: { type: 'string' }, competition: { type: 'string' }, json: { type: 'boolean' } },
  async run({ values, positionals }, ctx) {
    const args = parseArguments(
      z.strictObject({
        season: z.string().regex(/^\d{4}-\d{2}$/, 'must be a season written 2019-20').optional(),
        competition: z.string().min(1).optional(),
        json: z.boolean().default(false),
        extra: z.array(z.string()).max(0, 'coverage takes no arguments'),
      }),
      { ...values, extra: positionals },
      'coverage',
    );
    const { json: asJson, extra: _extra, ...filter } = args;
    const rows = (await openArchive(ctx.archiveFile)).stats.coverage(filter);
    if (asJson) {
      ctx.out(json(rows));
      return;
    }
    ctx.out(`season  ${'competition'.padEnd(26)} held   HT  min  scr  whole       sources\n`);
    for (const row of rows) {
      const whole = row.complete === null ? 'unknown' : row.complete ? 'complete' : `${row.played} of ${row.expected}`;
      const numbers = [row.matches, row.withHalfTime, row.withMinutes, row.withScorers].map((n) => String(n).padStart(4)).join(' ');
      ctx.out(`${row.season} ${row.competition.padEnd(26)} ${numbers}  ${whole.padEnd(10)}  ${row.sources.map((source) => `${source.id} (${source.matches})`).join(', ')}\n`);
    }
  },
};
