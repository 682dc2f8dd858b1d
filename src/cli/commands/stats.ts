import { z } from 'zod';
import { IsoDate } from '../../shared/schemas/common';
import { openArchive } from '../../main/archive';
import { json, parseArguments, type Command } from '../command';

export const statsCommand: Command = {
  name: 'stats',
  synopsis: 'stats [--season S] [--competition C] [--from DATE] [--to DATE] [--json]',
  summary: 'played, won, drawn, lost, goals and points by season and competition',
  details: `Counts the played matches of each season and competition (a shoot-out counts as a
draw; points for league competitions only, null for cups).

Options:
  --season S        only season S (2019-20)
  --competition C   only competition C ("Premier League"; any case)
  --from DATE       only matches on or after DATE (YYYY-MM-DD)
  --to DATE         only matches on or before DATE (YYYY-MM-DD)
  --json            print a JSON array of
                    { season, competition, played, won, drawn, lost, goalsFor, goalsAgainst, points }

Examples:
  klopp-archive stats --season 2019-20
  klopp-archive stats --competition "League Cup" --json`,
  options: { season: { type: 'string' }, competition: { type: 'string' }, from: { type: 'string' }, to: { type: 'string' }, json: { type: 'boolean' } },
  async run({ values, positionals }, ctx) {
    const args = parseArguments(
      z.strictObject({
        season: z.string().regex(/^\d{4}-\d{2}$/, 'must be a season written 2019-20').optional(),
        competition: z.string().min(1).optional(),
        from: IsoDate.optional(),
        to: IsoDate.optional(),
        json: z.boolean().default(false),
        extra: z.array(z.string()).max(0, 'stats takes no arguments'),
      }),
      { ...values, extra: positionals },
      'stats',
    );
    const { json: asJson, extra: _extra, ...filter } = args;
    const rows = (await openArchive(ctx.archiveFile)).stats.table(filter).map(
      ({ season, competition, played, won, drawn, lost, goalsFor, goalsAgainst, points }) => ({ season, competition, played, won, drawn, lost, goalsFor, goalsAgainst, points }),
    );
    if (asJson) {
      ctx.out(json(rows));
      return;
    }
    ctx.out(['season ', 'competition'.padEnd(26), '  P   W   D   L   GF  GA  Pts'].join(' ') + '\n');
    for (const row of rows) {
      const numbers = [row.played, row.won, row.drawn, row.lost, row.goalsFor, row.goalsAgainst].map((n) => String(n).padStart(3)).join(' ');
      ctx.out(`${row.season} ${row.competition.padEnd(26)} ${numbers}  ${row.points === null ? '  -' : String(row.points).padStart(3)}\n`);
    }
  },
};
