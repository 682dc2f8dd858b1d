/**
 * The timeline in Chromium with a synthetic archive of 5,000 timeline records: the built
 * renderer, served as in the browser tests, over the real handlers (page.exposeBinding).
 * Frame times run from the input event to the end of the next frame, so they include the
 * wait for that frame (at 60 Hz, up to 16.7 ms). Numbers only; nothing is asserted.
 *   npm run bench -- --only timeline [--items 5000] [--rounds 3] [--screenshots DIR]
 * With --default it runs over the real default archive (data/klopp-era.json, every league
 * match of the era) instead, and also times opening Seasons, Coverage and the Matches list.
 *   npm run bench -- --only timeline --default
 */
import { chromium } from 'playwright-core';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { contract } from '../src/shared/contract';
import { createDispatch } from '../src/main/api/dispatch';
import { createHandlers } from '../src/main/api/handlers';
import { openArchive } from '../src/main/archive/archive';
import { serialize } from '../src/main/archive/durableJsonFile';
import { bundleBridge } from '../e2e/harness/bridgeScript';
import { serveFolder } from '../e2e/harness/staticServer';
import type { Bench } from './benches';
import { summarize, type BenchContext } from './harness';
import { generateTimelineArchive } from './synthetic/timelineArchive';
import { parseArchiveText } from '../src/main/archive/archiveFile';

const DEFAULT_ARCHIVE = join(import.meta.dirname, '..', 'data', 'klopp-era.json');

const RENDERER = join(import.meta.dirname, '..', 'out', 'renderer');
const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'];

/** In-page helpers, as source text: functions handed to page.evaluate would carry the bundler's helpers along. */
const PAGE_HELPERS = `
window.__frame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
window.__until = async (test) => { while (!test()) await new Promise((resolve) => requestAnimationFrame(resolve)); };
window.__openView = async (label, selector) => {
  const button = [...document.querySelectorAll('.nav__item')].find((item) => item.textContent.startsWith(label));
  const start = performance.now();
  button.click();
  await window.__until(() => document.querySelector(selector));
  await window.__frame();
  return performance.now() - start;
};
window.__wheel = async (deltaX, deltaY) => {
  const plot = document.querySelector('.tl-plot');
  const box = plot.getBoundingClientRect();
  const start = performance.now();
  plot.dispatchEvent(new WheelEvent('wheel', { deltaX, deltaY, clientX: box.left + box.width / 2, clientY: box.top + box.height / 2, bubbles: true, cancelable: true }));
  await window.__frame();
  return performance.now() - start;
};
window.__rendered = () => document.querySelectorAll('.tl-item, .tl-cluster').length;
`;

function numberArg(ctx: BenchContext, name: string, fallback: number): number {
  const at = ctx.args.indexOf(name);
  return at >= 0 ? Number(ctx.args[at + 1]) : fallback;
}

async function run(ctx: BenchContext): Promise<void> {
  const realArchive = ctx.args.includes('--default');
  const document = realArchive ? parseArchiveText(await readFile(DEFAULT_ARCHIVE, 'utf8'), DEFAULT_ARCHIVE) : generateTimelineArchive(numberArg(ctx, '--items', 5_000));
  const items = document.matches.length + document.quotes.length + document.trophies.length + document.milestones.length;
  const rounds = numberArg(ctx, '--rounds', 3);
  await readFile(join(RENDERER, 'index.html')).catch(() => {
    throw new Error(`The renderer is not built (${RENDERER} is missing): run npm run build first`);
  });
  const folder = await mkdtemp(join(tmpdir(), 'klopp-timeline-bench-'));
  const file = join(folder, 'klopp-era.json');
  await writeFile(file, serialize(document));
  const dispatch = createDispatch(contract, createHandlers(await openArchive(file)));
  const server = await serveFolder(RENDERER);
  const browser = await chromium.launch({ executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage({ viewport: { width: 1360, height: 860 } });
    await page.exposeBinding('__archiveInvoke', (_source, channel: string, input: unknown) => dispatch(channel, input));
    await page.addInitScript({ content: (await bundleBridge()) + PAGE_HELPERS });

    const loadStart = performance.now();
    await page.goto(server.url);
    await page.locator('.data-table__row').first().waitFor();
    ctx.report(summarize('timeline/app-ready', items, [performance.now() - loadStart], { note: 'page load to first list row' }));

    const firstRender: number[] = [];
    for (let i = 0; i < rounds + 1; i++) {
      if (i > 0) await page.evaluate(`window.__openView('Matches', '.data-table__row')`);
      firstRender.push(await page.evaluate<number>(`window.__openView('Timeline', '.tl-item')`));
    }
    const renderedAtEra = await page.evaluate<number>('window.__rendered()');
    const screenshots = ctx.args.includes('--screenshots') ? ctx.args[ctx.args.indexOf('--screenshots') + 1] : undefined;
    if (screenshots) await page.screenshot({ path: join(screenshots, `timeline-${items}-era.png`) });
    ctx.report(summarize('timeline/first-render', items, firstRender, { first_ms: Math.round(firstRender[0]! * 10) / 10, dom_markers_at_era: renderedAtEra }));

    // Wheel zoom from the whole era down to a month and back out, several times.
    const zoom: number[] = [];
    let renderedAtMonth = 0;
    for (let round = 0; round < rounds; round++) {
      for (let step = 0; step < 12; step++) zoom.push(await page.evaluate<number>('window.__wheel(0, -150)'));
      renderedAtMonth = await page.evaluate<number>('window.__rendered()');
      if (screenshots && round === 0) await page.screenshot({ path: join(screenshots, `timeline-${items}-month.png`) });
      for (let step = 0; step < 12; step++) zoom.push(await page.evaluate<number>('window.__wheel(0, 150)'));
    }
    ctx.report(summarize('timeline/zoom-frame', items, zoom, { dom_markers_at_month: renderedAtMonth }));

    // Move along the era at season zoom, as Shift+wheel or a trackpad would.
    await page.getByRole('button', { name: 'Zoom to season 2019-20' }).click();
    if (screenshots) await page.screenshot({ path: join(screenshots, `timeline-${items}-season.png`) });
    const pan: number[] = [];
    for (let round = 0; round < rounds; round++) {
      for (let step = 0; step < 20; step++) pan.push(await page.evaluate<number>('window.__wheel(-120, 0)'));
      for (let step = 0; step < 20; step++) pan.push(await page.evaluate<number>('window.__wheel(120, 0)'));
    }
    ctx.report(summarize('timeline/pan-frame', items, pan));

    if (realArchive) {
      // The other views that grow with the matches, each opened from another view several times.
      for (const [label, selector] of [['Seasons', '.season-table'], ['Coverage', '.coverage-table'], ['Matches', '.data-table__row']] as const) {
        const opened: number[] = [];
        for (let i = 0; i < rounds; i++) {
          await page.evaluate(`window.__openView('Timeline', '.tl-item')`);
          opened.push(await page.evaluate<number>(`window.__openView(${JSON.stringify(label)}, ${JSON.stringify(selector)})`));
        }
        ctx.report(summarize(`views/open-${label.toLowerCase()}`, document.matches.length, opened, { note: 'click in the sidebar to the view painted' }));
      }
    }
  } finally {
    await browser.close();
    await server.close();
    await rm(folder, { recursive: true, force: true });
  }
}

export const timelineBench: Bench = { name: 'timeline', run };
