import { describe, expect, it } from 'vitest';
import { ArchiveDocument } from '../../../../shared/schemas/archive';
import defaultArchive from '../../../../../data/klopp-era.json';
import { dayOf } from './timeScale';
import { eraOf, filterItems, TIMELINE_KINDS, timelineItems, type TimelineItem } from './timelineItems';

async function items() {
  const archive = ArchiveDocument.parse(defaultArchive);
  return { archive, items: timelineItems(archive) };
}

const byKey = (list: readonly TimelineItem[], key: string) => list.find((item) => item.key === key);

describe('timeline items', () => {
  it('puts every record of the timeline kinds on it, in time order', async () => {
    const { archive, items: list } = await items();
    expect(list).toHaveLength(archive.matches.length + archive.quotes.length + archive.trophies.length + archive.milestones.length);
    expect(list.every((item, i) => i === 0 || list[i - 1]!.day <= item.day)).toBe(true);
    expect(list[0]?.key).toBe('milestones:milestone-appointment');
  });

  it('labels trophies with their ordinal and makes finals and deciders stand out', async () => {
    const { items: list } = await items();
    expect(byKey(list, 'trophies:trophy-2024-league-cup')?.label).toBe('8th · League Cup');
    expect(byKey(list, 'matches:match-2024-02-25-chelsea')).toMatchObject({ emphasis: 'decider', label: 'League Cup Final', outcome: 'W' });
    expect(byKey(list, 'matches:match-2018-05-26-real-madrid')).toMatchObject({ emphasis: 'final', outcome: 'L' });
    expect(byKey(list, 'matches:match-2022-01-13-arsenal')?.emphasis).toBeUndefined();
    expect(byKey(list, 'matches:match-2021-12-22-leicester-city')?.title).toContain('won 5-4 on penalties');
  });

  it('places a quote beside the match it is about', async () => {
    const { items: list } = await items();
    const quote = byKey(list, 'quotes:quote-klopp-legacy');
    expect(quote).toMatchObject({ day: dayOf('2024-02-25'), competition: 'League Cup' });
    expect(quote?.title).toContain('about Chelsea v Liverpool');
  });

  it('spans the era from the appointment to the last match', async () => {
    const { archive, items: list } = await items();
    const era = eraOf(archive.milestones, list);
    expect(era.start).toBeLessThan(dayOf('2015-10-08'));
    expect(era.start + era.span).toBeGreaterThan(dayOf('2024-05-19'));
    expect(era.span).toBeLessThan((dayOf('2024-05-19') - dayOf('2015-10-08')) * 1.08);
  });

  it('filters by kind, competition and any of several tags', async () => {
    const { items: list } = await items();
    const all = new Set(TIMELINE_KINDS);
    const tagged = filterItems(list, { kinds: all, competition: '', tags: new Set(['legacy', 'shoot-out']) });
    expect(tagged.map((item) => item.key).sort()).toEqual(['matches:match-2021-12-22-leicester-city', 'quotes:quote-klopp-do-the-job', 'quotes:quote-klopp-legacy']);
    const cupQuotes = filterItems(list, { kinds: new Set(['quotes']), competition: 'League Cup', tags: new Set() });
    expect(cupQuotes).toHaveLength(14);
    expect(filterItems(list, { kinds: new Set(['trophies', 'matches']), competition: 'FA Cup', tags: new Set() }).map((item) => item.kind)).toEqual(['trophies', 'matches']);
  });
});
