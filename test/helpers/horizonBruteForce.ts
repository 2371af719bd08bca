/**
 * Reference ray march for `horizonAngles` (tests only, not part of any package).
 *
 * It re-derives the sampling documented on `horizonAngles` independently of the kernel and
 * visits every sample one by one, keeping the steepest: O(J) per cell and direction, no hull.
 * - A ray of azimuth φ moves sin φ/Δx columns and −cos φ/Δy rows per metre; its major axis is
 *   the larger of the two (columns on a tie), one step = one cell along it, Δs = 1/|major| m,
 *   t = minor/|major| cells across per step (snapped to 0 or ±1 within 1e-12).
 * - Near field, steps 1…min(8, J): the exact ray, elevation interpolated linearly between the
 *   two cells straddling it across the minor axis (⌊j·t⌋ and ⌊j·t⌋ + 1 cells aside, weight
 *   j·t − ⌊j·t⌋ on the second); nodata samples skipped; stop off the grid.
 * - Far field, steps 9…J: the cell of the cell's digital line, minor index line + ⌊u·t + ½⌋
 *   where u = ±(major index in the mosaic), signed by the direction of travel; nodata skipped;
 *   stop off the grid.
 * - J = ⌊maxDistanceM/Δs⌋; angle = atan(max (z − z₀)/(j·Δs)); −90 with no sample; NaN on nodata.
 */
import type { Grid } from '@gisement/core';

const NEAR_FIELD_STEPS = 8;

export function horizonAnglesBruteForce(
  dsm: Grid,
  cellSizeXM: number,
  cellSizeYM: number,
  directions: number,
  maxDistanceM: number,
  originCell = { col: 0, row: 0 },
): Float32Array {
  const { data: z, width, height } = dsm;
  const cells = width * height;
  const out = new Float32Array(directions * cells);
  for (let d = 0; d < directions; d++) {
    const phi = (((d * 360) / directions) * Math.PI) / 180;
    const colPerM = Math.sin(phi) / cellSizeXM;
    const rowPerM = -Math.cos(phi) / cellSizeYM;
    const colMajor = Math.abs(colPerM) >= Math.abs(rowPerM);
    const major = colMajor ? colPerM : rowPerM;
    let t = (colMajor ? rowPerM : colPerM) / Math.abs(major);
    if (Math.abs(t) < 1e-12) t = 0;
    else if (Math.abs(Math.abs(t) - 1) < 1e-12) t = Math.sign(t);
    const stepM = 1 / Math.abs(major);
    const forward = major > 0;
    const majorSize = colMajor ? width : height;
    const minorSize = colMajor ? height : width;
    const maxSteps = Math.floor(maxDistanceM / stepM);
    const nearSteps = Math.min(NEAR_FIELD_STEPS, maxSteps);
    const elevation = (u: number, b: number) => {
      const a = forward ? u : majorSize - 1 - u;
      return colMajor ? z[b * width + a] : z[a * width + b];
    };
    for (let row = 0; row < height; row++) {
      for (let col = 0; col < width; col++) {
        const z0 = z[row * width + col];
        const index = d * cells + row * width + col;
        if (Number.isNaN(z0)) {
          out[index] = Number.NaN;
          continue;
        }
        const a0 = colMajor ? col : row;
        const b0 = colMajor ? row : col;
        const u0 = forward ? a0 : majorSize - 1 - a0;
        // Steps counted in the mosaic: column (or row) index times the direction of travel.
        const uMosaic0 = (forward ? 1 : -1) * (a0 + (colMajor ? originCell.col : originCell.row));
        const line = b0 - Math.floor(uMosaic0 * t + 0.5);
        let best = Number.NEGATIVE_INFINITY;
        for (let j = 1; j <= nearSteps && u0 + j < majorSize; j++) {
          const f = b0 + Math.floor(j * t);
          const w = j * t - Math.floor(j * t);
          if (f < 0 || f >= minorSize || (w > 0 && f + 1 >= minorSize)) break;
          const zs = w > 0 ? (1 - w) * elevation(u0 + j, f) + w * elevation(u0 + j, f + 1) : elevation(u0 + j, f);
          if (!Number.isNaN(zs)) best = Math.max(best, (zs - z0) / (j * stepM));
        }
        for (let j = nearSteps + 1; j <= maxSteps && u0 + j < majorSize; j++) {
          const b = line + Math.floor((uMosaic0 + j) * t + 0.5);
          if (b < 0 || b >= minorSize) break;
          const zq = elevation(u0 + j, b);
          if (!Number.isNaN(zq)) best = Math.max(best, (zq - z0) / (j * stepM));
        }
        out[index] = best === Number.NEGATIVE_INFINITY ? -90 : (Math.atan(best) * 180) / Math.PI;
      }
    }
  }
  return out;
}
