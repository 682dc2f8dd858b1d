import type { ComponentType } from 'react';
import { MatchesPage } from './features/matches/MatchesPage';
import { MilestonesPage } from './features/milestones/MilestonesPage';
import { PeoplePage } from './features/people/PeoplePage';
import { QuotesPage } from './features/quotes/QuotesPage';
import { SourcesPage } from './features/sources/SourcesPage';
import { TrashPage } from './features/trash/TrashPage';
import { SafetyPage } from './features/safety/SafetyPage';
import { TrophiesPage } from './features/trophies/TrophiesPage';
import { SearchPage } from './features/search/SearchPage';
import { TransferPage } from './features/transfer/TransferPage';
import { TimelinePage } from './features/timeline/TimelinePage';
import { SeasonsPage } from './features/seasons/SeasonsPage';
import { SharingPage } from './features/sharing/SharingPage';
import { ProvenancePage } from './features/provenance/ProvenancePage';
import { CoveragePage } from './features/coverage/CoveragePage';
import { RecentChangesPage } from './features/history/RecentChangesPage';
import type { RecordKind } from '../../shared/schemas/common';

export interface View {
  id: string;
  label: string;
  Page: ComponentType;
  /** The kind this view lists: the sidebar shows its count, and openRecord(kind, id) opens it here. */
  countOf?: RecordKind;
}

/** The sidebar's views, in order. A feature adds its page here. */
export const VIEWS: readonly View[] = [
  { id: 'matches', label: 'Matches', Page: MatchesPage, countOf: 'matches' },
  { id: 'quotes', label: 'Quotes', Page: QuotesPage, countOf: 'quotes' },
  { id: 'trophies', label: 'Trophies', Page: TrophiesPage, countOf: 'trophies' },
  { id: 'people', label: 'People', Page: PeoplePage, countOf: 'people' },
  { id: 'sources', label: 'Sources', Page: SourcesPage, countOf: 'sources' },
  { id: 'milestones', label: 'Milestones', Page: MilestonesPage, countOf: 'milestones' },
  { id: 'timeline', label: 'Timeline', Page: TimelinePage },
  { id: 'seasons', label: 'Seasons', Page: SeasonsPage },
  { id: 'coverage', label: 'Coverage', Page: CoveragePage },
  { id: 'trash', label: 'Trash', Page: TrashPage },
  { id: 'changes', label: 'Recent changes', Page: RecentChangesPage },
  { id: 'search', label: 'Search quotes', Page: SearchPage },
  { id: 'provenance', label: 'Provenance', Page: ProvenancePage },
  { id: 'transfer', label: 'Import & export', Page: TransferPage },
  { id: 'safety', label: 'Data safety', Page: SafetyPage },
  { id: 'sharing', label: 'Sharing', Page: SharingPage },
];

/** The view that lists records of a kind, where openRecord takes the user. */
export function viewOfKind(kind: RecordKind): string | undefined {
  return VIEWS.find((view) => view.countOf === kind)?.id;
}
