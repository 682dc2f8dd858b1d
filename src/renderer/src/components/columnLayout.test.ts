import { describe, expect, it } from 'vitest';
import { columnTracks, NO_LAYOUT, shownColumns, toggleColumn, withWidth } from './columnLayout';

const columns = [
  { key: 'date', width: '7.5rem' },
  { key: 'speaker', width: '11rem' },
  { key: 'text', width: 'minmax(12rem, 1fr)' },
  { key: 'status', width: '7.5rem' },
];
const keys = columns.map((column) => column.key);

describe('column layout', () => {
  it('sizes columns as the list does until one is dragged, then that one in pixels', () => {
    expect(columnTracks(columns, NO_LAYOUT)).toEqual(['7.5rem', '11rem', 'minmax(12rem, 1fr)', '7.5rem']);
    expect(columnTracks(columns, withWidth(NO_LAYOUT, 'speaker', 200))).toEqual(['7.5rem', '200px', 'minmax(12rem, 1fr)', '7.5rem']);
  });

  it('lets the last column fill the row once every column shown has been dragged', () => {
    const layout = ['date', 'speaker', 'text', 'status'].reduce((current, key) => withWidth(current, key, 100), NO_LAYOUT);
    expect(columnTracks(columns, layout)).toEqual(['100px', '100px', '100px', 'minmax(100px, 1fr)']);
  });

  it('keeps a dragged width within bounds', () => {
    expect(withWidth(NO_LAYOUT, 'text', 3).widths['text']).toBe(48);
    expect(withWidth(NO_LAYOUT, 'text', 99_999).widths['text']).toBe(2000);
  });

  it('hides and shows columns, never the last one shown', () => {
    let layout = toggleColumn(NO_LAYOUT, 'status', keys);
    expect(shownColumns(columns, layout).map((column) => column.key)).toEqual(['date', 'speaker', 'text']);
    for (const key of ['date', 'speaker', 'text']) layout = toggleColumn(layout, key, keys);
    expect(shownColumns(columns, layout).map((column) => column.key)).toEqual(['text']);
    layout = toggleColumn(layout, 'status', keys);
    expect(shownColumns(columns, layout).map((column) => column.key)).toEqual(['text', 'status']);
  });

  it('shows every column when what was kept would show none', () => {
    expect(shownColumns(columns, { hidden: keys, widths: {} })).toHaveLength(4);
  });
});
