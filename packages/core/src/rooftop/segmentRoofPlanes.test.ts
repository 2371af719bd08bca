import { describe, expect, it } from 'vitest';
import type { GeoGrid } from '../raster/grid.js';
import { segmentRoofPlanes } from './segmentRoofPlanes.js';

/** A DSM sampled at cell centres from z(x, y) [m], x east and y north of the grid's NW corner. */
function sampled(width: number, height: number, cellM: number, z: (x: number, y: number) => number): GeoGrid {
  const data = new Float32Array(width * height);
  for (let row = 0; row < height; row++) {
    for (let col = 0; col < width; col++) data[row * width + col] = z((col + 0.5) * cellM, -(row + 0.5) * cellM);
  }
  return { data, width, height, geo: { originX: 0, originY: 0, cellSizeX: cellM, cellSizeY: cellM, epsg: null } };
}

describe('segmentRoofPlanes', () => {
  it('splits a rotated gable at its ridge', () => {
    const t = Math.tan((30 * Math.PI) / 180);
    const ridge = (x: number, y: number) => (x - 10.13 + (y + 10.07)) / Math.SQRT2; // signed distance
    const dsm = sampled(40, 40, 0.5, (x, y) => 20 - t * Math.abs(ridge(x, y)));
    const buildingIds = new Int32Array(40 * 40).fill(1);
    const { planes } = segmentRoofPlanes({ dsm, buildingIds });
    console.log(planes.count, planes.groundAreaM2, planes.pitchDeg, planes.azimuthDeg);
    // exact: line x + y = 0.06 → areas of the square [0,20]×[-20,0] on each side
  });
});
