import { bestCheck, checkAgainstSource } from './checkQuote';
import type { QuoteCheck, SourceCheck } from './quoteCheck';
import { SourceText } from './tokens';

export interface CheckedQuote {
  id: string;
  text: string;
  sourceIds: readonly string[];
}
export interface CheckedSource {
  id: string;
  text?: string;
}

interface Checked {
  text: string;
  bySource: Map<string, { sourceText: string; check: SourceCheck }>;
}

/**
 * Quote checks, remembered per quote and source: a check is redone only when the quote's
 * words or that source's text changed, and a source's text is prepared once for all the
 * quotes taken from it. Pure (no I/O), so the editor runs it as you type and main runs it
 * for lists and the command line.
 */
export class QuoteChecker {
  private readonly sourceTexts = new Map<string, SourceText>();
  private readonly checked = new Map<string, Checked>();

  check(quote: CheckedQuote, sourceById: (id: string) => CheckedSource | undefined): QuoteCheck {
    const checks: SourceCheck[] = [];
    for (const sourceId of quote.sourceIds) {
      const text = sourceById(sourceId)?.text;
      if (text) checks.push(this.checkIn(quote, { id: sourceId, text }));
    }
    return bestCheck(checks);
  }

  /** The quote against one source's text (where it stands in that text, whatever its other sources say). */
  checkIn(quote: CheckedQuote, source: { id: string; text: string }): SourceCheck {
    let remembered = this.checked.get(quote.id);
    if (!remembered || remembered.text !== quote.text) {
      remembered = { text: quote.text, bySource: new Map() };
      this.checked.set(quote.id, remembered);
    }
    let entry = remembered.bySource.get(source.id);
    if (!entry || entry.sourceText !== source.text) {
      entry = { sourceText: source.text, check: checkAgainstSource(quote.text, source.id, this.sourceText(source.id, source.text)) };
      remembered.bySource.set(source.id, entry);
    }
    return entry.check;
  }

  /** Drops what is remembered of a deleted quote. */
  forget(quoteId: string): void {
    this.checked.delete(quoteId);
  }

  private sourceText(id: string, text: string): SourceText {
    let prepared = this.sourceTexts.get(id);
    if (!prepared || prepared.text !== text) {
      prepared = new SourceText(text);
      this.sourceTexts.set(id, prepared);
    }
    return prepared;
  }
}
