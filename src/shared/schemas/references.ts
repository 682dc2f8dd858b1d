import type { RecordKind } from './common';
import type { RecordOf } from './kinds';

/** One record pointing at another: the field that points, and the record it names. */
export interface Reference {
  path: Array<string | number>;
  kind: RecordKind;
  id: string;
}

/** Every id a record refers to. The single place that knows which fields are references. */
export function referencesOf<K extends RecordKind>(kind: K, record: RecordOf<K>): Reference[] {
  const refs: Reference[] = record.sourceIds.map((id, i) => ({ path: ['sourceIds', i], kind: 'sources' as const, id }));
  record.claims?.forEach((claim, i) => claim.versions.forEach((version, j) => refs.push({ path: ['claims', i, 'versions', j, 'sourceId'], kind: 'sources', id: version.sourceId })));
  const add = (path: Reference['path'], target: RecordKind, id: string | undefined) => {
    if (id !== undefined) refs.push({ path, kind: target, id });
  };
  if (kind === 'quotes') {
    const quote = record as RecordOf<'quotes'>;
    add(['speakerId'], 'people', quote.speakerId);
    add(['matchId'], 'matches', quote.matchId);
    add(['setting', 'interviewerId'], 'people', quote.setting.interviewerId);
  } else if (kind === 'matches') {
    const match = record as RecordOf<'matches'>;
    match.goals.forEach((goal, i) => add(['goals', i, 'scorerId'], 'people', goal.scorerId));
    match.shootout?.kicks.forEach((kick, i) => add(['shootout', 'kicks', i, 'takerId'], 'people', kick.takerId));
    add(['otherLegId'], 'matches', match.otherLegId);
  } else if (kind === 'trophies') {
    add(['decidingMatchId'], 'matches', (record as RecordOf<'trophies'>).decidingMatchId);
  } else if (kind === 'milestones') {
    add(['matchId'], 'matches', (record as RecordOf<'milestones'>).matchId);
  }
  return refs;
}
