import { describe, expect, it } from 'vitest';
import { clampShare, loadPanelShare, PANEL_SHARE, savePanelShare } from './panelShare';

function memoryStorage(initial: Record<string, string> = {}) {
  const items = new Map(Object.entries(initial));
  return { getItem: (key: string) => items.get(key) ?? null, setItem: (key: string, value: string) => void items.set(key, value), items };
}

describe('the remembered width of the record panel', () => {
  it('comes back as it was saved', () => {
    const storage = memoryStorage();
    savePanelShare(0.6, storage);
    expect(loadPanelShare(storage)).toBe(0.6);
  });

  it('is kept between the narrowest and the widest split', () => {
    expect(clampShare(0.05)).toBe(PANEL_SHARE.min);
    expect(clampShare(0.99)).toBe(PANEL_SHARE.max);
    const storage = memoryStorage();
    savePanelShare(2, storage);
    expect(loadPanelShare(storage)).toBe(PANEL_SHARE.max);
  });

  it('falls back to the first split when nothing or nonsense is stored', () => {
    expect(loadPanelShare(memoryStorage())).toBe(PANEL_SHARE.initial);
    expect(loadPanelShare(memoryStorage({ 'klopp-archive.record-panel-share': 'wide' }))).toBe(PANEL_SHARE.initial);
    expect(loadPanelShare(memoryStorage({ 'klopp-archive.record-panel-share': '0.01' }))).toBe(PANEL_SHARE.initial);
  });
});
