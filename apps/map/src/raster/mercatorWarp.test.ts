import type { GeoRef } from '@gisement/core';
import { boundsToWgs84, fromWgs84, toWgs84 } from '@gisement/io';
import { describe, expect, it } from 'vitest';
import { gatherWarped, type MercatorWarp, mercatorWarp } from './mercatorWarp.js';
import { mercatorXM, mercatorYM } from './webMercator.js';

/** Centroid [m, EPSG:3857] of the output cells that show source cell `source`. */
function centroidOf(warp: MercatorWarp, source: number): [number, number] {
  const minXM = mercatorXM(warp.bounds.west);
  const maxYM = mercatorYM(warp.bounds.north);
  let sumX = 0;
  let sumY = 0;
  let n = 0;
  for (let row = 0; row < warp.height; row++) {
    for (let col = 0; col < warp.width; col++) {
      if (warp.sourceIndex[row * warp.width + col] !== source) continue;
      sumX += minXM + (col + 0.5) * warp.cellSizeM;
      sumY += maxYM - (row + 0.5) * warp.cellSizeM;
      n++;
    }
  }
  expect(n).toBeGreaterThan(0);
  return [sumX / n, sumY / n];
}

/** Where proj4 (through `toWgs84` of @gisement/io) puts the centre of a source cell [m, EPSG:3857]. */
function proj4CentreOf(geo: GeoRef, col: number, row: number): [number, number] {
  const x = geo.originX + (col + 0.5) * geo.cellSizeX;
  const y = geo.originY - (row + 0.5) * geo.cellSizeY;
  const [lon, lat] = toWgs84(geo.epsg as number, x, y);
  return [mercatorXM(lon), mercatorYM(lat)];
}

function check(geo: GeoRef, width: number, height: number, cells: [number, number][]): MercatorWarp {
  const bounds = boundsToWgs84(geo, width, height);
  const warp = mercatorWarp(geo, width, height, bounds, fromWgs84(geo.epsg as number));
  for (const [col, row] of cells) {
    const [x, y] = centroidOf(warp, row * width + col);
    const [ex, ey] = proj4CentreOf(geo, col, row);
    // The output cells showing one source cell all lie inside it, so their centroid is within
    // one output cell of its centre; a corners-only (affine) placement misses by far more.
    expect(Math.hypot(x - ex, y - ey)).toBeLessThan(warp.cellSizeM);
  }
  return warp;
}

describe('mercatorWarp', () => {
  it('puts cells of a Lambert-93 DSM near Albi where proj4 puts them', () => {
    // The sample town grid (data-samples/albi/dsm.tif, gdalinfo): 400 × 400 cells of 0.5 m.
    const geo: GeoRef = { originX: 631200, originY: 6314700, cellSizeX: 0.5, cellSizeY: 0.5, epsg: 2154 };
    const warp = check(geo, 400, 400, [
      [0, 0],
      [399, 0],
      [0, 399],
      [399, 399],
      [200, 130],
    ]);
    // Meridian convergence at 2.1° E rotates the grid by ≈ 0.6°: at 200 m that is ≈ 2 m,
    // ≈ 4 cells, so the bounding-box corners fall outside the source.
    expect(warp.sourceIndex[0]).toBe(-1);
    expect(warp.sourceIndex[warp.sourceIndex.length - 1]).toBe(-1);
  });

  it('follows the curvature of a 500 km Lambert-93 grid cell by cell', () => {
    const geo: GeoRef = { originX: 400000, originY: 6900000, cellSizeX: 1000, cellSizeY: 1000, epsg: 2154 };
    check(geo, 500, 500, [
      [0, 0],
      [499, 0],
      [250, 250],
      [0, 499],
      [499, 499],
    ]);
  });

  it('reports progress once per output row and ends at 1', () => {
    const geo: GeoRef = { originX: 631200, originY: 6314700, cellSizeX: 2, cellSizeY: 2, epsg: 2154 };
    const fractions: number[] = [];
    const warp = mercatorWarp(geo, 20, 10, boundsToWgs84(geo, 20, 10), fromWgs84(2154), (f) => fractions.push(f));
    expect(fractions).toHaveLength(warp.height);
    expect(fractions[fractions.length - 1]).toBe(1);
  });

  it('rejects empty bounds', () => {
    const geo: GeoRef = { originX: 0, originY: 0, cellSizeX: 1, cellSizeY: 1, epsg: 2154 };
    const bounds = { west: 2, east: 2, south: 43, north: 44 };
    expect(() => mercatorWarp(geo, 1, 1, bounds, fromWgs84(2154))).toThrow(/east > west/);
  });
});

describe('gatherWarped', () => {
  it('copies source values through the index and leaves NaN outside', () => {
    const out = new Float32Array(4);
    gatherWarped(new Float32Array([10, 20, 30]), new Int32Array([2, -1, 0, 1]), out);
    expect(Array.from(out)).toEqual([30, Number.NaN, 10, 20]);
  });

  it('rejects an output of the wrong size', () => {
    expect(() => gatherWarped(new Float32Array(1), new Int32Array(2), new Float32Array(1))).toThrow(/2 cells/);
  });
});
