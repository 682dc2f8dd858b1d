import { RECORD_KINDS, type RecordKind } from '../../../../shared/schemas/common';
import type { AnyRecord } from '../../../../shared/schemas/kinds';
import type { Claim, ClaimVersion } from '../../../../shared/schemas/claim';
import { flagCell, pick, type CsvTable } from './csvTable';

export interface ClaimRow {
  kind: RecordKind;
  record: AnyRecord;
  claim: Claim;
  version: ClaimVersion;
  index: number;
  source: string;
}

/** claims.csv: one row per source's version of a disputed field, the chosen one marked. */
export const claimsCsv: CsvTable<ClaimRow> = {
  fileName: 'claims.csv',
  rows: (archive, recordIds) => {
    const titles = new Map(archive.sources.map((source) => [source.id, source.title]));
    return RECORD_KINDS.flatMap((kind) =>
      pick(archive[kind] as readonly AnyRecord[], recordIds).flatMap((record) =>
        (record.claims ?? []).flatMap((claim) => claim.versions.map((version, index) => ({ kind, record, claim, version, index, source: titles.get(version.sourceId) ?? '' }))),
      ),
    );
  },
  columns: [
    { header: 'kind', cell: ({ kind }) => kind },
    { header: 'recordId', cell: ({ record }) => record.id },
    { header: 'field', cell: ({ claim }) => claim.field },
    { header: 'about', cell: ({ claim }) => claim.about },
    { header: 'sourceId', cell: ({ version }) => version.sourceId },
    { header: 'source', cell: ({ source }) => source },
    { header: 'value', cell: ({ version }) => (typeof version.value === 'boolean' ? flagCell(version.value) : version.value) },
    { header: 'note', cell: ({ version }) => version.note },
    { header: 'chosen', cell: ({ claim, index }) => flagCell(claim.chosen === index) },
    { header: 'resolved', cell: ({ claim }) => flagCell(claim.resolved) },
  ],
};
