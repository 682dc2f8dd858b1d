import { QUOTE_CHECK_LABELS, type QuoteCheck } from '../../../../shared/provenance/quoteCheck';

/** How a quote stands against its source's text, in a word or two. */
export function quoteCheckLabel(check: QuoteCheck): string {
  return check.result === 'same words' ? `same words (${check.differences.join(', ')})` : QUOTE_CHECK_LABELS[check.result];
}

export function QuoteCheckBadge({ check }: { check: QuoteCheck }) {
  return <span className={`badge badge--check-${check.result.replaceAll(' ', '-')}`}>{quoteCheckLabel(check)}</span>;
}
