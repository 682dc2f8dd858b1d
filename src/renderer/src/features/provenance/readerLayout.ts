/** Where a quote stands in a source's text: [start, end). */
export interface QuoteMark {
  start: number;
  end: number;
  quoteId: string;
}

/** A run of the text, [start, end), inside one quote's mark or outside every mark. */
export interface Segment {
  start: number;
  end: number;
  quoteId?: string;
}

/**
 * The text cut into paragraphs (at blank lines) and each paragraph into runs, marked where a
 * quote stands. Marks that overlap an earlier one are left out: one passage, one mark. Every
 * run keeps its offsets, so a selection in the page maps back to the text exactly.
 */
export function readerParagraphs(text: string, marks: readonly QuoteMark[]): Segment[][] {
  const kept: QuoteMark[] = [];
  for (const mark of [...marks].sort((a, b) => a.start - b.start || b.end - a.end)) {
    if (mark.end > mark.start && (kept.length === 0 || mark.start >= kept[kept.length - 1]!.end)) kept.push(mark);
  }
  const paragraphs: Segment[][] = [];
  const breaks = /\n\s*\n/g;
  let from = 0;
  for (let found = breaks.exec(text); ; found = breaks.exec(text)) {
    const to = found ? found.index : text.length;
    if (to > from) paragraphs.push(segmentsOf(from, to, kept));
    if (!found) break;
    from = found.index + found[0].length;
  }
  return paragraphs;
}

function segmentsOf(from: number, to: number, marks: readonly QuoteMark[]): Segment[] {
  const segments: Segment[] = [];
  let at = from;
  for (const mark of marks) {
    if (mark.end <= from || mark.start >= to) continue;
    const start = Math.max(mark.start, from);
    const end = Math.min(mark.end, to);
    if (start > at) segments.push({ start: at, end: start });
    segments.push({ start, end, quoteId: mark.quoteId });
    at = end;
  }
  if (at < to) segments.push({ start: at, end: to });
  return segments;
}
