import type { Quote } from '../../shared/schemas/quote';
import { seasonOf } from '../../shared/derived/season';
import type { QuoteSearchDocument } from './search/searchDocument';

/** Finds the people, sources and matches a quote names, by id. */
export interface RecordLookup {
  person(id: string): { name: string; aliases: string[] } | undefined;
  sourceTitle(id: string): string | undefined;
  match(id: string): { competition: string; opponent: string; date: string; season: string } | undefined;
}

export function lookupOver(store: { find(kind: 'people' | 'sources' | 'matches', id: string): unknown }): RecordLookup {
  return {
    person: (id) => store.find('people', id) as { name: string; aliases: string[] } | undefined,
    sourceTitle: (id) => (store.find('sources', id) as { title: string } | undefined)?.title,
    match: (id) => store.find('matches', id) as { competition: string; opponent: string; date: string; season: string } | undefined,
  };
}

/** A quote as the search index sees it: its words and everything it can be found by. */
export function quoteSearchDocument(quote: Quote, lookup: RecordLookup): QuoteSearchDocument {
  const speaker = lookup.person(quote.speakerId);
  const interviewer = quote.setting.interviewerId ? lookup.person(quote.setting.interviewerId) : undefined;
  const match = quote.matchId ? lookup.match(quote.matchId) : undefined;
  return {
    id: quote.id,
    text: quote.text,
    speaker: speaker?.name ?? '',
    speakerAliases: speaker?.aliases ?? [],
    setting: quote.setting.kind,
    interviewer: interviewer ? [interviewer.name, ...interviewer.aliases].join(' ') : '',
    outlet: quote.setting.outlet ?? '',
    sourceTitles: quote.sourceIds.flatMap((id) => lookup.sourceTitle(id) ?? []),
    tags: quote.tags,
    // A quote about a match belongs to that match's season, even when said in the calendar's next.
    season: match ? match.season : seasonOf(quote.date),
    competition: match?.competition ?? '',
    matchOpponent: match?.opponent ?? '',
    matchDate: match?.date ?? '',
    status: quote.status,
    date: quote.date,
  };
}

/** Whether a change to a person, source or match alters how a quote is found. */
export function quoteDependsOn(quote: Quote, kind: 'people' | 'sources' | 'matches', id: string): boolean {
  if (kind === 'people') return quote.speakerId === id || quote.setting.interviewerId === id;
  if (kind === 'sources') return quote.sourceIds.includes(id);
  return quote.matchId === id;
}
