import { useRef, type KeyboardEvent, type PointerEvent } from 'react';
import { clampShare, PANEL_SHARE } from './panelShare';

interface SplitSeparatorProps {
  /** The share of the width the record panel has now. */
  share: number;
  /** The width being shared, in pixels, to turn a drag into a share. */
  width: number;
  onChange: (share: number) => void;
  /** Called once a drag or a key press is done, to remember the width. */
  onCommit: (share: number) => void;
}

const STEP = 0.02;
const BIG_STEP = 0.1;

/**
 * The line between the list and the open record: drag it, or focus it and use the arrow keys
 * (Shift for bigger steps, Home and End for the limits). Its value is where it stands, as a
 * percentage of the width from the left: the list's share.
 */
export function SplitSeparator({ share, width, onChange, onCommit }: SplitSeparatorProps) {
  const drag = useRef<{ startX: number; startShare: number } | null>(null);
  const listPercent = Math.round((1 - share) * 100);

  const onPointerDown = (event: PointerEvent<HTMLDivElement>) => {
    event.currentTarget.setPointerCapture(event.pointerId);
    drag.current = { startX: event.clientX, startShare: share };
  };
  const onPointerMove = (event: PointerEvent<HTMLDivElement>) => {
    if (!drag.current || width <= 0) return;
    onChange(clampShare(drag.current.startShare - (event.clientX - drag.current.startX) / width));
  };
  const onPointerUp = () => {
    if (drag.current) onCommit(share);
    drag.current = null;
  };
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const step = event.shiftKey ? BIG_STEP : STEP;
    const next = { ArrowLeft: share + step, ArrowRight: share - step, Home: PANEL_SHARE.max, End: PANEL_SHARE.min }[event.key];
    if (next === undefined) return;
    event.preventDefault();
    const clamped = clampShare(next);
    onChange(clamped);
    onCommit(clamped);
  };

  return (
    <div
      role="separator"
      tabIndex={0}
      aria-orientation="vertical"
      aria-label="Resize the list and the open record"
      aria-valuenow={listPercent}
      aria-valuemin={Math.round((1 - PANEL_SHARE.max) * 100)}
      aria-valuemax={Math.round((1 - PANEL_SHARE.min) * 100)}
      aria-valuetext={`List ${listPercent}%, record ${100 - listPercent}%`}
      className="split-separator"
      onPointerDown={onPointerDown}
      onPointerMove={onPointerMove}
      onPointerUp={onPointerUp}
      onPointerCancel={onPointerUp}
      onKeyDown={onKeyDown}
    />
  );
}
