/**
 * Rectangular PV modules laid out on the usable cells of a roof plane.
 */
import { RAD_PER_DEG } from '../units/angles.js';

/** A PV module: outer dimensions and nameplate power. */
export interface ModuleSpec {
  /** Long side [m]. */
  lengthM: number;
  /** Short side [m]. */
  widthM: number;
  /** Power at STC [Wp]. */
  powerWp: number;
}

/**
 * Default module: 1.722 × 1.134 m, 425 Wp — the 108 half-cell (54 × 2) monocrystalline
 * format of 2022–2024 residential modules (e.g. JA Solar JAM54S3x, LONGi Hi-MO 5m/6 54-cell:
 * 1722 × 1134 mm, about 400–440 W depending on generation; figures as recalled from their
 * datasheets, not re-checked here — set your module in the config).
 */
export const DEFAULT_MODULE: Readonly<ModuleSpec> = Object.freeze({ lengthM: 1.722, widthM: 1.134, powerWp: 425 });

/** Where the modules of one plane go: a ground-projected grid of rectangles. */
export interface ModuleGrid {
  /** Direction the rows face (downslope of the modules), clockwise from grid north [°]. */
  azimuthDeg: number;
  /** Ground extent of one module across the slope [m]. */
  acrossM: number;
  /** Ground extent of one module along the slope [m]. */
  alongM: number;
  /** Ground distance between the fronts of successive rows [m] (≥ `alongM`). */
  rowPitchM: number;
}

/** Cells and frame of the plane to fill. */
export interface LayoutCells {
  /** 1 for a usable cell, row-major. */
  usable: Uint8Array;
  width: number;
  height: number;
  /** Cell size [m]. */
  cellSizeXM: number;
  cellSizeYM: number;
  /** Cell indices of the plane (only its usable ones are used). */
  cells: Int32Array;
  /** Range `[from, to)` of `cells` that belongs to the plane. */
  from: number;
  to: number;
}

/** Positions tried per cell when sliding a module along its row. */
const SLIDES_PER_CELL = 4;
/** Inset of the sample points from a module's edge [m], so edges on cell borders fit. */
const INSET_M = 1e-3;

/**
 * Whether every sample point of a module (a lattice of spacing ≤ half a cell over the ground
 * rectangle, edges included) falls on a usable cell of the plane.
 */
function fits(
  cells: LayoutCells,
  s0: number,
  t0: number,
  grid: ModuleGrid,
  ex: number,
  ey: number,
  ux: number,
  uy: number,
): boolean {
  const step = 0.5 * Math.min(cells.cellSizeXM, cells.cellSizeYM);
  const ns = Math.max(1, Math.ceil(grid.acrossM / step));
  const nt = Math.max(1, Math.ceil(grid.alongM / step));
  const spanS = grid.acrossM - 2 * INSET_M;
  const spanT = grid.alongM - 2 * INSET_M;
  for (let a = 0; a <= ns; a++) {
    const s = s0 + INSET_M + (spanS * a) / ns;
    for (let b = 0; b <= nt; b++) {
      const t = t0 + INSET_M + (spanT * b) / nt;
      const x = s * ex + t * ux;
      const y = s * ey + t * uy;
      const col = Math.floor(x / cells.cellSizeXM);
      const row = Math.floor(-y / cells.cellSizeYM);
      if (col < 0 || col >= cells.width || row < 0 || row >= cells.height) return false;
      if (!cells.usable[row * cells.width + col]) return false;
    }
  }
  return true;
}

/**
 * Number of modules that fit on a plane's usable cells, in rows aligned with the rows'
 * azimuth: rows up the slope at `rowPitchM`, their origin tried at phases a half cell apart
 * and the best count kept; along each row, modules packed side by side from the first place
 * they fit, sliding a quarter cell at a time where they do not (greedy first fit, optimal for
 * equal lengths on a line). A module fits when the sample points of its ground rectangle
 * (spacing ≤ half a cell) all fall on usable cells.
 *
 * Coordinates: x east, y north in metres from the grid's north-west corner (cell (r, c) spans
 * x ∈ [c·sx, (c+1)·sx), y ∈ (−(r+1)·sy, −r·sy]); across-slope axis e = (cos a, −sin a),
 * upslope axis u = (−sin a, −cos a) for the azimuth a.
 *
 * @param cells usable cells and the plane's cell list
 * @param grid module footprint and row pitch on the ground, and rows' azimuth
 * @returns modules placed [count]
 * @example countModules(cells, { azimuthDeg: 180, acrossM: 1.134, alongM: 1.49, rowPitchM: 1.49 });
 */
export function countModules(cells: LayoutCells, grid: ModuleGrid): number {
  const a = grid.azimuthDeg * RAD_PER_DEG;
  const ex = Math.cos(a);
  const ey = -Math.sin(a);
  const ux = -Math.sin(a);
  const uy = -Math.cos(a);
  let sMin = Infinity;
  let sMax = -Infinity;
  let tMin = Infinity;
  let tMax = -Infinity;
  for (let i = cells.from; i < cells.to; i++) {
    const k = cells.cells[i];
    if (!cells.usable[k]) continue;
    const row = Math.floor(k / cells.width);
    const col = k - row * cells.width;
    for (let corner = 0; corner < 4; corner++) {
      const x = (col + (corner & 1)) * cells.cellSizeXM;
      const y = -(row + (corner >> 1)) * cells.cellSizeYM;
      const s = x * ex + y * ey;
      const t = x * ux + y * uy;
      if (s < sMin) sMin = s;
      if (s > sMax) sMax = s;
      if (t < tMin) tMin = t;
      if (t > tMax) tMax = t;
    }
  }
  if (!(sMax > sMin)) return 0;
  const cellM = Math.min(cells.cellSizeXM, cells.cellSizeYM);
  const slideM = cellM / SLIDES_PER_CELL;
  const phases = Math.ceil(grid.rowPitchM / (cellM / 2));
  let best = 0;
  for (let phase = 0; phase < phases; phase++) {
    let count = 0;
    for (
      let t0 = tMin - (phase / phases) * grid.rowPitchM;
      t0 + grid.alongM <= tMax + grid.rowPitchM;
      t0 += grid.rowPitchM
    ) {
      let s0 = sMin;
      while (s0 + grid.acrossM <= sMax + slideM) {
        if (fits(cells, s0, t0, grid, ex, ey, ux, uy)) {
          count++;
          s0 += grid.acrossM;
        } else {
          s0 += slideM;
        }
      }
    }
    if (count > best) best = count;
  }
  return best;
}

/**
 * Ground distance between the fronts of two rows of modules tilted at β on a flat roof so
 * that the row in front casts no shadow at the sun elevation h (perpendicular to the rows):
 * d = L·(cos β + sin β / tan h).
 *
 * @param slantLengthM module length up the tilt L [m]
 * @param tiltDeg module tilt β [°]
 * @param sunElevationDeg design sun elevation h [°] (winter-solstice noon: 90° − |φ| − 23.44°)
 * @returns row pitch [m]
 * @see Appelbaum J., Bany J., "Shadow effect of adjacent solar collectors in large scale
 *   systems", Solar Energy 23(6):497–507, 1979, doi:10.1016/0038-092X(79)90073-2
 * @example rowPitchM(1.134, 15, 23.0); // 1.787 m at latitude 43.6° N
 */
export function rowPitchM(slantLengthM: number, tiltDeg: number, sunElevationDeg: number): number {
  const b = tiltDeg * RAD_PER_DEG;
  return slantLengthM * (Math.cos(b) + Math.sin(b) / Math.tan(sunElevationDeg * RAD_PER_DEG));
}
