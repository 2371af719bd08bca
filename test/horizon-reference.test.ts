/**
 * Horizons and sky view factor of @gisement/core:
 * - `horizonAngles` (hull sweep) against the brute-force ray march of helpers/horizonBruteForce.ts,
 *   which visits the same samples one by one: they must agree to one float32 step (1e-5°) on
 *   random terrain and on the synthetic scene (../shared/reference/synthetic).
 * - `skyViewFactor` of horizontal surfaces against GRASS r.horizon + r.mapcalc
 *   `grass_svf_cos2.tif` = mean cos²(max(h, 0)) over 36 directions at unlimited distance
 *   (../shared/reference/README.md). The tools sample rays differently (ours interpolates the
 *   first 8 steps across the ray, see horizonAngles), so the bounds below sit just above the
 *   agreement measured against the GRASS 8.2.1 references (montpellier: mean |Δ| 0.018, p95
 *   0.058; rotterdam: 0.0062, 0.023): they guard against regressions, not a model error.
 */
import { fileURLToPath } from 'node:url';
import { type Grid, horizonAngles, skyViewFactor } from '@gisement/core';
import { readGeoTiffFile } from '@gisement/io/node';
import { describe, expect, it } from 'vitest';
import { horizonAnglesBruteForce } from './helpers/horizonBruteForce.js';

const shared = (path: string) => fileURLToPath(new URL(`../../shared/${path}`, import.meta.url));

/** Deterministic pseudo-random numbers in [0, 1) (mulberry32). */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Rolling ground with box "buildings", spikes and nodata holes. */
function randomTerrain(width: number, height: number, seed: number): Grid {
  const rnd = random(seed);
  const data = new Float32Array(width * height);
  for (let row = 0; row < height; row++) {
    for (let col = 0; col < width; col++) {
      data[row * width + col] = 50 + 3 * Math.sin(row * 0.21) * Math.cos(col * 0.17) + rnd();
    }
  }
  for (let b = 0; b < 12; b++) {
    const r0 = Math.floor(rnd() * height);
    const c0 = Math.floor(rnd() * width);
    const h = 2 + 20 * rnd();
    for (let row = r0; row < Math.min(height, r0 + 4); row++) {
      for (let col = c0; col < Math.min(width, c0 + 5); col++) data[row * width + col] += h;
    }
  }
  for (let k = 0; k < 25; k++) data[Math.floor(rnd() * data.length)] = Number.NaN;
  return { data, width, height };
}

function fast(dsm: Grid, x: number, y: number, directions: number, maxDistanceM: number) {
  const out = new Float32Array(directions * dsm.width * dsm.height);
  horizonAngles(dsm, { cellSizeXM: x, cellSizeYM: y }, { directions, maxDistanceM }, out);
  return out;
}

/** Largest |a − b| over cells valid in both; counts cells valid in only one as mismatches. */
function compare(a: Float32Array, b: Float32Array) {
  let max = 0;
  let nanMismatch = 0;
  for (let k = 0; k < a.length; k++) {
    if (Number.isNaN(a[k]) !== Number.isNaN(b[k])) nanMismatch++;
    else if (!Number.isNaN(a[k])) max = Math.max(max, Math.abs(a[k] - b[k]));
  }
  return { max, nanMismatch };
}

describe('horizonAngles equals the brute-force ray march on the same samples', () => {
  // Same samples, same float64 arithmetic for the winning sample: only a rounding tie between
  // two samples could differ, below one float32 step of the output (7.6e-6° at 90°).
  const cases: Array<[string, number, number, number, number, number]> = [
    // name, width, height, cellSizeXM, cellSizeYM, maxDistanceM
    ['short reach (many hull blocks)', 41, 29, 0.5, 0.5, 6.3],
    ['medium reach', 41, 29, 0.5, 0.5, 11],
    ['unlimited reach', 41, 29, 0.5, 0.5, 1000],
    ['rectangular cells', 33, 37, 1, 0.5, 9],
  ];
  it.each(cases)('on random terrain: %s', (_name, width, height, x, y, maxDistanceM) => {
    const dsm = randomTerrain(width, height, width * 7 + height);
    const expected = horizonAnglesBruteForce(dsm, x, y, 36, maxDistanceM);
    const result = compare(fast(dsm, x, y, 36, maxDistanceM), expected);
    expect(result.nanMismatch).toBe(0);
    expect(result.max).toBeLessThanOrEqual(1e-5);
  });

  it('on random terrain cut from a mosaic (originCell)', () => {
    const dsm = randomTerrain(37, 31, 5);
    const originCell = { col: 1003, row: 77 };
    const expected = horizonAnglesBruteForce(dsm, 0.5, 0.5, 36, 9, originCell);
    const out = new Float32Array(expected.length);
    horizonAngles(dsm, { cellSizeXM: 0.5, cellSizeYM: 0.5 }, { directions: 36, maxDistanceM: 9, originCell }, out);
    const result = compare(out, expected);
    expect(result.nanMismatch).toBe(0);
    expect(result.max).toBeLessThanOrEqual(1e-5);
  });

  it('on the synthetic scene (tower D, low roof E, shed F)', async () => {
    const dsm = await readGeoTiffFile(shared('reference/synthetic/synth_dsm.tif'), {
      window: { col: 300, row: 280, width: 180, height: 180 },
    });
    const expected = horizonAnglesBruteForce(dsm, 0.5, 0.5, 24, 20);
    const result = compare(fast(dsm, 0.5, 0.5, 24, 20), expected);
    expect(result.nanMismatch).toBe(0);
    expect(result.max).toBeLessThanOrEqual(1e-5);
  });
});

