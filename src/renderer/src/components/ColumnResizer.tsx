import { useLayoutEffect, useRef, useState, type KeyboardEvent, type PointerEvent } from 'react';
import { MAX_COLUMN_WIDTH, MIN_COLUMN_WIDTH } from './columnLayout';

interface ColumnResizerProps {
  header: string;
  /** While dragging: show this width. */
  onResize: (width: number) => void;
  /** Dropped, or moved by a key: keep this width. */
  onResized: (width: number) => void;
}

const STEP = 16;

/** The edge of a column's header: dragged, or focused and moved with ← → (Shift for bigger steps). */
export function ColumnResizer({ header, onResize, onResized }: ColumnResizerProps) {
  const edge = useRef<HTMLDivElement>(null);
  // The header cell's width as laid out: what a drag starts from and what the separator announces.
  const width = () => edge.current?.parentElement?.getBoundingClientRect().width ?? MIN_COLUMN_WIDTH;
  const [now, setNow] = useState(MIN_COLUMN_WIDTH);
  useLayoutEffect(() => setNow(Math.round(width())));
  const drag = useRef<{ startX: number; startWidth: number; last: number } | null>(null);
  const onPointerDown = (event: PointerEvent<HTMLDivElement>) => {
    event.preventDefault();
    event.currentTarget.setPointerCapture(event.pointerId);
    drag.current = { startX: event.clientX, startWidth: width(), last: width() };
  };
  const onPointerMove = (event: PointerEvent<HTMLDivElement>) => {
    if (!drag.current) return;
    drag.current.last = drag.current.startWidth + event.clientX - drag.current.startX;
    onResize(drag.current.last);
  };
  const onPointerUp = () => {
    if (drag.current) onResized(drag.current.last);
    drag.current = null;
  };
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const step = { ArrowLeft: -1, ArrowRight: 1 }[event.key];
    if (step === undefined) return;
    event.preventDefault();
    event.stopPropagation();
    onResized(width() + step * (event.shiftKey ? STEP * 4 : STEP));
  };
  return (
    <div
      ref={edge}
      role="separator"
      aria-orientation="vertical"
      aria-label={`Width of ${header}`}
      aria-valuenow={now}
      aria-valuemin={MIN_COLUMN_WIDTH}
      aria-valuemax={MAX_COLUMN_WIDTH}
      tabIndex={0}
      className="data-table__resize"
      onPointerDown={onPointerDown}
      onPointerMove={onPointerMove}
      onPointerUp={onPointerUp}
      onPointerCancel={onPointerUp}
      onKeyDown={onKeyDown}
      onClick={(event) => event.stopPropagation()}
    />
  );
}
