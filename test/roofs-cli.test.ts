/**
 * `gisement roofs` on the sample town (`data-samples/albi/`: dsm.tif, dtm.tif, footprints in
 * WGS 84 and Lambert-93; analytic truth in truth.json). Clear sky, 16 horizon directions, one
 * thread. Module counts and usable areas of four roofs are checked against hand layouts from
 * the truth's footprints (comments), the rest for completeness and consistency; the
 * `--building-insights` documents against roofs.geojson and buildings.geojson of the same run.
 */
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BuildingInsights } from '@gisement/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from './fixtures/paths.js';
import { runCliCapture as cli } from './helpers/cliCapture.js';

const albi = (name: string) => join(repoRoot, 'data-samples/albi', name);
const FAST = ['--directions', '16', '--workers', '0', '--quiet'];
const PLANE_FIELDS = [
  'buildingId',
  'segmentId',
  'pitchDeg',
  'azimuthDeg',
  'areaM2',
  'groundAreaM2',
  'usableAreaM2',
  'irradiationKwhM2Yr',
  'sunshineQuantilesKwhKwp',
  'panelsCount',
  'kWp',
  'yieldKwhYr',
  'specificYieldKwhKwp',
  'class',
  'rank',
];

interface Feature {
  id: string;
  geometry: { type: string; coordinates: unknown } | null;
  properties: Record<string, unknown> & {
    buildingId: string;
    panelsCount: number;
    kWp: number;
    yieldKwhYr: number;
    usableAreaM2: number;
    azimuthDeg: number;
    rank: number;
    status: string;
    skipReason: string | null;
  };
}

async function features(dir: string, name: string): Promise<Feature[]> {
  return (JSON.parse(await readFile(join(dir, name), 'utf8')) as { features: Feature[] }).features;
}

let work: string;
beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'gisement-roofs-'));
});
afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

