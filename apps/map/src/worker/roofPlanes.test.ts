import { readFileSync } from 'node:fs';
import { DEFAULT_MODULE, IRRADIATION_CLASSES, rankByCriterion } from '@gisement/core';
import { readGeoTiff, readRoofsConfig } from '@gisement/io';
import { beforeAll, describe, expect, it } from 'vitest';
import { footprintRingsLonLat, parseFootprints } from '../data/footprints.js';
import { DEFAULT_ROOF_CLASSES } from '../data/roofClassList.js';
import { buildingLabel } from '../data/townData.js';
import type { TerrainLayers } from './protocol.js';
import { terrainLayers } from './terrainLayers.js';

const dir = new URL('../../../../data-samples/albi/', import.meta.url);

describe('roofPlanes of the sample town (through terrainLayers)', () => {
  let layers: TerrainLayers;
  let labels: string[];
  beforeAll(async () => {
    const bytes = readFileSync(new URL('dsm.tif', dir));
    const dsm = await readGeoTiff(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
    const footprints = parseFootprints(readFileSync(new URL('buildings.geojson', dir), 'utf8'), 'buildings.geojson');
    labels = footprints.features.map((f, i) => buildingLabel(f, i));
    layers = terrainLayers(
      { ...dsm, geo: { ...dsm.geo, epsg: dsm.geo.epsg as number } },
      { azimuthDeg: 315, altitudeDeg: 45 },
      footprintRingsLonLat(footprints),
      () => {},
    );
  }, 60_000);

  /** The planes of a building facing within 5° of an azimuth (any when flat). */
  const planesOf = (label: string, azimuthDeg: number | null) => {
    const r = layers.roofs;
    const b = labels.indexOf(label);
    return Array.from({ length: r.count }, (_, k) => k).filter(
      (k) =>
        r.building[k] === b &&
        (azimuthDeg === null || Math.abs(((r.azimuthDeg[k] - azimuthDeg + 540) % 360) - 180) < 5),
    );
  };

  it('lays out the modules as counted by hand in test/roofs-cli.test.ts', () => {
    const r = layers.roofs;
    // test/roofs-cli.test.ts lines 102–106: B01 south face 22 modules; 108–110: B11 24; 111–114: B04 100; 116: B17 12.
    const counts = { B01: [180, 22], B11: [180, 24], B04: [null, 100], B17: [null, 12] } as const;
    for (const [label, [azimuth, panels]] of Object.entries(counts)) {
      const [k] = planesOf(label, azimuth);
      expect(r.panels[k], label).toBe(panels);
      expect(r.kWp[k], label).toBeCloseTo((panels * DEFAULT_MODULE.powerWp) / 1000, 3);
      expect(r.yieldKwhYr[k], label).toBeGreaterThan(0);
      expect(r.paybackYears[k], label).toBeGreaterThan(0);
    }
  });

  it('gives every plane of a building to that building, the building the sum of their kWp', () => {
    const r = layers.roofs;
    const sums = new Float64Array(labels.length);
    for (let k = 0; k < r.count; k++) sums[r.building[k]] += r.kWp[k];
    for (const [b, sum] of sums.entries()) expect(r.buildingKwp[b]).toBeCloseTo(sum, 3);
    const panels = new Int32Array(labels.length);
    const yields = new Float64Array(labels.length);
    const co2 = new Float64Array(labels.length);
    for (let k = 0; k < r.count; k++) {
      panels[r.building[k]] += r.panels[k];
      yields[r.building[k]] += r.yieldKwhYr[k];
      co2[r.building[k]] += r.co2AvoidedKgYr[k];
    }
    expect(Array.from(r.buildingPanels)).toEqual(Array.from(panels));
    for (const [b, sum] of yields.entries()) expect(r.buildingYieldKwhYr[b]).toBeCloseTo(sum, 0);
    for (const [b, sum] of co2.entries()) expect(r.buildingCo2AvoidedKgYr[b]).toBeCloseTo(sum, 1);
    // The monthly production of a building adds up to its annual yield (float32 sums: 0.05 %).
    for (const [b, annual] of r.buildingYieldKwhYr.entries()) {
      const months = r.buildingMonthlyYieldKwh.subarray(12 * b, 12 * b + 12);
      const total = months.reduce((sum, kwh) => sum + kwh, 0);
      expect(Math.abs(total - annual)).toBeLessThanOrEqual(5e-4 * annual + 1e-3);
      if (annual > 0) expect(months[5]).toBeGreaterThan(months[11]); // June above December at 44° N
    }
    // B01 has modules, so a finite payback; a building without modules has none.
    expect(Number.isFinite(r.buildingPaybackYears[labels.indexOf('B01')])).toBe(true);
    // data-samples/albi/truth.json: 35 planes on 18 buildings (packages/core/src/rooftop/README.md "Measured").
    expect(r.count).toBe(35);
    expect(r.outlinesLonLat).toHaveLength(35);
  });

  it('classes a north face below its building’s south face (B01, 30° pitch)', () => {
    const r = layers.roofs;
    const [south] = planesOf('B01', 180);
    const [north] = planesOf('B01', 0);
    expect(r.classIndex[south]).toBeGreaterThan(r.classIndex[north]);
    expect(r.panels[north]).toBe(0);
    expect(IRRADIATION_CLASSES[r.buildingClassIndex[labels.indexOf('B01')]]).toBeDefined();
  });

  it('returns the default classes and ranks the buildings by annual yield (defaultRoofsConfig)', () => {
    const r = layers.roofs;
    expect(r.classes).toEqual(DEFAULT_ROOF_CLASSES);
    expect(r.criterion).toBe('yield');
    expect(Array.from(r.buildingRank)).toEqual(
      Array.from(rankByCriterion(r.buildingKwp, r.buildingYieldKwhYr, r.buildingPaybackYears, 'yield')),
    );
    const best = r.buildingRank.indexOf(1);
    expect(r.buildingYieldKwhYr[best]).toBe(Math.max(...r.buildingYieldKwhYr));
  });
});

describe('roofPlanes of the sample town with its DTM, or with roof parameters', () => {
  const read = async (name: string) => {
    const bytes = readFileSync(new URL(name, dir));
    const grid = await readGeoTiff(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
    return { ...grid, geo: { ...grid.geo, epsg: grid.geo.epsg as number } };
  };
  const light = { azimuthDeg: 315, altitudeDeg: 45 };

  it('detects the buildings on DSM − DTM when there is no footprint (gisement roofs --dtm)', async () => {
    const layers = terrainLayers(await read('dsm.tif'), light, [], () => {}, {
      dtm: await read('dtm.tif'),
      weather: null,
      roofs: null,
    });
    // data-samples/albi/truth.json: 18 buildings, all found by detectBuildings (test/rooftop-detect.test.ts).
    expect(layers.detected?.outlinesLonLat).toHaveLength(18);
    expect(layers.buildingAreaM2).toHaveLength(18);
    expect(layers.roofs.buildingKwp).toHaveLength(18);
    expect(layers.roofs.count).toBeGreaterThanOrEqual(18);
    expect(Array.from(layers.roofs.building).every((b) => b >= 0 && b < 18)).toBe(true);
  }, 60_000);

  it('lays B04’s flat roof out flush when the parameters say so', async () => {
    const footprints = parseFootprints(readFileSync(new URL('buildings.geojson', dir), 'utf8'), 'buildings.geojson');
    const b04 = footprints.features.findIndex((f, i) => buildingLabel(f, i) === 'B04');
    const roofs = readRoofsConfig('{"layout":{"flatMounting":"flush"}}', 'roofs.json');
    const layers = terrainLayers(await read('dsm.tif'), light, footprintRingsLonLat(footprints), () => {}, {
      dtm: null,
      weather: null,
      roofs,
    });
    // In tilted rows B04 holds 100 modules (test/roofs-cli.test.ts lines 122–124); flush on the
    // same 23 m × 13 m usable area no row spacing is lost: ⌊23/1.134⌋ × ⌊13/1.722⌋ = 20 × 7 =
    // 140 in portrait, at least that many.
    expect(layers.roofs.buildingPanels[b04]).toBeGreaterThanOrEqual(140);
  }, 60_000);

  it('classes and ranks with a roofs config’s own classes and criterion', async () => {
    const footprints = parseFootprints(readFileSync(new URL('buildings.geojson', dir), 'utf8'), 'buildings.geojson');
    const classes = [
      { name: 'bas', minValue: 800 },
      { name: 'moyen', minValue: 1100 },
      { name: 'haut<script>', minValue: 1300 },
    ];
    const roofs = readRoofsConfig(JSON.stringify({ classes, ranking: { criterion: 'payback' } }), 'roofs.json');
    const r = terrainLayers(await read('dsm.tif'), light, footprintRingsLonLat(footprints), () => {}, {
      dtm: null,
      weather: null,
      roofs,
    }).roofs;
    expect(r.classes).toEqual({ quantity: 'irradiationKwhM2Yr', classes });
    expect(r.criterion).toBe('payback');
    // Each classed building's class is the last one its usable-area-weighted irradiation reaches
    // (suitabilityClass); the sample's south faces are above 1300 kWh/m²/yr (its B01 panel, 1500–2200).
    const indices = Array.from(r.buildingClassIndex);
    expect(indices.every((i) => i >= -1 && i <= 2)).toBe(true);
    expect(indices).toContain(2);
    expect(Array.from(r.buildingRank)).toEqual(
      Array.from(rankByCriterion(r.buildingKwp, r.buildingYieldKwhYr, r.buildingPaybackYears, 'payback')),
    );
    const best = r.buildingRank.indexOf(1);
    const paybacks = Array.from(r.buildingPaybackYears).filter((v, b) => r.buildingKwp[b] > 0 && Number.isFinite(v));
    expect(r.buildingPaybackYears[best]).toBe(Math.min(...paybacks));
  }, 60_000);
});
