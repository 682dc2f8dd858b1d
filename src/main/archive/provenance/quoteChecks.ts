import { QuoteChecker } from '../../../shared/provenance/quoteChecker';
import type { QuoteCheck } from '../../../shared/provenance/quoteCheck';
import type { Quote } from '../../../shared/schemas/quote';
import type { ArchiveStore } from '../store';

export interface CheckedQuote {
  quote: Quote;
  check: QuoteCheck;
}

/**
 * Every quote checked against its sources' text, as derived values never stored: a check is
 * redone only when its quote's words or a source's text changed since it was last asked for.
 */
export class QuoteChecks {
  private readonly checker = new QuoteChecker();

  constructor(private readonly store: ArchiveStore) {
    store.onChange((changes) => {
      for (const change of changes) if (change.kind === 'quotes' && !change.after && change.before) this.checker.forget(change.before.id);
    });
  }

  check(quote: Quote): QuoteCheck {
    return this.checker.check(quote, (id) => this.store.find('sources', id));
  }

  /** Every quote with its check, in the archive's order. */
  all(): CheckedQuote[] {
    return this.store.list('quotes').map((quote) => ({ quote, check: this.check(quote) }));
  }
}
