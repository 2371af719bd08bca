import { RAD_PER_DEG } from '../units/angles.js';
import { FREE } from './cellGrid.js';

/**
 * Fewest cell spacings a sloped face must span along its fall line [cells]. Two rows of
 * samples (1 spacing; ≈ 1.4 for a diagonal staircase) fit any height difference exactly, so
 * a vertical step between two roof levels, or a wall between a roof and a lower neighbour,
 * sampled by the grid looks like a steep "plane" 2 cells wide; a face needs a third row
 * (2 spacings) for its pitch to be a measurement rather than the step height over the cell
 * size. The bound lies halfway between two and three rows.
 */
const MIN_FALL_LINE_SPACINGS = 1.5;

/**
 * Step 4b of `segmentRoofPlanes`: sloped planes (pitch ≥ flatPitchDeg) whose cells span
 * fewer than {@link MIN_FALL_LINE_SPACINGS} cell spacings along their fall line are height
 * steps, not faces: their cells become free (obstacles of the nearest plane in step 5) and the
 * remaining planes are renumbered in order, `segment` and `fits` (6 numbers per plane: origin
 * column, origin row, origin height [m], ∂z/∂x, ∂z/∂y, offset [m]) compacted in place.
 *
 * @param segment plane of each cell (< 0 none), row-major, updated
 * @param width grid width [cells]
 * @param cellSizeXM cell width [m]
 * @param cellSizeYM cell height [m]
 * @param flatPitchDeg pitch below which a plane is flat [°]
 * @param fits per-plane fits, compacted
 * @param count number of planes
 * @returns the new number of planes
 * @example count = dissolveHeightSteps(segment, w, 1, 1, 5, fits, count);
 */
export function dissolveHeightSteps(
  segment: Int32Array,
  width: number,
  cellSizeXM: number,
  cellSizeYM: number,
  flatPitchDeg: number,
  fits: number[],
  count: number,
): number {
  const flatTan = Math.tan(flatPitchDeg * RAD_PER_DEG);
  const lowM = new Float64Array(count).fill(Number.POSITIVE_INFINITY);
  const highM = new Float64Array(count).fill(Number.NEGATIVE_INFINITY);
  for (let k = 0; k < segment.length; k++) {
    const p = segment[k];
    if (p < 0) continue;
    const a = fits[6 * p + 3];
    const b = fits[6 * p + 4];
    const gradient = Math.hypot(a, b);
    if (gradient < flatTan) continue;
    const row = Math.floor(k / width);
    // Position along the downslope-to-upslope direction (a, b)/|∇z| [m].
    const along = ((k - row * width) * cellSizeXM * a - row * cellSizeYM * b) / gradient;
    if (along < lowM[p]) lowM[p] = along;
    if (along > highM[p]) highM[p] = along;
  }
  const renumbered = new Int32Array(count);
  let kept = 0;
  for (let p = 0; p < count; p++) {
    const a = fits[6 * p + 3];
    const b = fits[6 * p + 4];
    const gradient = Math.hypot(a, b);
    const spacingM = gradient > 0 ? Math.hypot((a / gradient) * cellSizeXM, (b / gradient) * cellSizeYM) : 0;
    if (gradient >= flatTan && highM[p] - lowM[p] < MIN_FALL_LINE_SPACINGS * spacingM) {
      renumbered[p] = FREE;
      continue;
    }
    renumbered[p] = kept;
    for (let j = 0; j < 6; j++) fits[6 * kept + j] = fits[6 * p + j];
    kept++;
  }
  fits.length = 6 * kept;
  for (let k = 0; k < segment.length; k++) if (segment[k] >= 0) segment[k] = renumbered[segment[k]];
  return kept;
}
