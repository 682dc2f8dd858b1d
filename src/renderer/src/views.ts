import type { ComponentType } from 'react';
import { MatchesPage } from './features/matches/MatchesPage';
import { PeoplePage } from './features/people/PeoplePage';
import { QuotesPage } from './features/quotes/QuotesPage';
import { SourcesPage } from './features/sources/SourcesPage';
import { SafetyPage } from './features/safety/SafetyPage';
import { TrophiesPage } from './features/trophies/TrophiesPage';
import type { RecordKind } from '../../shared/schemas/common';

export interface View {
  id: string;
  label: string;
  Page: ComponentType;
  /** The kind whose record count the sidebar shows beside the label. */
  countOf?: RecordKind;
}

/** The sidebar's views, in order. A feature adds its page here. */
export const VIEWS: readonly View[] = [
  { id: 'matches', label: 'Matches', Page: MatchesPage, countOf: 'matches' },
  { id: 'quotes', label: 'Quotes', Page: QuotesPage, countOf: 'quotes' },
  { id: 'trophies', label: 'Trophies', Page: TrophiesPage, countOf: 'trophies' },
  { id: 'people', label: 'People', Page: PeoplePage, countOf: 'people' },
  { id: 'sources', label: 'Sources', Page: SourcesPage, countOf: 'sources' },
  { id: 'safety', label: 'Data safety', Page: SafetyPage },
];
