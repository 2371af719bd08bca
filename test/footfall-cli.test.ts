/**
 * `gisement footfall` end to end: the synthetic sample town (data-samples/albi, see its
 * README), the City of Sydney walking counts with the 2023 OSM CBD extract
 * (../shared/data/sydney-walking-counts-osm, see its PROVENANCE.md), and bad inputs.
 */
import { execFileSync } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateTown } from '@gisement/data-samples';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot, shared } from './fixtures/paths.js';
import { runCliCapture as cli } from './helpers/cliCapture.js';

const albi = (name: string) => join(repoRoot, 'data-samples', 'albi', name);
const sydney = (name: string) => shared('data', 'sydney-walking-counts-osm', name);
const readJson = async (path: string) => JSON.parse(await readFile(path, 'utf8'));

let work: string;
beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'gisement-footfall-'));
});
afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

const albiArgs = (out: string, streets = albi('streets.geojson')) => [
  'footfall',
  '--streets',
  streets,
  '--counts',
  albi('counts.csv'),
  '--sites',
  albi('counters.geojson'),
  '--pois',
  albi('shops.geojson'),
  '--candidates',
  albi('candidates.geojson'),
  '--holidays',
  '2024-04-01',
  '--out',
  out,
];

describe('gisement footfall on the sample town', () => {
  let out: string;
  let run: Awaited<ReturnType<typeof cli>>;
  beforeAll(async () => {
    out = join(work, 'albi');
    run = await cli(...albiArgs(out));
  });

  it('writes the four outputs and reports progress on stderr only', async () => {
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/gisement footfall: \[[\d.]+ s\] street graph: \d+ nodes/);
    expect(run.stderr).toMatch(/cross-validated R²/);
    const footfall = await readJson(join(out, 'footfall.geojson'));
    const calibration = await readJson(join(out, 'calibration.json'));
    const profiles = await readJson(join(out, 'profiles.json'));
    const premises = await readJson(join(out, 'premises.geojson'));
    expect(footfall.type).toBe('FeatureCollection');
    for (const f of footfall.features) {
      expect(f.properties.footfallLow).toBeLessThanOrEqual(f.properties.footfallDaily);
      expect(f.properties.footfallHigh).toBeGreaterThanOrEqual(f.properties.footfallDaily);
    }
    // data-samples/README.md (places.ts townCounters): 25 counters ALB01…ALB25, all on
    // street centre lines, so the calibration has no "fewer than 20 counters" warning.
    expect(calibration.counters.map((c: { siteId: string }) => c.siteId).sort()).toEqual(
      Array.from({ length: 25 }, (_, i) => `ALB${String(i + 1).padStart(2, '0')}`),
    );
    expect(calibration.warnings.join(' ')).not.toMatch(/fewer than 20/);
    expect(profiles.sites.length).toBe(25);
    // data-samples/README.md: 4 vacant premises V01…V04, ranked 1…4.
    expect(premises.features.map((f: { properties: { rank: number } }) => f.properties.rank)).toEqual([1, 2, 3, 4]);
  });

  it('drops the motorway and ignores the bicycle rows', async () => {
    const footfall = await readJson(join(out, 'footfall.geojson'));
    const calibration = await readJson(join(out, 'calibration.json'));
    // data-samples/README.md: S41 is the motorway bypass (a bridge sharing no vertex).
    expect(footfall.features.some((f: { properties: { wayId: string } }) => f.properties.wayId === 'S41')).toBe(false);
    expect(calibration.skipped.find((s: { id: string }) => s.id === 'S41').reason).toMatch(/motorway/);
    // counts.csv: 2 013 data rows with mode `bikes` (ALB02, ALB03, ALB07; `cut -d, -f4 | sort | uniq -c`).
    expect(calibration.ignoredCountModes).toEqual({ bikes: 2013 });
  });

  it('reprojects Lambert-93 streets (GeoJSON crs member) to the same network', async () => {
    const town = generateTown();
    const streets2154 = {
      type: 'FeatureCollection',
      crs: { type: 'name', properties: { name: 'urn:ogc:def:crs:EPSG::2154' } },
      features: town.streets.map((s) => ({
        type: 'Feature',
        id: s.id,
        properties: { id: s.id, highway: s.highway },
        geometry: { type: 'LineString', coordinates: s.coordinates },
      })),
    };
    const file = join(work, 'streets_2154.geojson');
    await writeFile(file, JSON.stringify(streets2154));
    const out2154 = join(work, 'albi2154');
    const r = await cli(...albiArgs(out2154, file));
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toMatch(/EPSG:2154 → WGS84/);
    const a = await readJson(join(out, 'footfall.geojson'));
    const b = await readJson(join(out2154, 'footfall.geojson'));
    expect(b.features.length).toBe(a.features.length);
    // streets.geojson is written with 9 decimals (≈ 0.1 mm) from the same Lambert-93
    // vertices, so the reprojected segments agree to the 7 decimals of footfall.geojson.
    for (let i = 0; i < a.features.length; i++) {
      const ca = a.features[i].geometry.coordinates;
      const cb = b.features[i].geometry.coordinates;
      for (let k = 0; k < ca.length; k++) {
        expect(Math.abs(cb[k][0] - ca[k][0])).toBeLessThanOrEqual(2e-7);
        expect(Math.abs(cb[k][1] - ca[k][1])).toBeLessThanOrEqual(2e-7);
      }
      expect(Math.abs(b.features[i].properties.lengthM - a.features[i].properties.lengthM)).toBeLessThan(0.01);
    }
  });

  it('--exclude-sites leaves a counter out and reports its prediction against its count', async () => {
    const outEx = join(work, 'albi-ex');
    const r = await cli(...albiArgs(outEx), '--exclude-sites', 'ALB04');
    expect(r.code, r.stderr).toBe(0);
    const calibration = await readJson(join(outEx, 'calibration.json'));
    expect(calibration.counters.map((c: { siteId: string }) => c.siteId)).not.toContain('ALB04');
    const ex = calibration.excluded.find((e: { siteId: string }) => e.siteId === 'ALB04');
    expect(ex.reason).toMatch(/excluded on request/);
    expect(ex.observedDaily).toBeGreaterThan(0);
    expect(ex.predictedDaily).toBeGreaterThan(0);
    // The same observed mean as when the counter is used.
    const full = await readJson(join(work, 'albi', 'calibration.json'));
    const used = full.counters.find((c: { siteId: string }) => c.siteId === 'ALB04');
    expect(ex.observedDaily).toBeCloseTo(used.observedDaily, 6);
  });
});

