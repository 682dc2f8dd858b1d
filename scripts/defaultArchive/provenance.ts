/**
 * The default archive's provenance: each seed quote is checked against its article's text
 * with the app's own check, and marked verified because it is there word for word. A quote
 * that is not stops the build, naming it and what the check found.
 */
import { QuoteChecker, type CheckedSource } from '../../src/shared/provenance/quoteChecker';

interface SeedQuote {
  id: string;
  text: string;
  sourceIds: string[];
  status: string;
}

export function verifiedAgainstArticles<Q extends SeedQuote>(quotes: readonly Q[], sources: readonly CheckedSource[]): Array<Q & { status: 'verified' }> {
  const checker = new QuoteChecker();
  const byId = new Map(sources.map((source) => [source.id, source]));
  return quotes.map((quote) => {
    const check = checker.check(quote, (id) => byId.get(id));
    if (check.result !== 'word for word') throw new Error(`Quote ${quote.id} is not word for word in its article: ${check.result}`);
    return { ...quote, status: 'verified' as const };
  });
}

const QF_REPORT = 'source-league-cup-qf-report-2021';
const QF_INTERVIEW = 'source-klopp-viaplay-interview-2021';
const PUBLIC_RECORD = 'source-public-record';

/** Where the sources of the 2021 League Cup quarter-final disagree, as claims on the match. */
const QUARTER_FINAL_CLAIMS = [
  {
    field: 'goals.5.addedTime',
    about: 'Minamino’s equaliser, minutes of added time',
    versions: [
      { sourceId: QF_REPORT, value: 6, note: '“in the sixth minute of injury time”' },
      { sourceId: PUBLIC_RECORD, value: 5, note: 'other match reports give 90+5' },
    ],
    chosen: 0,
    resolved: false,
  },
  {
    field: 'shootout.kicks.5.outcome',
    about: 'Ryan Bertrand’s penalty in the shoot-out',
    versions: [
      { sourceId: QF_REPORT, value: 'saved', note: 'Kelleher went on “to stop Luke Thomas and Ryan Bertrand in the penalty shoot-out”' },
      { sourceId: QF_INTERVIEW, value: 'missed', note: '“Minamino and Ryan Bertrand both missed from the spot”' },
    ],
    chosen: 0,
    resolved: false,
  },
];

/** The matches, with the quarter-final's disagreements attached as claims. */
export function withDisagreements<M extends { id: string }>(matches: readonly M[]): M[] {
  return matches.map((match) => (match.id === 'match-2021-12-22-leicester-city' ? { ...match, claims: QUARTER_FINAL_CLAIMS } : match));
}