describe('gisement roofs on the sample town, footprints in WGS 84', () => {
  let out: string;
  let planes: Feature[];
  let buildings: Feature[];
  beforeAll(async () => {
    out = join(work, 'town');
    const run = await cli(
      'roofs',
      albi('dsm.tif'),
      '--buildings',
      albi('buildings.geojson'),
      '--out',
      out,
      '--building-insights',
      ...FAST,
    );
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    planes = await features(out, 'roofs.geojson');
    buildings = await features(out, 'buildings.geojson');
  });

  it('writes one building per input feature, in order, with its own properties', async () => {
    const input = JSON.parse(await readFile(albi('buildings.geojson'), 'utf8')) as { features: Feature[] };
    expect(buildings.map((b) => b.id)).toEqual(input.features.map((f) => f.id));
    for (const [i, b] of buildings.entries()) {
      expect(b.properties.status).toBe('analysed');
      expect(b.properties.roofType).toBe(input.features[i]?.properties.roofType);
      expect(b.geometry?.type).toBe('Polygon');
    }
  });

  it('writes the 35 roof planes of the truth with every field, in WGS 84', () => {
    expect(planes).toHaveLength(35);
    for (const p of planes) {
      for (const field of PLANE_FIELDS) expect(p.properties, `${p.id} ${field}`).toHaveProperty(field);
      expect(p.properties.sunshineQuantilesKwhKwp).toHaveLength(11);
      expect(p.geometry?.type).toBe('MultiPolygon');
      const polygons = (p.geometry as { coordinates: number[][][][] }).coordinates;
      const [lon, lat] = polygons[0]?.[0]?.[0] ?? [];
      expect(Math.abs((lon as number) - 2.1445)).toBeLessThan(0.01);
      expect(Math.abs((lat as number) - 43.927)).toBeLessThan(0.01);
    }
  });

  it('lays out the modules of four roofs as counted by hand', () => {
    const south = (id: string) =>
      planes.find((p) => p.properties.buildingId === id && Math.abs(p.properties.azimuthDeg - 180) < 5) as Feature;
    const flat = (id: string) => planes.find((p) => p.properties.buildingId === id) as Feature;
    // B01 south face: 14 m × 4.5 m ground, 30°; the 0.5 m setback removes one ring of 0.5 m cells:
    // 26 × 7 cells = 45.5 m² ground, 52.54 m² inclined; 13 m × 3.5/cos 30° = 4.041 m: portrait
    // ⌊13/1.134⌋·⌊4.041/1.722⌋ = 11·2 = 22 > landscape 7·3 = 21.
    expect(south('B01').properties.usableAreaM2).toBeCloseTo(45.5 / Math.cos(Math.PI / 6), 2);
    expect(south('B01').properties.panelsCount).toBe(22);
    // B11 shed, 12 m × 6 m at 10° south: 22 × 10 cells = 55 m² ground; 11 m × 5/cos 10° = 5.077 m:
    // landscape ⌊11/1.722⌋·⌊5.077/1.134⌋ = 6·4 = 24 > portrait 9·2 = 18.
    expect(south('B11').properties.usableAreaM2).toBeCloseTo(55 / Math.cos(Math.PI / 18), 2);
    expect(south('B11').properties.panelsCount).toBe(24);
    // B04 flat, 24 m × 14 m → 23 m × 13 m usable; rows tilted 15° south, winter-noon sun
    // 90 − 43.93 − 23.44 = 22.63°: portrait depth 1.6633 m, pitch 2.7324 m → 5 rows × ⌊23/1.134⌋ =
    // 20 → 100 > landscape 7 rows × 13 = 91.
    expect(flat('B04').properties.usableAreaM2).toBe(299);
    expect(flat('B04').properties.panelsCount).toBe(100);
    // B17 flat, 8 m × 6 m → 7 m × 5 m: portrait 2 rows × 6 = 12, landscape 3 rows × 4 = 12.
    expect(flat('B17').properties.panelsCount).toBe(12);
  });

  it('excludes the north faces, and south faces out-yield east and west ones', () => {
    for (const p of planes) {
      const a = p.properties.azimuthDeg;
      const fromNorth = Math.min(a, 360 - a);
      if ((p.properties.pitchDeg as number) > 3 && fromNorth < 40) {
        expect(p.properties.exclusion, p.id).toBe('northFacing');
        expect(p.properties.panelsCount, p.id).toBe(0);
      }
    }
    const specific = (id: string, azimuth: number) =>
      planes.find((p) => p.properties.buildingId === id && Math.abs(p.properties.azimuthDeg - azimuth) < 5)?.properties
        .specificYieldKwhKwp as number;
    expect(specific('B18', 180)).toBeGreaterThan(specific('B18', 90) * 1.2);
    expect(specific('B18', 180)).toBeGreaterThan(specific('B18', 270) * 1.2);
  });

  it('keeps totals, kWp and ranking consistent', async () => {
    for (const b of buildings) {
      const own = planes.filter((p) => p.properties.buildingId === b.id);
      const kWp = own.reduce((s, p) => s + p.properties.kWp, 0);
      expect(b.properties.kWp).toBeCloseTo(kWp, 6);
      expect(b.properties.panelsCount).toBe(own.reduce((s, p) => s + p.properties.panelsCount, 0));
      for (const p of own) expect(p.properties.kWp).toBeCloseTo(p.properties.panelsCount * 0.425, 9);
      // ≤ 9 kWp: 2.6 €/Wp (FRANCE_ECONOMICS_DEFAULTS).
      if (kWp > 0 && kWp <= 9) expect(b.properties.investmentEur).toBe(Math.round(2600 * kWp));
      // Premium 80 / 160 / 80 €/kWp ≤ 9 / ≤ 36 / ≤ 100 kWp (FRANCE_ECONOMICS_DEFAULTS, Q4 2025).
      if (kWp > 0) {
        const premium = kWp <= 9 ? 80 : kWp <= 36 ? 160 : kWp <= 100 ? 80 : 0;
        expect(b.properties.investmentPremiumEur).toBe(Math.round(premium * kWp));
      }
    }
    const csv = (await readFile(join(out, 'ranking.csv'), 'utf8')).trim().split('\n');
    const ranked = buildings.filter((b) => b.properties.kWp > 0);
    expect(csv).toHaveLength(1 + ranked.length);
    const yields = csv.slice(1).map((line) => Number(line.split(',')[5]));
    for (let i = 1; i < yields.length; i++) expect(yields[i]).toBeLessThanOrEqual(yields[i - 1] as number);
    const summary = JSON.parse(await readFile(join(out, 'summary.json'), 'utf8'));
    expect(summary.totals.buildingsInput).toBe(18);
    expect(summary.totals.panelsCount).toBe(planes.reduce((s, p) => s + p.properties.panelsCount, 0));
    expect(summary.parameters.economics.sources.surplusTariffEurPerKwh).toMatch(/EDF OA/);
    expect(summary.parameters.co2Source).toMatch(/^0\.0217 kg CO2e\/kWh: .*RTE/);
    // The sample town's heights are sampled in register with its footprints: no side of them
    // reads low more than its opposite (rooftop README, "mixed edge cells"), nothing left out.
    expect(summary.mixedEdges.sides.map((e: { mixed: boolean }) => e.mixed)).toEqual([false, false, false, false]);
    expect(summary.mixedEdges.cellsLeftOut).toBe(0);
    expect(summary.parameters.segmentation.mixedEdgeMinZ).toBe(3.29);
  });

  it('writes a buildingInsights document per building that agrees with roofs.geojson', async () => {
    const summary = JSON.parse(await readFile(join(out, 'summary.json'), 'utf8'));
    expect(summary.buildingInsights).toMatchObject({ directory: 'building-insights', written: 18, skipped: [] });
    for (const b of buildings) {
      const doc = JSON.parse(
        await readFile(join(out, 'building-insights', `${b.id}.json`), 'utf8'),
      ) as BuildingInsights;
      const sp = doc.solarPotential;
      const own = planes.filter((p) => p.properties.buildingId === b.id);
      expect(doc.name).toBe(`buildings/${b.id}`);
      // same segments, in segment-id order (segment i = plane P(i + 1)), same geometry
      expect(sp.roofSegmentStats).toHaveLength(own.length);
      sp.roofSegmentStats.forEach((s, i) => {
        const p = own[i]?.properties as Feature['properties'];
        expect(own[i]?.id).toBe(`${b.id}-P${i + 1}`);
        // roofs.geojson rounds angles and areas to 2 decimals, the document to 7
        expect(s.pitchDegrees).toBeCloseTo(p.pitchDeg as number, 2);
        expect(s.azimuthDegrees).toBeCloseTo(p.azimuthDeg, 2);
        expect(s.stats.areaMeters2).toBeCloseTo(p.areaM2 as number, 2);
        expect(s.stats.groundAreaMeters2).toBeCloseTo(p.groundAreaM2 as number, 2);
        expect(s.stats.sunshineQuantiles).toHaveLength(11);
        expect(s.stats.sunshineQuantiles?.[10]).toBeLessThanOrEqual(sp.maxSunshineHoursPerYear as number);
        for (const corner of [s.boundingBox.sw, s.boundingBox.ne]) {
          expect(corner.latitude).toBeGreaterThanOrEqual(doc.boundingBox.sw.latitude);
          expect(corner.longitude).toBeLessThanOrEqual(doc.boundingBox.ne.longitude);
        }
      });
      // same modules and kWp (0.425 kWp per module, DEFAULT_MODULE)
      expect(sp.maxArrayPanelsCount).toBe(b.properties.panelsCount);
      expect((sp.maxArrayPanelsCount * sp.panelCapacityWatts) / 1000).toBeCloseTo(b.properties.kWp, 6);
      expect(sp.carbonOffsetFactorKgPerMwh).toBeCloseTo(1000 * summary.parameters.co2KgPerKwh, 6);
      // the footprint (buildings.geojson) and the box of its cells agree within a cell (0.5 m ≈ 6e-6°)
      const ring = (b.geometry as { coordinates: number[][][] }).coordinates[0] as number[][];
      const lats = ring.map((c) => c[1] as number);
      const lons = ring.map((c) => c[0] as number);
      expect(Math.abs(doc.boundingBox.sw.latitude - Math.min(...lats))).toBeLessThan(6e-6);
      expect(Math.abs(doc.boundingBox.ne.longitude - Math.max(...lons))).toBeLessThan(1e-5);
      const configs = sp.solarPanelConfigs ?? [];
      if (sp.maxArrayPanelsCount < 4) {
        expect(sp.solarPanelConfigs).toBeUndefined();
        continue;
      }
      expect(configs.map((c) => c.panelsCount)).toEqual(
        Array.from({ length: sp.maxArrayPanelsCount - 3 }, (_, i) => i + 4),
      );
      // the full configuration: every plane's modules, DC energy = kWp × sunshine hours on the
      // modules; on a pitched plane that is its irradiation (roofs.geojson, 0.1 kWh/m² steps; the
      // sum of 12 Float32 months differs by < 0.05 here), and our AC yield is that DC energy less
      // the PVWatts losses: (1 − 11.42 %) × η_inv 0.96 = 0.85 before temperature and glazing
      // losses (PV_SYSTEM_DEFAULTS), measured 0.746–0.790 on this town
      const full = configs[configs.length - 1] as NonNullable<
        BuildingInsights['solarPotential']['solarPanelConfigs']
      >[number];
      for (const r of full.roofSegmentSummaries) {
        const p = own[r.segmentIndex]?.properties as Feature['properties'];
        expect(r.panelsCount).toBe(p.panelsCount);
        const sunHours = r.yearlyEnergyDcKwh / p.kWp;
        if ((p.pitchDeg as number) > 3) expect(sunHours).toBeCloseTo(p.irradiationKwhM2Yr as number, 0);
        const performanceRatio = p.yieldKwhYr / r.yearlyEnergyDcKwh;
        expect(performanceRatio).toBeGreaterThan(0.7);
        expect(performanceRatio).toBeLessThan(0.85);
      }
    }
  });
});

