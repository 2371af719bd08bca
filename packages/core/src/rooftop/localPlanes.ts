import type { Grid } from '../raster/grid.js';
import { addPlanePoint, PLANE_SUMS_LENGTH, solvePlane } from './planeFit.js';

/**
 * Step 1 of `segmentRoofPlanes`: the local 3×3 least-squares plane of every building cell,
 * over the window cells of the same building with data (≥ 6 of 9): gradient (gx, gy) [m/m]
 * and rms residual [m]; NaN otherwise (Vosselman, Gorte, Sithole & Rabbani 2004, IAPRS
 * 46(8/W2):33–38: the local planarity test of region growing).
 *
 * @param dsm heights [m], row 0 = north, NaN = nodata
 * @param ids building label of each cell (> 0), windows never cross labels
 * @param cellX cell width [m]
 * @param cellY cell height [m]
 * @param gx out: ∂z/∂x (east) of each cell [m/m]
 * @param gy out: ∂z/∂y (north) of each cell [m/m]
 * @param rms out: rms residual of the window's fit [m]
 * @example localPlanes(dsm, buildingIds, 0.5, 0.5, gx, gy, rms);
 */
export function localPlanes(
  dsm: Grid,
  ids: Int32Array,
  cellX: number,
  cellY: number,
  gx: Float32Array,
  gy: Float32Array,
  rms: Float32Array,
): void {
  const { width, height, data } = dsm;
  const sums = new Float64Array(PLANE_SUMS_LENGTH);
  const fit = new Float64Array(4);
  for (let row = 0; row < height; row++) {
    for (let col = 0; col < width; col++) {
      const k = row * width + col;
      gx[k] = Number.NaN;
      gy[k] = Number.NaN;
      rms[k] = Number.NaN;
      const id = ids[k];
      const z0 = data[k];
      if (id <= 0 || Number.isNaN(z0)) continue;
      sums.fill(0);
      for (let dr = -1; dr <= 1; dr++) {
        const r = row + dr;
        if (r < 0 || r >= height) continue;
        for (let dc = -1; dc <= 1; dc++) {
          const c = col + dc;
          if (c < 0 || c >= width) continue;
          const kk = r * width + c;
          const z = data[kk];
          if (ids[kk] !== id || Number.isNaN(z)) continue;
          addPlanePoint(sums, dc * cellX, -dr * cellY, z - z0);
        }
      }
      if (sums[0] >= 6 && solvePlane(sums, fit)) {
        gx[k] = fit[0];
        gy[k] = fit[1];
        rms[k] = fit[3];
      }
    }
  }
}