describe('gisement footfall --angular on worker threads', () => {
  // Needs the built CLI (`npm test` builds before testing): the worker script is compiled JS.
  it('writes the same outputs with 2 workers (built CLI) as in one thread', async () => {
    const one = await cli(...albiArgs(join(work, 'angular-one')), '--angular', '--workers', '0', '--quiet');
    expect(one.code, one.stderr).toBe(0);
    execFileSync('node', [
      join(repoRoot, 'packages/cli/dist/main.js'),
      ...albiArgs(join(work, 'angular-threads')),
      '--angular',
      '--workers',
      '2',
      '--quiet',
    ]);
    for (const name of ['footfall.geojson', 'calibration.json']) {
      const threads = await readFile(join(work, 'angular-threads', name), 'utf8');
      expect(threads).toBe(await readFile(join(work, 'angular-one', name), 'utf8'));
    }
    const footfall = await readJson(join(work, 'angular-one', 'footfall.geojson'));
    expect(
      footfall.features.some((f: { properties: { angularChoice1200: number } }) => f.properties.angularChoice1200 > 0),
    ).toBe(true);
  });

  it('refuses worker threads from TypeScript sources with a one-line reason', async () => {
    const { code, stderr } = await cli(
      ...albiArgs(join(work, 'angular-src')),
      '--angular',
      '--workers',
      '2',
      '--quiet',
    );
    expect(code).toBe(1);
    expect(stderr).toMatch(
      /^gisement footfall: worker script .*angularChoiceWorker\.js is not built \(run `pnpm build`, or use --workers 0\)\n$/,
    );
  });
});

