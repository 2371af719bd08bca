import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, bench, describe } from 'vitest';
import { buildMapApp, launchChromium, RUN_BROWSER_TESTS, repo } from './browserHarness.js';
import { type StaticServer, serveFolder } from './staticServer.js';

// The map app in headless Chromium (1280×720, software WebGL) on the sample town, built and
// served as `pnpm --filter @gisement/map build` writes it. Targets (issue 6, "Performance"):
// first render of the sample ≤ 3 s after the page starts loading (the `gisement:ready` mark,
// apps/map/src/main.ts: the first time MapLibre is idle with the town's layers drawn, against
// navigation start; median of the loads); a click on a roof answers in ≤ 100 ms (from the click
// event to the frame after the building panel shows the building); a dropped 1000×1000 DSM with
// footprints is computed in ≤ 60 s with the progress bar moving (from the drop event to the page
// ready again, the layers of the new DSM drawn).
const FIRST_RENDER_TARGET_MS = 3000;
const CLICK_TARGET_MS = 100;
const DROP_TARGET_MS = 60_000;

// The 1000×1000 DSM: the Rotterdam AHN DSM (1 m cells, 343×389; ../shared/data, never copied
// into the repository) cut to its northern 343×343 cells and resampled by GDAL to 1000×1000
// cells of 0.343 m, written next to the built app for the page to fetch, dropped with the
// block's 3DBAG footprints (EPSG:28992, 246 buildings).
const rotterdamDir = resolve(repo, '../shared/data/rotterdam-ahn-3dbag');
const ROTTERDAM_DSM = join(rotterdamDir, 'dsm_rotterdam.tif');
const ROTTERDAM_FOOTPRINTS = join(rotterdamDir, 'buildings_3dbag_epsg28992.geojson');
const LARGE_SIZE = 1000;
/** Why the dropped-DSM bench cannot run here, or null. */
const largeDropSkipped: string | null = !existsSync(ROTTERDAM_DSM)
  ? `${ROTTERDAM_DSM} is missing`
  : spawnSync('gdal_translate', ['--version']).status !== 0
    ? 'gdal_translate (GDAL) is not installed'
    : null;

interface Footprint {
  id: string;
  geometry: { coordinates: [number, number][][] };
}
const b01 = (
  JSON.parse(readFileSync(join(repo, 'data-samples/albi/buildings.geojson'), 'utf8')) as { features: Footprint[] }
).features.find((f) => f.id === 'B01') as Footprint;
const ring = b01.geometry.coordinates[0].slice(0, -1);
const b01Centre: [number, number] = [
  ring.reduce((s, p) => s + p[0], 0) / ring.length,
  ring.reduce((s, p) => s + p[1], 0) / ring.length,
];

let dist: string;
let server: StaticServer;
let browser: Browser;
let page: Page;
const firstRenderMs: number[] = [];
const clickMs: number[] = [];
/** Per drop: its time to the results drawn [ms] and the progress bar's values [ms since the drop, value 0–1, stage text]. */
const drops: { totalMs: number; trace: [number, number, string][] }[] = [];

beforeAll(async () => {
  if (!RUN_BROWSER_TESTS) return;
  dist = mkdtempSync(join(tmpdir(), 'gisement-map-bench-'));
  buildMapApp(dist);
  if (largeDropSkipped === null) {
    mkdirSync(join(dist, 'bench'));
    spawnSync(
      'gdal_translate',
      ['-q', '-srcwin', '0', '0', '343', '343', '-outsize', `${LARGE_SIZE}`, `${LARGE_SIZE}`, '-r', 'bilinear'].concat(
        ROTTERDAM_DSM,
        join(dist, 'bench/dsm-1000.tif'),
      ),
      { stdio: 'inherit' },
    );
  }
  server = await serveFolder(dist);
  browser = await launchChromium();
  page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
}, 180_000);

afterAll(async () => {
  const median = (v: number[]) => [...v].sort((a, b) => a - b)[v.length >> 1] as number;
  if (firstRenderMs.length > 0) {
    process.stdout.write(
      `map app, first render of the sample after navigation start: median ${median(firstRenderMs).toFixed(0)} ms ` +
        `(runs ${firstRenderMs.map((v) => v.toFixed(0)).join(', ')}; target ≤ ${FIRST_RENDER_TARGET_MS} ms)\n`,
    );
  }
  if (clickMs.length > 0) {
    process.stdout.write(
      `map app, click on a roof (B01) → panel drawn: median ${median(clickMs).toFixed(1)} ms ` +
        `(runs ${clickMs.map((v) => v.toFixed(1)).join(', ')}; target ≤ ${CLICK_TARGET_MS} ms)\n`,
    );
  }
  for (const { totalMs, trace } of drops) {
    // Per stage: when it started, the bar's values in it and how many distinct ones.
    const stages: string[] = [];
    for (const [t, v, stage] of trace) {
      const [name] = stage.split(': ').slice(-1);
      const last = stages.length > 0 ? stages[stages.length - 1] : '';
      if (!last.startsWith(`${name} `)) stages.push(`${name} from ${(t / 1000).toFixed(1)} s: ${v.toFixed(3)}`);
      else if (!last.endsWith(` ${v.toFixed(3)}`)) stages[stages.length - 1] = `${last} ${v.toFixed(3)}`;
    }
    process.stdout.write(
      `map app, dropped ${LARGE_SIZE}×${LARGE_SIZE} DSM (Rotterdam AHN resampled) + 246 footprints → results drawn: ` +
        `${(totalMs / 1000).toFixed(1)} s (target ≤ ${DROP_TARGET_MS / 1000} s); progress bar:\n  ${stages.join('\n  ')}\n`,
    );
  }
  if (largeDropSkipped !== null)
    process.stdout.write(`map app, dropped ${LARGE_SIZE}×${LARGE_SIZE} DSM: skipped, ${largeDropSkipped}\n`);
  await browser?.close();
  await server?.close();
  if (dist) rmSync(dist, { recursive: true, force: true });
});

