import { z } from 'zod';
import { openArchive } from '../../main/archive';
import { recordLabel } from '../../shared/derived/labels';
import { formatClaimValue } from '../../shared/provenance/claims';
import { json, parseArguments, type Command } from '../command';

export const disagreementsCommand: Command = {
  name: 'disagreements',
  synopsis: 'disagreements [--json]',
  summary: 'list the open claims: fields where the sources disagree, each source’s version',
  details: `Prints each open claim (a field of a record that its sources give differently and
the editor has not resolved): the record, the field, and each source's version, the one the
record holds marked with *.

Options:
  --json     print a JSON array of {kind, id, field, about, chosen, versions: [{sourceId, value, note}]}

Examples:
  klopp-archive disagreements
  klopp-archive disagreements --json`,
  options: { json: { type: 'boolean' } },
  async run({ values, positionals }, ctx) {
    const args = parseArguments(
      z.strictObject({ ARGS: z.array(z.string()).max(0, 'disagreements takes no arguments'), json: z.boolean().default(false) }),
      { ARGS: positionals, json: values['json'] },
      'disagreements',
    );
    const archive = await openArchive(ctx.archiveFile);
    const open = archive.disagreements();
    const titles = new Map(archive.records.sources.list().map((source) => [source.id, source.title]));
    if (args.json) {
      ctx.out(json(open.map(({ kind, record, claim }) => ({ kind, id: record.id, field: claim.field, about: claim.about, chosen: claim.chosen, versions: claim.versions }))));
      return;
    }
    for (const { kind, record, claim } of open) {
      ctx.out(`${record.id}\t${claim.field}${claim.about ? `\t${claim.about}` : ''}\n`);
      ctx.out(`  ${recordLabel(kind, record)}\n`);
      claim.versions.forEach((version, index) => {
        const title = titles.get(version.sourceId) ?? version.sourceId;
        ctx.out(`  ${index === claim.chosen ? '*' : ' '} ${formatClaimValue(version.value)}\t${title}${version.note ? ` (${version.note})` : ''}\n`);
      });
    }
    ctx.out(`${open.length} open disagreement${open.length === 1 ? '' : 's'}\n`);
  },
};