describe('gisement footfall on the Sydney CBD', () => {
  it('runs on the City of Sydney counts and the OSM streets', async () => {
    const out = join(work, 'sydney');
    const r = await cli(
      'footfall',
      '--streets',
      sydney('sydneycbd_2023_streets.geojson'),
      '--counts',
      sydney('Walking_count_surveys.csv'),
      '--sites',
      sydney('walking_count_sites.geojson'),
      '--site-id-property',
      'Site_ID',
      '--pois',
      sydney('sydneycbd_2023_shops_food_poi.geojson'),
      '--years',
      '2013-2019',
      '--out',
      out,
    );
    expect(r.code, r.stderr).toBe(0);
    const calibration = await readJson(join(out, 'calibration.json'));
    // Same inputs and options as packages/footfall/src/pipeline/sydney.test.ts.
    expect(calibration.crossValidation.counterCount).toBeGreaterThan(20);
    expect(calibration.crossValidation.shareWithinFactor2Kriged).toBeGreaterThanOrEqual(0.7);
    expect(calibration.years).toEqual([2013, 2019]);
    // PROVENANCE.md: 120 sites; each is used or excluded with a reason.
    const ids = new Set([
      ...calibration.counters.map((c: { siteId: string }) => c.siteId),
      ...calibration.excluded.map((e: { siteId: string }) => e.siteId),
    ]);
    expect(ids.size).toBeGreaterThanOrEqual(120);
  });
});

describe('gisement footfall with bad input', () => {
  it('fails on malformed JSON with the file and line, one line, exit 1', async () => {
    const bad = join(work, 'bad.geojson');
    await writeFile(bad, '{"type": "FeatureCollection",\n "features": [\n  {"type": "Feature",, }\n]}\n');
    const r = await cli(
      'footfall',
      '--streets',
      bad,
      '--counts',
      albi('counts.csv'),
      '--sites',
      albi('counters.geojson'),
      '--out',
      join(work, 'bad'),
    );
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(
      new RegExp(`^gisement footfall: ${bad.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:3: invalid JSON`),
    );
    expect(r.stderr.trim().split('\n').pop()).toMatch(/^gisement footfall: /);
  });

  it('fails on a counts CSV without a recognised header, naming the file and line 1', async () => {
    const bad = join(work, 'bad.csv');
    await writeFile(bad, 'foo,bar\n1,2\n');
    const r = await cli(
      'footfall',
      '--streets',
      albi('streets.geojson'),
      '--counts',
      bad,
      '--sites',
      albi('counters.geojson'),
      '--out',
      join(work, 'bad'),
    );
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`${bad}:1:`);
  });

  it('refuses an unsupported CRS and missing options', async () => {
    const bad = join(work, 'crs.geojson');
    await writeFile(
      bad,
      JSON.stringify({
        type: 'FeatureCollection',
        crs: { type: 'name', properties: { name: 'EPSG:9999' } },
        features: [],
      }),
    );
    const r = await cli(
      'footfall',
      '--streets',
      bad,
      '--counts',
      albi('counts.csv'),
      '--sites',
      albi('counters.geojson'),
      '--out',
      join(work, 'bad'),
    );
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/9999/);
    const u = await cli('footfall', '--streets', albi('streets.geojson'), '--out', join(work, 'bad'));
    expect(u.code).toBe(2);
    expect(u.stderr).toMatch(/--counts/);
    const r2 = await cli(
      'footfall',
      '--streets',
      albi('streets.geojson'),
      '--counts',
      albi('counts.csv'),
      '--sites',
      albi('counters.geojson'),
      '--radii',
      '800,400',
      '--out',
      join(work, 'bad'),
    );
    expect(r2.code).toBe(2);
    expect(r2.stderr).toMatch(/--radii expects ascending/);
    const h = await cli('footfall', '--help');
    expect(h.code).toBe(0);
    expect(h.stdout).toMatch(/--exclude-sites/);
  });
});