/** Load the app and wait for its first render; records the `gisement:ready` mark [ms]. */
async function loadApp(): Promise<void> {
  await page.goto(`${server.url}?lang=en`);
  await page.waitForSelector('body[data-state="ready"]', { timeout: 60_000 });
  firstRenderMs.push(
    await page.evaluate(() => performance.getEntriesByName('gisement:ready')[0]?.startTime ?? Number.NaN),
  );
}

/** Click B01 and time the click event → the frame after its panel shows it [ms]. */
async function clickRoof(): Promise<void> {
  await page.keyboard.press('Escape');
  const point = await page.evaluate(
    (ll) =>
      (
        window as unknown as { gisement: { map: { project(p: [number, number]): { x: number; y: number } } } }
      ).gisement.map.project(ll),
    b01Centre,
  );
  const answered = page.evaluate(
    () =>
      new Promise<number>((done) => {
        const panel = document.querySelector('#building') as HTMLElement;
        let clickedAt = Number.NaN;
        document.querySelector('#map')?.addEventListener('click', (e) => (clickedAt = e.timeStamp), {
          capture: true,
          once: true,
        });
        const observer = new MutationObserver(() => {
          if (panel.hidden || !panel.querySelector('#building-title')?.textContent?.includes('B01')) return;
          observer.disconnect();
          requestAnimationFrame(() => done(performance.now() - clickedAt));
        });
        observer.observe(panel, { childList: true, subtree: true, attributes: true });
      }),
  );
  await page.locator('#map').click({ position: { x: point.x, y: point.y } });
  clickMs.push(await answered);
}

/**
 * Drop the 1000×1000 DSM and its footprints on the map (fetched by the page from the bench's
 * folder, as files) and time the drop → the page ready again with the new layers; records the
 * progress bar's values and stage text on the way.
 */
async function dropLargeDsm(): Promise<void> {
  const footprints = readFileSync(ROTTERDAM_FOOTPRINTS, 'utf8');
  const result = await page.evaluate(async (footprintsText) => {
    const dsm = await (await fetch('bench/dsm-1000.tif')).blob();
    const dataTransfer = new DataTransfer();
    dataTransfer.items.add(new File([dsm], 'dsm-1000.tif'));
    dataTransfer.items.add(new File([footprintsText], 'buildings_3dbag_epsg28992.geojson'));
    const bar = document.querySelector('#progress') as HTMLProgressElement;
    const stage = document.querySelector('#status .stage') as HTMLElement;
    const trace: [number, number, string][] = [];
    let startMs = Number.NaN;
    const progress = new MutationObserver(() => {
      const last = trace[trace.length - 1];
      const text = stage.textContent ?? '';
      if (last?.[1] !== bar.value || last?.[2] !== text) trace.push([performance.now() - startMs, bar.value, text]);
    });
    const drawn = new Promise<number>((done) => {
      let loading = false;
      const state = new MutationObserver(() => {
        if (document.body.dataset.state === 'loading') loading = true;
        else if (loading && document.body.dataset.state === 'ready') {
          state.disconnect();
          done(performance.now() - startMs);
        }
      });
      state.observe(document.body, { attributes: true, attributeFilter: ['data-state'] });
    });
    progress.observe(bar, { attributes: true });
    progress.observe(stage, { childList: true, characterData: true, subtree: true });
    startMs = performance.now();
    document
      .querySelector('#map')
      ?.dispatchEvent(new DragEvent('drop', { dataTransfer, bubbles: true, cancelable: true }));
    const totalMs = await drawn;
    progress.disconnect();
    return { totalMs, trace };
  }, footprints);
  // Moving: from the start of the computation (the 0 before the first partial value; before
  // it, the previous load's bar may still show) to the full bar, it rises through many values
  // and stages (not 0, then 1).
  const first = Math.max(0, result.trace.findIndex(([, v]) => v > 0 && v < 1) - 1);
  const rising = result.trace.slice(first, result.trace.findIndex(([, v], i) => i > first && v === 1) + 1);
  const values = new Set(rising.map(([, v]) => v));
  const stages = new Set(rising.map(([, , text]) => text));
  if (values.size < 10 || stages.size < 4 || rising.some(([, v], i) => i > 0 && v < rising[i - 1][1])) {
    throw new Error(`the progress bar did not move through the stages: ${JSON.stringify(result.trace)}`);
  }
  drops.push({ totalMs: result.totalMs, trace: rising });
}

describe.runIf(RUN_BROWSER_TESTS)('map app in headless Chromium, sample town', () => {
  bench('first render after navigation start (page load → gisement:ready)', loadApp, {
    iterations: 5,
    time: 0,
    warmupIterations: 0,
  });
  bench('click on a roof → building panel drawn', clickRoof, {
    iterations: 10,
    time: 0,
    warmupIterations: 1,
  });
  bench.skipIf(largeDropSkipped !== null)(
    `dropped ${LARGE_SIZE}×${LARGE_SIZE} DSM with footprints → results drawn`,
    dropLargeDsm,
    { iterations: 1, time: 0, warmupIterations: 0 },
  );
});
