import type { GeoRef } from '../raster/grid.js';
import type { RoofSegmentation } from './segmentRoofPlanes.js';
import { simplifyRing } from './simplifyRing.js';
import { type OutlinePolygon, traceCellOutlines } from './traceCellOutlines.js';

/**
 * Polygon of every roof plane: the outline of its cells (its own and the obstacles standing
 * on it) traced along cell edges ({@link traceCellOutlines}), optionally simplified with
 * Douglas–Peucker ({@link simplifyRing}).
 * @param segmentation result of `segmentRoofPlanes`
 * @param width grid width [cells]
 * @param geo georeferencing of the grid
 * @param simplifyToleranceM Douglas–Peucker tolerance [CRS units] (default 0: cell edges)
 * @returns per plane, its polygons (usually one) in CRS coordinates
 * @example const polygons = roofPlaneOutlines(seg, dsm.width, dsm.geo, 0.25);
 */
export function roofPlaneOutlines(
  segmentation: RoofSegmentation,
  width: number,
  geo: GeoRef,
  simplifyToleranceM = 0,
): OutlinePolygon[][] {
  const { planes, planeOfCell } = segmentation;
  const result: OutlinePolygon[][] = [];
  for (let p = 0; p < planes.count; p++) {
    const window = { colMin: Infinity, rowMin: Infinity, colMax: -Infinity, rowMax: -Infinity };
    for (let i = planes.cellOffsets[p]; i < planes.cellOffsets[p + 1]; i++) {
      const k = planes.cells[i];
      const row = Math.floor(k / width);
      const col = k - row * width;
      if (col < window.colMin) window.colMin = col;
      if (col > window.colMax) window.colMax = col;
      if (row < window.rowMin) window.rowMin = row;
      if (row > window.rowMax) window.rowMax = row;
    }
    const polygons = traceCellOutlines(planeOfCell, width, p, window, geo);
    result.push(
      simplifyToleranceM > 0
        ? polygons.map((poly) => ({
            outer: simplifyRing(poly.outer, simplifyToleranceM),
            holes: poly.holes.map((hole) => simplifyRing(hole, simplifyToleranceM)),
          }))
        : polygons,
    );
  }
  return result;
}