describe('horizonAngles does not depend on tiling', () => {
  it('gives a tile with a halo ≥ maxDistanceM the mosaic’s values in its interior', () => {
    // DESIGN.md "Scale": results must not depend on tiling. Mosaic 90×70; tile = columns
    // 20…69, rows 15…54 of it, used with originCell = (20, 15); reach 6 m = 12 cells of 0.5 m,
    // so the tile's cells ≥ 12 cells from its edges see exactly what they see in the mosaic.
    const mosaic = randomTerrain(90, 70, 11);
    const [col0, row0, width, height, halo] = [20, 15, 50, 40, 12];
    const tile = { data: new Float32Array(width * height), width, height };
    for (let row = 0; row < height; row++) {
      for (let col = 0; col < width; col++) {
        tile.data[row * width + col] = mosaic.data[(row0 + row) * mosaic.width + col0 + col];
      }
    }
    const spacing = { cellSizeXM: 0.5, cellSizeYM: 0.5 };
    const whole = new Float32Array(36 * mosaic.width * mosaic.height);
    horizonAngles(mosaic, spacing, { directions: 36, maxDistanceM: 6 }, whole);
    const part = new Float32Array(36 * width * height);
    horizonAngles(tile, spacing, { directions: 36, maxDistanceM: 6, originCell: { col: col0, row: row0 } }, part);
    let differences = 0;
    let compared = 0;
    for (let d = 0; d < 36; d++) {
      for (let row = halo; row < height - halo; row++) {
        for (let col = halo; col < width - halo; col++) {
          const a = part[d * width * height + row * width + col];
          const b = whole[d * mosaic.width * mosaic.height + (row0 + row) * mosaic.width + col0 + col];
          if (!Object.is(a, b)) differences++;
          compared++;
        }
      }
    }
    expect(compared).toBeGreaterThan(10000);
    expect(differences).toBe(0);
  });
});

describe.each([
  // name, DSM, bounds on |ours − GRASS| over interior cells: mean, 95th percentile
  ['montpellier', 'data/montpellier-lidarhd/montpellier_DSM_0m50_mosaic.tif', 0.02, 0.06],
  ['rotterdam', 'data/rotterdam-ahn-3dbag/dsm_rotterdam.tif', 0.008, 0.025],
] as const)('skyViewFactor of horizontal surfaces on %s', (name, path, meanBound, p95Bound) => {
  it('agrees with GRASS mean cos²(max(h, 0)) from 36 r.horizon directions', async () => {
    const dsm = await readGeoTiffFile(shared(path));
    const { width, height } = dsm;
    const cells = width * height;
    const horizonsDeg = new Float32Array(36 * cells);
    const spacing = { cellSizeXM: dsm.geo.cellSizeX, cellSizeYM: dsm.geo.cellSizeY };
    horizonAngles(dsm, spacing, { directions: 36, maxDistanceM: 1e6 }, horizonsDeg);
    const flat = new Float32Array(cells);
    const svf = new Float32Array(cells);
    skyViewFactor(horizonsDeg, flat, flat, 36, svf);
    const grass = (await readGeoTiffFile(shared(`reference/${name}/grass/grass_svf_cos2.tif`))).data;
    // GRASS fills nodata DSM cells too; compare cells ≥ 3 from the border with a valid DSM.
    const diffs: number[] = [];
    let outOfRange = 0;
    for (let row = 3; row < height - 3; row++) {
      for (let col = 3; col < width - 3; col++) {
        const k = row * width + col;
        if (Number.isNaN(dsm.data[k])) continue;
        if (!(svf[k] >= 0 && svf[k] <= 1)) outOfRange++;
        diffs.push(Math.abs(svf[k] - grass[k]));
      }
    }
    diffs.sort((a, b) => a - b);
    const mean = diffs.reduce((sum, d) => sum + d, 0) / diffs.length;
    expect(outOfRange).toBe(0);
    expect(diffs.length).toBeGreaterThan(cells / 2);
    expect(mean).toBeLessThanOrEqual(meanBound);
    expect(diffs[Math.floor(diffs.length * 0.95)]).toBeLessThanOrEqual(p95Bound);
  });
});
