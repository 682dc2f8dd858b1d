import { useMemo, useRef, useState } from 'react';
import type { Source } from '../../../../shared/schemas/source';
import { useArchiveData, useRecordMap } from '../../data/ArchiveData';
import { useNavigation } from '../../navigation/Navigation';
import { readerParagraphs, type QuoteMark } from './readerLayout';
import { useCheckIn } from './useQuoteCheck';

/** The offset in the source's text of a point in the reader: each run carries its own start. */
function offsetOf(node: Node | null, offset: number): number | undefined {
  const run = (node?.nodeType === Node.TEXT_NODE ? node.parentElement : (node as Element | null))?.closest<HTMLElement>('[data-start]');
  if (!run) return undefined;
  return Number(run.dataset['start']) + (node?.nodeType === Node.TEXT_NODE ? offset : 0);
}

/**
 * A source's text to read, with every quote taken from it marked where it stands (a mark
 * opens its quote), and "New quote from this" for a passage selected in it.
 */
export function SourceReader({ source, text }: { source: Source; text: string }) {
  const { records } = useArchiveData();
  const people = useRecordMap('people');
  const { openRecord, newRecord } = useNavigation();
  const checkIn = useCheckIn();
  const [selected, setSelected] = useState<{ start: number; end: number } | null>(null);
  const textRef = useRef<HTMLDivElement>(null);

  const quotes = useMemo(() => records.quotes.filter((quote) => quote.sourceIds.includes(source.id)), [records.quotes, source.id]);
  const paragraphs = useMemo(() => {
    const marks: QuoteMark[] = [];
    for (const quote of quotes) {
      const check = checkIn(quote, { id: source.id, text });
      if (check.result !== 'not found') marks.push({ start: check.passage.start, end: check.passage.end, quoteId: quote.id });
    }
    return readerParagraphs(text, marks);
  }, [quotes, source.id, text, checkIn]);
  const byId = useMemo(() => new Map(quotes.map((quote) => [quote.id, quote])), [quotes]);

  const takeSelection = () => {
    const selection = window.getSelection();
    if (!selection || selection.isCollapsed || !textRef.current?.contains(selection.anchorNode)) return setSelected(null);
    const range = selection.getRangeAt(0);
    const a = offsetOf(range.startContainer, range.startOffset);
    const b = offsetOf(range.endContainer, range.endOffset);
    if (a === undefined || b === undefined) return setSelected(null);
    // Outer white space is the selection's edge, not part of the words.
    let start = Math.min(a, b);
    let end = Math.max(a, b);
    while (start < end && /\s/.test(text[start]!)) start++;
    while (end > start && /\s/.test(text[end - 1]!)) end--;
    setSelected(end > start ? { start, end } : null);
  };

  const words = selected ? text.slice(selected.start, selected.end) : '';
  return (
    <div className="source-reader">
      <div ref={textRef} className="source-reader__text" onMouseUp={takeSelection} onKeyUp={takeSelection}>
        {paragraphs.map((segments) => (
          <p key={segments[0]!.start}>
            {segments.map((segment) => {
              const run = (
                <span key={segment.start} data-start={segment.start}>
                  {text.slice(segment.start, segment.end)}
                </span>
              );
              if (!segment.quoteId) return run;
              const quote = byId.get(segment.quoteId);
              const speaker = quote ? people.get(quote.speakerId)?.name : undefined;
              return (
                <mark key={segment.start} className="source-reader__mark">
                  {/* Not a <button>: a button is laid out as a box, and a quote runs on inside its line. */}
                  <span
                    role="button"
                    tabIndex={0}
                    className="source-reader__quote"
                    onClick={() => openRecord('quotes', segment.quoteId!)}
                    onKeyDown={(event) => {
                      if (event.key !== 'Enter' && event.key !== ' ') return;
                      event.preventDefault();
                      openRecord('quotes', segment.quoteId!);
                    }}
                  >
                    {run}
                    <span className="visually-hidden"> (open the quote{speaker ? ` of ${speaker}` : ''})</span>
                  </span>
                </mark>
              );
            })}
          </p>
        ))}
      </div>
      <div className="source-reader__bar" role="group" aria-label="The selected passage">
        {selected ? (
          <>
            <span className="source-reader__selected">
              Selected: “{words.length > 80 ? `${words.slice(0, 80)}…` : words}”
            </span>
            <button type="button" className="button button--small button--primary" onClick={() => newRecord('quotes', { text: words, sourceIds: [source.id], ...(source.date ? { date: source.date } : {}) })}>
              New quote from this
            </button>
          </>
        ) : (
          <span className="muted">Select a passage to make a quote of it. Marked passages are quotes already taken from this source.</span>
        )}
      </div>
    </div>
  );
}
