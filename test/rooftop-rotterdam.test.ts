/**
 * Roof planes on real data against 3DBAG: Rotterdam city centre, 1 m DSM (most probably AHN)
 * and 3DBAG footprints (`../shared/data/rotterdam-ahn-3dbag/`, see PROVENANCE.md there).
 * Per footprint, 3DBAG gives `b3_dak_type` (slanted | horizontal | multiple horizontal) and the
 * flat and sloped roof areas `b3_opp_dak_plat`, `b3_opp_dak_schuin` [m²] (3DBAG attribute
 * documentation, docs.3dbag.nl, "Attributes"). 3DBAG derives them from AHN5 (2023, per
 * `b3_pw_bron`) while the DSM's epoch is not stated, so a few roofs may have changed.
 *
 * Issue 4 targets: roof type (slanted vs horizontal, "multiple horizontal" counted as
 * horizontal) agrees for ≥ 90 % of the buildings inside the DSM; flat and sloped areas have a
 * median absolute relative error ≤ 15 % (over the buildings where 3DBAG's area is > 0).
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { type RoofSegmentationOptions, rasterizeFootprints, segmentRoofPlanes } from '@gisement/core';
import { readFootprints } from '@gisement/io';
import { readGeoTiffFile } from '@gisement/io/node';
import { describe, expect, it } from 'vitest';

const shared = (path: string) => fileURLToPath(new URL(`../../shared/${path}`, import.meta.url));

/**
 * Thresholds for a 1 m DSM of real LiDAR: the defaults suit 0.5 m grids with centimetre noise;
 * here a 3×3 window spans 3 m and heights carry ≈ 5–10 cm of noise (AHN: σ ≈ 5 cm), so planes
 * get 0.25 m, 15° and a 0.15 m local residual; roofs under 5° count as flat.
 */
const ONE_METRE_LIDAR: RoofSegmentationOptions = {
  maxPlaneDistanceM: 0.25,
  planarResidualM: 0.15,
  maxNormalAngleDeg: 15,
  flatPitchDeg: 5,
};
/** A roof is slanted when its sloped planes cover more than this share of its planes' area. */
const SLANTED_SHARE = 0.1;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

describe('roof planes of Rotterdam against 3DBAG', async () => {
  const dsm = await readGeoTiffFile(shared('data/rotterdam-ahn-3dbag/dsm_rotterdam.tif'));
  const fc = JSON.parse(readFileSync(shared('data/rotterdam-ahn-3dbag/buildings_3dbag_epsg28992.geojson'), 'utf8'));
  const { footprints, skipped } = readFootprints(fc, dsm, { idProperty: 'identificatie' });
  const buildingIds = new Int32Array(dsm.width * dsm.height);
  const cellAreaWeight = new Float32Array(dsm.width * dsm.height);
  const coverage = rasterizeFootprints(
    footprints.map((f) => f.rings),
    dsm.geo,
    dsm.width,
    dsm.height,
    buildingIds,
    cellAreaWeight,
  );
  const { planes } = segmentRoofPlanes({ dsm, buildingIds, cellAreaWeight }, ONE_METRE_LIDAR);
  const flatM2 = new Float64Array(footprints.length);
  const slopedM2 = new Float64Array(footprints.length);
  for (let p = 0; p < planes.count; p++) {
    const b = planes.buildingId[p] - 1;
    if (planes.isFlat[p]) flatM2[b] += planes.areaM2[p];
    else slopedM2[b] += planes.areaM2[p];
  }
  // Buildings wholly inside the DSM and not overlapping an earlier footprint.
  const inside = footprints
    .map((_, b) => b)
    .filter((b) => coverage.cellsOutsideGrid[b] === 0 && coverage.cellsOverlapped[b] === 0);
  let agree = 0;
  let slantedTruth = 0;
  const flatErrors: number[] = [];
  const slopedErrors: number[] = [];
  for (const b of inside) {
    const props = footprints[b].properties ?? {};
    const truthType = props.b3_dak_type === 'slanted' ? 'slanted' : 'horizontal';
    // A building with no roof plane (every cell an obstacle: a shed two cells wide, a roof
    // hidden by trees) has no roof type: it counts as a disagreement, never as horizontal.
    const roofM2 = flatM2[b] + slopedM2[b];
    const ours = roofM2 === 0 ? 'undetermined' : slopedM2[b] > SLANTED_SHARE * roofM2 ? 'slanted' : 'horizontal';
    if (ours === truthType) agree++;
    if (truthType === 'slanted') slantedTruth++;
    const flatTruth = props.b3_opp_dak_plat as number;
    const slopedTruth = props.b3_opp_dak_schuin as number;
    if (flatTruth > 0) flatErrors.push(Math.abs(flatM2[b] / flatTruth - 1));
    if (slopedTruth > 0) slopedErrors.push(Math.abs(slopedM2[b] / slopedTruth - 1));
  }

  it('returns every 3DBAG footprint or says why not (outside the grid)', () => {
    // PROVENANCE.md: 246 polygons; footprint extent 91751.6–92155.4 × 436930–437397.7 covers the
    // raster (91784–92127 × 436959–437348), so some lie partly or wholly outside.
    expect(footprints.length + skipped.length).toBe(246);
    expect(skipped.every((s) => s.reason === 'outside-grid')).toBe(true);
  });

  it('sloped roof areas: median absolute relative error ≤ 15 % (issue 4)', () => {
    expect(median(slopedErrors)).toBeLessThanOrEqual(0.15);
  });

  it('classifies roof types better than always answering the majority class', () => {
    const majority = Math.max(slantedTruth, inside.length - slantedTruth) / inside.length;
    expect(agree / inside.length).toBeGreaterThan(majority);
  });

  // Not asserted yet (issue 4 stays open): roof type vs b3_dak_type ≥ 90 % and flat areas
  // ≤ 15 % median error. Measured 2026-11-28 on the 213 buildings inside the DSM, with height
  // steps dissolved (segmentRoofPlanes step 4b): agreement 87.3 % (186; 13 undetermined, 93.0 %
  // of the 200 with a plane), sloped 10.7 % (n = 171), flat 39.3 % (n = 156); before step 4b
  // 85.9 %, 12.1 %, 43.5 %. Confusion table in packages/core/src/rooftop/README.md.
});
