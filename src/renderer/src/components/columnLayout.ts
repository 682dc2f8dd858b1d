import type { ColumnLayout } from '../../../shared/contract/preferences';

export const NO_LAYOUT: ColumnLayout = { hidden: [], widths: {} };
export const MIN_COLUMN_WIDTH = 48;
export const MAX_COLUMN_WIDTH = 2000;

interface SizedColumn {
  key: string;
  width?: string;
}

/** The columns the editor has not hidden; never none, whatever was kept. */
export function shownColumns<C extends { key: string }>(columns: readonly C[], layout: ColumnLayout): C[] {
  const shown = columns.filter((column) => !layout.hidden.includes(column.key));
  return shown.length > 0 ? shown : [...columns];
}

/**
 * The grid's tracks: a dragged column at its width in pixels, the others as the list sizes them.
 * When every column shown has been dragged, the last one takes what is left, so the row is filled.
 */
export function columnTracks(columns: readonly SizedColumn[], layout: ColumnLayout): string[] {
  const tracks = columns.map((column) => {
    const width = layout.widths[column.key];
    return width ? `${width}px` : (column.width ?? '1fr');
  });
  const last = columns.at(-1);
  if (last && !tracks.some((track) => track.includes('fr'))) tracks[tracks.length - 1] = `minmax(${layout.widths[last.key] ?? MIN_COLUMN_WIDTH}px, 1fr)`;
  return tracks;
}

export function withWidth(layout: ColumnLayout, key: string, width: number): ColumnLayout {
  const clamped = Math.round(Math.min(MAX_COLUMN_WIDTH, Math.max(MIN_COLUMN_WIDTH, width)));
  return { ...layout, widths: { ...layout.widths, [key]: clamped } };
}

/** Shows a hidden column or hides a shown one; the last column shown stays. */
export function toggleColumn(layout: ColumnLayout, key: string, allKeys: readonly string[]): ColumnLayout {
  if (layout.hidden.includes(key)) return { ...layout, hidden: layout.hidden.filter((hidden) => hidden !== key) };
  const stillShown = allKeys.filter((candidate) => candidate !== key && !layout.hidden.includes(candidate));
  return stillShown.length === 0 ? layout : { ...layout, hidden: [...layout.hidden, key] };
}
