import type { GeoRef } from '../raster/grid.js';
import { metresPerDegree } from '../units/metresPerDegree.js';

/**
 * Ground size of a grid's cells in metres, as the terrain kernels need it.
 *
 * For a projected grid in metres both members are the GeoRef's cell sizes. For a grid in
 * degrees the east–west size shrinks with latitude: give it per row (see
 * {@link geographicCellSpacing}).
 */
export interface CellSpacing {
  /** East–west cell size [m]: one value for the grid, or one per row (length = height). */
  cellSizeXM: number | Float64Array;
  /** North–south cell size [m]. */
  cellSizeYM: number;
}

/**
 * Cell spacing in metres of a grid whose CRS is geographic (longitude/latitude in degrees).
 *
 * Row r spans latitudes around φ_r = originY − (r + ½)·cellSizeY; its east–west size is
 * cellSizeX × (metres per degree of longitude at φ_r). The north–south size is taken at the
 * latitude of the grid's centre: over one degree of latitude the meridian radius changes by
 * less than 0.02 %, so one value per grid is enough for 3×3 derivatives.
 *
 * References: see {@link metresPerDegree} (WGS84 radii of curvature).
 *
 * @param geo georeferencing in degrees: originY [° N] of the north edge, cellSizeX and
 *   cellSizeY [°]; the grid must lie within latitudes −90…90
 * @param height number of rows of the grid
 * @returns `{ cellSizeXM: Float64Array(height) [m], cellSizeYM [m] }`
 * @example geographicCellSpacing({ originX: 2, originY: 44, cellSizeX: 1e-5, cellSizeY: 1e-5, epsg: 4326 }, 100);
 */
export function geographicCellSpacing(geo: GeoRef, height: number): CellSpacing {
  if (!Number.isInteger(height) || height <= 0) {
    throw new RangeError(`height must be a positive integer, got ${height}`);
  }
  if (!(geo.cellSizeX > 0 && geo.cellSizeY > 0)) {
    throw new RangeError(`cell sizes must be > 0 degrees, got ${geo.cellSizeX} × ${geo.cellSizeY}`);
  }
  const southDeg = geo.originY - height * geo.cellSizeY;
  if (!(geo.originY <= 90 && southDeg >= -90)) {
    throw new RangeError(
      `a geographic grid must lie within latitudes [-90, 90], got ${southDeg} to ${geo.originY} degrees`,
    );
  }
  const cellSizeXM = new Float64Array(height);
  for (let row = 0; row < height; row++) {
    const latDeg = geo.originY - (row + 0.5) * geo.cellSizeY;
    cellSizeXM[row] = metresPerDegree(latDeg).xM * geo.cellSizeX;
  }
  const centreLatDeg = geo.originY - 0.5 * height * geo.cellSizeY;
  return { cellSizeXM, cellSizeYM: metresPerDegree(centreLatDeg).yM * geo.cellSizeY };
}
