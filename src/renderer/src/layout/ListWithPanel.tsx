import { useRef, useState, type ReactNode, type Ref } from 'react';
import { useElementWidth } from '../components/useElementWidth';
import { loadPanelShare, savePanelShare } from './panelShare';
import { SplitSeparator } from './SplitSeparator';
import './listWithPanel.css';

interface ListWithPanelProps {
  list: ReactNode;
  /** The open record, or null: then the list has the whole width. */
  panel: ReactNode | null;
  panelLabel: string;
  panelRef?: Ref<HTMLElement>;
}

/** Below this width the record opens over the list instead of beside it. */
export const BESIDE_MIN_WIDTH = 860;
/** Over the list, the record is never narrower than a form needs. */
const OVER_MIN_PANEL = 440;

/**
 * A list that uses the window: alone it takes the full width; with a record open the two
 * share it (the record over the list on narrow windows), split where the editor last left it.
 */
export function ListWithPanel({ list, panel, panelLabel, panelRef }: ListWithPanelProps) {
  const body = useRef<HTMLDivElement>(null);
  const width = useElementWidth(body);
  const [share, setShare] = useState(loadPanelShare);
  const open = panel !== null;
  const layout = !open ? 'list' : width > 0 && width < BESIDE_MIN_WIDTH ? 'over' : 'beside';
  const panelWidth = layout === 'over' ? Math.min(width, Math.max(OVER_MIN_PANEL, share * width)) : share * width;

  return (
    <div ref={body} className={`list-with-panel list-with-panel--${layout}`}>
      <div className="list-with-panel__list">{list}</div>
      {open ? (
        <>
          <div className="list-with-panel__handle" style={layout === 'over' ? { right: panelWidth } : undefined}>
            <SplitSeparator share={share} width={width} onChange={setShare} onCommit={savePanelShare} />
          </div>
          <aside ref={panelRef} className="list-with-panel__panel" aria-label={panelLabel} style={{ width: panelWidth || `${share * 100}%` }}>
            {panel}
          </aside>
        </>
      ) : null}
    </div>
  );
}