describe('gisement roofs: bad footprints are reported, not lost', () => {
  it('gives every feature a status and a reason and succeeds for the valid ones', async () => {
    const lambert = JSON.parse(await readFile(albi('buildings_2154.geojson'), 'utf8'));
    const b01 = lambert.features[0];
    const square = (x: number, y: number, size: number) => [
      [
        [x, y],
        [x + size, y],
        [x + size, y + size],
        [x, y + size],
        [x, y],
      ],
    ];
    lambert.features = [
      b01,
      { ...b01 }, // duplicate id: renamed B01#2, all its cells already taken by B01
      {
        type: 'Feature',
        id: 'FAR',
        properties: { note: 'far away' },
        geometry: { type: 'Polygon', coordinates: square(640000, 6300000, 10) },
      },
      { type: 'Feature', id: 'EMPTY', properties: {}, geometry: { type: 'Polygon', coordinates: [] } },
      {
        type: 'Feature',
        id: 'BOWTIE',
        properties: {},
        geometry: {
          type: 'Polygon',
          coordinates: [
            [
              [631300, 6314600],
              [631310, 6314610],
              [631310, 6314600],
              [631300, 6314610],
              [631300, 6314600],
            ],
          ],
        },
      },
      { type: 'Feature', id: 'POINT', properties: {}, geometry: { type: 'Point', coordinates: [631300, 6314600] } },
      // Straddles the west edge of the DSM (x = 631200): half of it is off the grid.
      {
        type: 'Feature',
        id: 'EDGE',
        properties: {},
        geometry: { type: 'Polygon', coordinates: square(631195, 6314600, 10) },
      },
    ];
    const file = join(work, 'bad.geojson');
    await writeFile(file, JSON.stringify(lambert));
    const out = join(work, 'bad');
    const run = await cli('roofs', albi('dsm.tif'), '--buildings', file, '--out', out, '--building-insights', ...FAST);
    expect(run.code).toBe(0);
    expect(run.stderr).toMatch(/building EDGE: 50 % of its footprint is off the DSM/);
    const buildings = await features(out, 'buildings.geojson');
    const byId = Object.fromEntries(buildings.map((b) => [b.id, b.properties]));
    expect(buildings.map((b) => b.id)).toEqual(['B01', 'B01#2', 'FAR', 'EMPTY', 'BOWTIE', 'POINT', 'EDGE']);
    expect(byId.B01?.status).toBe('analysed');
    expect(byId.EDGE?.status).toBe('analysed');
    expect(byId['B01#2']?.skipReason).toMatch(/^no-cell-on-grid/);
    expect(byId.FAR?.skipReason).toMatch(/^outside-grid/);
    expect(byId.FAR?.note).toBe('far away');
    expect(byId.EMPTY?.skipReason).toMatch(/^empty-geometry/);
    expect(byId.BOWTIE?.skipReason).toMatch(/^self-intersecting-ring/);
    expect(byId.POINT?.skipReason).toMatch(/^unsupported-geometry/);
    for (const id of ['B01#2', 'FAR', 'EMPTY', 'BOWTIE', 'POINT']) expect(byId[id]?.status).toBe('skipped');
    const planes = await features(out, 'roofs.geojson');
    expect(new Set(planes.map((p) => p.properties.buildingId))).toEqual(new Set(['B01', 'EDGE']));
    expect((await readdir(join(out, 'building-insights'))).sort()).toEqual(['B01.json', 'EDGE.json']);
    const summary = JSON.parse(await readFile(join(out, 'summary.json'), 'utf8'));
    expect(summary.buildingInsights.skipped.map((s: { buildingId: string }) => s.buildingId)).toEqual([
      'B01#2',
      'FAR',
      'EMPTY',
      'BOWTIE',
      'POINT',
    ]);
  });
});

