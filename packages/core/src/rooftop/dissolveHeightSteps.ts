import { RAD_PER_DEG } from '../units/angles.js';
import { FREE, NEIGHBOUR_DC, NEIGHBOUR_DR } from './cellGrid.js';

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
 * Fewest cell spacings along its fall line of a sloped face between two horizontal planes
 * [cells]: halfway between three rows (2 spacings) and four. A DSM cell's height comes from
 * the points in and around it (highest point, interpolation), so a vertical wall between two
 * roof levels blurs into the cell it crosses and one more row: three rows rising from the
 * lower level to the upper one. Between two horizontal planes — a lower one at its foot, a
 * higher one at its head — such a band is that wall seen through the grid; a three-row face
 * with anything else at either end (an eave over the street, a ridge, a wall) stays a face.
 */
const MIN_STEP_BAND_SPACINGS = 2.5;

/**
 * Step 4b of `segmentRoofPlanes`: sloped planes (pitch ≥ flatPitchDeg) that are height steps,
 * not faces — those whose cells span fewer than {@link MIN_FALL_LINE_SPACINGS} cell spacings
 * along their fall line, and those spanning fewer than {@link MIN_STEP_BAND_SPACINGS} whose
 * lowest row borders a horizontal plane (pitch < flatPitchDeg) lower than the band's mean
 * height and whose highest row borders one higher than it (8-neighbours of the same building).
 * Their cells become free (obstacles of the nearest plane in step 5) and the remaining planes
 * are renumbered in order, `segment` and `fits` (6 numbers per plane: origin column, origin
 * row, origin height [m], ∂z/∂x, ∂z/∂y, offset [m]) compacted in place.
 *
 * @param data DSM heights [m], row-major
 * @param buildingIds building label of each cell
 * @param segment plane of each cell (< 0 none), row-major, updated
 * @param width grid width [cells]
 * @param cellSizeXM cell width [m]
 * @param cellSizeYM cell height [m]
 * @param flatPitchDeg pitch below which a plane is flat [°]
 * @param fits per-plane fits, compacted
 * @param count number of planes
 * @returns the new number of planes
 * @example count = dissolveHeightSteps(dsm.data, ids, segment, w, 1, 1, 5, fits, count);
 */
export function dissolveHeightSteps(
  data: Float32Array,
  buildingIds: Int32Array,
  segment: Int32Array,
  width: number,
  cellSizeXM: number,
  cellSizeYM: number,
  flatPitchDeg: number,
  fits: number[],
  count: number,
): number {
  const [dc8, dr8] = [NEIGHBOUR_DC, NEIGHBOUR_DR]; // locals for the loop, see segmentRoofPlanes
  const height = segment.length / width;
  const flatTan = Math.tan(flatPitchDeg * RAD_PER_DEG);
  const lowM = new Float64Array(count).fill(Number.POSITIVE_INFINITY);
  const highM = new Float64Array(count).fill(Number.NEGATIVE_INFINITY);
  const sumZ = new Float64Array(count);
  const cells = new Float64Array(count);
  const gradient = new Float64Array(count);
  const spacingM = new Float64Array(count);
  for (let p = 0; p < count; p++) {
    const a = fits[6 * p + 3];
    const b = fits[6 * p + 4];
    gradient[p] = Math.hypot(a, b);
    spacingM[p] = gradient[p] > 0 ? Math.hypot((a / gradient[p]) * cellSizeXM, (b / gradient[p]) * cellSizeYM) : 0;
  }
  // Position along the downslope-to-upslope direction (a, b)/|∇z| [m] of cell (col, row).
  const along = (p: number, col: number, row: number): number =>
    (col * cellSizeXM * fits[6 * p + 3] - row * cellSizeYM * fits[6 * p + 4]) / gradient[p];
  for (let k = 0; k < segment.length; k++) {
    const p = segment[k];
    if (p < 0 || gradient[p] < flatTan) continue;
    const row = Math.floor(k / width);
    const s = along(p, k - row * width, row);
    if (s < lowM[p]) lowM[p] = s;
    if (s > highM[p]) highM[p] = s;
    sumZ[p] += data[k];
    cells[p]++;
  }
  // Bands of fewer than MIN_STEP_BAND_SPACINGS: horizontal planes below their foot (bit 1)
  // and above their head (bit 2).
  const ends = new Uint8Array(count);
  for (let k = 0; k < segment.length; k++) {
    const p = segment[k];
    if (p < 0 || gradient[p] < flatTan || highM[p] - lowM[p] >= MIN_STEP_BAND_SPACINGS * spacingM[p]) continue;
    const row = Math.floor(k / width);
    const col = k - row * width;
    const s = along(p, col, row);
    const foot = s < lowM[p] + spacingM[p] / 2;
    const head = s > highM[p] - spacingM[p] / 2;
    if (!foot && !head) continue;
    const meanZ = sumZ[p] / cells[p];
    for (let q = 0; q < 8; q++) {
      const r = row + dr8[q];
      const c = col + dc8[q];
      if (r < 0 || r >= height || c < 0 || c >= width) continue;
      const kk = r * width + c;
      const other = segment[kk];
      if (other < 0 || other === p || gradient[other] >= flatTan || buildingIds[kk] !== buildingIds[k]) continue;
      if (foot && data[kk] < meanZ) ends[p] |= 1;
      if (head && data[kk] > meanZ) ends[p] |= 2;
    }
  }
  const renumbered = new Int32Array(count);
  let kept = 0;
  for (let p = 0; p < count; p++) {
    const spanM = highM[p] - lowM[p];
    const sloped = gradient[p] >= flatTan;
    if (sloped && (spanM < MIN_FALL_LINE_SPACINGS * spacingM[p] || ends[p] === 3)) {
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
