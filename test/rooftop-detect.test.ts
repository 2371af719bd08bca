/**
 * Buildings without footprints (DSM − DTM, planarity), on the sample town's analytic truth
 * (`data-samples/albi/truth.json`: 18 buildings with footprint rings, 11 tree crowns — T01 and
 * T02 overhang B01 and B06) and, as a report, on the Montpellier IGN LiDAR HD mosaic
 * (`../shared/data/montpellier-lidarhd/`, no footprints exist for it).
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { detectBuildings, rasterizeFootprints } from '@gisement/core';
import { readGeoTiffFile } from '@gisement/io/node';
import { describe, expect, it } from 'vitest';

const albi = (name: string) => fileURLToPath(new URL(`../data-samples/albi/${name}`, import.meta.url));
const shared = (path: string) => fileURLToPath(new URL(`../../shared/${path}`, import.meta.url));

interface Truth {
  buildings: { id: string; ring: [number, number][]; footprintAreaM2: number }[];
  trees: { id: string; x: number; y: number; crownRadiusM: number }[];
}

describe('detectBuildings on the sample town', async () => {
  const truth = JSON.parse(readFileSync(albi('truth.json'), 'utf8')) as Truth;
  const dsm = await readGeoTiffFile(albi('dsm.tif'));
  const dtm = await readGeoTiffFile(albi('dtm.tif'));
  const found = detectBuildings(dsm, dtm);
  const footprintOf = new Int32Array(dsm.width * dsm.height);
  rasterizeFootprints(
    truth.buildings.map((b) => [new Float64Array(b.ring.flat())]),
    dsm.geo,
    dsm.width,
    dsm.height,
    footprintOf,
  );

  it('finds each of the 18 buildings as one building, and no tree', () => {
    expect(found.count).toBe(truth.buildings.length);
    const matched = new Set<number>();
    for (let b = 0; b < truth.buildings.length; b++) {
      const hits = new Map<number, number>();
      let cells = 0;
      for (let k = 0; k < footprintOf.length; k++) {
        if (footprintOf[k] !== b + 1) continue;
        cells++;
        const id = found.buildingIds[k];
        if (id > 0) hits.set(id, (hits.get(id) ?? 0) + 1);
      }
      // One detection covers the footprint; ≥ 95 %: T01 hides 4.4 % of B01's roof.
      expect(hits.size, truth.buildings[b].id).toBe(1);
      const [[id, covered]] = [...hits.entries()];
      expect(covered / cells, truth.buildings[b].id).toBeGreaterThan(0.95);
      // … and lies inside it (no ground, wall or crown cells outside the footprint).
      expect(found.areaM2[id - 1], truth.buildings[b].id).toBeCloseTo(covered * 0.25, 9);
      matched.add(id);
    }
    expect(matched.size).toBe(truth.buildings.length);
    for (const t of truth.trees) {
      const col = Math.floor((t.x - dsm.geo.originX) / dsm.geo.cellSizeX);
      const row = Math.floor((dsm.geo.originY - t.y) / dsm.geo.cellSizeY);
      expect(found.buildingIds[row * dsm.width + col], t.id).toBe(0);
    }
  });
});

describe('detectBuildings on Montpellier LiDAR HD', async () => {
  const dsm = await readGeoTiffFile(shared('data/montpellier-lidarhd/montpellier_DSM_0m50_mosaic.tif'));
  const dtm = await readGeoTiffFile(shared('data/montpellier-lidarhd/montpellier_DTM_0m50_mosaic.tif'));
  it('outlines each building exactly along its cells (no simplification)', () => {
    const found = detectBuildings(dsm, dtm, { simplifyToleranceM: 0 });
    expect(found.count).toBeGreaterThan(0);
    for (let b = 0; b < found.count; b++) {
      let area = 0;
      for (const polygon of found.polygons[b]) {
        area += ringArea(polygon.outer);
        for (const hole of polygon.holes) area -= ringArea(hole);
      }
      expect(area).toBeCloseTo(found.areaM2[b], 6);
    }
  });
});

function ringArea(ring: Float64Array): number {
  let a2 = 0;
  for (let i = 0; i + 3 < ring.length; i += 2) a2 += ring[i] * ring[i + 3] - ring[i + 2] * ring[i + 1];
  return Math.abs(a2) / 2;
}