describe('gisement roofs without footprints (DSM − DTM)', () => {
  it('detects the 18 buildings and analyses their roofs', async () => {
    const out = join(work, 'detected');
    const run = await cli('roofs', albi('dsm.tif'), '--dtm', albi('dtm.tif'), '--out', out, ...FAST);
    expect(run.code).toBe(0);
    const buildings = await features(out, 'buildings.geojson');
    expect(buildings).toHaveLength(18);
    expect(buildings.every((b) => b.properties.status === 'analysed')).toBe(true);
    expect((await features(out, 'roofs.geojson')).length).toBe(35);
  });
  it('takes the detection and segmentation thresholds from --config', async () => {
    // No building of the sample reaches 10⁶ m² (truth.json: the largest footprint is < 1000 m²),
    // and no roof plane reaches 10⁶ m² either: the thresholds must reach both steps.
    const config = join(work, 'thresholds.json');
    await writeFile(config, JSON.stringify({ detection: { minBuildingAreaM2: 1e6 } }));
    const none = join(work, 'none-detected');
    const run = await cli(
      'roofs',
      albi('dsm.tif'),
      '--dtm',
      albi('dtm.tif'),
      '--config',
      config,
      '--out',
      none,
      ...FAST,
    );
    expect(run.code).toBe(0);
    expect(await features(none, 'buildings.geojson')).toHaveLength(0);
    const summary = JSON.parse(await readFile(join(none, 'summary.json'), 'utf8'));
    expect(summary.parameters.detection.minBuildingAreaM2).toBe(1e6);
    await writeFile(config, JSON.stringify({ segmentation: { minPlaneAreaM2: 1e6 } }));
    const planeless = join(work, 'no-planes');
    const run2 = await cli(
      'roofs',
      albi('dsm.tif'),
      '--buildings',
      albi('buildings.geojson'),
      '--config',
      config,
      '--out',
      planeless,
      ...FAST,
    );
    expect(run2.code).toBe(0);
    expect(await features(planeless, 'roofs.geojson')).toHaveLength(0);
    await writeFile(config, JSON.stringify({ segmentation: { maxNormalAngleDeg: 95 } }));
    const bad = await cli(
      'roofs',
      albi('dsm.tif'),
      '--dtm',
      albi('dtm.tif'),
      '--config',
      config,
      '--out',
      join(work, 'x'),
      ...FAST,
    );
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/"segmentation.maxNormalAngleDeg" must be below 90°, got 95/);
  });
  it('refuses to run without footprints or DTM, and names an unknown config key', async () => {
    const none = await cli('roofs', albi('dsm.tif'), '--out', join(work, 'none'), ...FAST);
    expect(none.code).toBe(2);
    const config = join(work, 'config.json');
    await writeFile(config, JSON.stringify({ pv: { gamma: -0.004 } }));
    const bad = await cli(
      'roofs',
      albi('dsm.tif'),
      '--dtm',
      albi('dtm.tif'),
      '--config',
      config,
      '--out',
      join(work, 'c'),
      ...FAST,
    );
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/unknown parameter "pv.gamma"/);
  });
});
