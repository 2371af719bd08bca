/**
 * PV modules on every roof plane: flush on pitched planes, tilted rows or flush on flat ones.
 */
import { RAD_PER_DEG } from '../units/angles.js';
import { countModules, DEFAULT_MODULE, type LayoutCells, type ModuleSpec, rowPitchM } from './layoutModules.js';
import type { RoofPlanes } from './segmentRoofPlanes.js';

/** Obliquity of the ecliptic, the solstice declination [°] (Meeus 1998, ch. 22, J2000). */
const SOLSTICE_DECLINATION_DEG = 23.44;

/** Options of {@link layoutRoofPlanes}. */
export interface LayoutOptions {
  /** Module dimensions and power. */
  module: ModuleSpec;
  /** On flat planes: tilted rows facing the equator, or modules lying flush. */
  flatMounting: 'rows' | 'flush';
  /** Tilt of the rows on flat planes [°]. */
  flatTiltDeg: number;
  /** Latitude of the site [°, north positive]: the rows face south in the north, and the
   * inter-row spacing leaves no shadow at the winter-solstice noon sun. */
  latitudeDeg: number;
  /** Meridian convergence γ: true azimuth = grid azimuth + γ [°]. */
  gridConvergenceDeg: number;
}

/** Defaults of {@link LayoutOptions} except the latitude, which the caller gives. */
export const LAYOUT_DEFAULTS = Object.freeze({
  module: DEFAULT_MODULE,
  flatMounting: 'rows' as const,
  flatTiltDeg: 15,
  gridConvergenceDeg: 0,
});

/** Modules per plane. */
export interface PlaneLayout {
  /** Modules placed per plane. */
  modulesCount: Int32Array;
  /** Installed power per plane [kWp]. */
  kWp: Float64Array;
  /** Tilt of the modules per plane [°] (the plane's pitch, the row tilt, or 0 flush on flat). */
  moduleTiltDeg: Float64Array;
  /** Azimuth the modules face per plane [°, clockwise from true north]. */
  moduleAzimuthDeg: Float64Array;
}

/**
 * Lay out modules on the usable cells of every plane ({@link countModules}), in portrait and in
 * landscape, keeping the larger count. Pitched planes: flush, columns along the plane's
 * azimuth, ground footprint side × side·cos(pitch). Flat planes with `rows`: rows tilted
 * `flatTiltDeg` facing the equator (true south in the northern hemisphere), spaced by
 * {@link rowPitchM} for the winter-solstice noon sun elevation 90° − |φ| − 23.44°; with
 * `flush`: lying flat on a grid aligned with the raster.
 *
 * @param planes roof planes (`segmentRoofPlanes`)
 * @param usable 1 for a usable cell (`usableRoofArea`), row-major
 * @param width grid width [cells]
 * @param height grid height [cells]
 * @param cellSizeXM cell width [m]
 * @param cellSizeYM cell height [m]
 * @param options module, mounting and site; `latitudeDeg` required
 * @returns modules, kWp, module tilt and azimuth per plane
 * @example const layout = layoutRoofPlanes(seg.planes, usable.usable, w, h, 0.5, 0.5, { latitudeDeg: 43.9 });
 */
export function layoutRoofPlanes(
  planes: RoofPlanes,
  usable: Uint8Array,
  width: number,
  height: number,
  cellSizeXM: number,
  cellSizeYM: number,
  options: Partial<LayoutOptions> & { latitudeDeg: number },
): PlaneLayout {
  const o = { ...LAYOUT_DEFAULTS, ...options };
  const { lengthM, widthM, powerWp } = o.module;
  const equatorAzimuthDeg = o.latitudeDeg >= 0 ? 180 : 0;
  const winterNoonElevationDeg = 90 - Math.abs(o.latitudeDeg) - SOLSTICE_DECLINATION_DEG;
  const out: PlaneLayout = {
    modulesCount: new Int32Array(planes.count),
    kWp: new Float64Array(planes.count),
    moduleTiltDeg: new Float64Array(planes.count),
    moduleAzimuthDeg: new Float64Array(planes.count),
  };
  const cells: LayoutCells = {
    usable,
    width,
    height,
    cellSizeXM,
    cellSizeYM,
    cells: planes.cells,
    from: 0,
    to: 0,
  };
  for (let p = 0; p < planes.count; p++) {
    cells.from = planes.cellOffsets[p];
    cells.to = planes.cellOffsets[p + 1];
    let best = 0;
    for (const [across, slant] of [
      [widthM, lengthM],
      [lengthM, widthM],
    ]) {
      let count: number;
      if (!planes.isFlat[p]) {
        const along = slant * Math.cos(planes.pitchDeg[p] * RAD_PER_DEG);
        const azimuthDeg = planes.azimuthDeg[p] - o.gridConvergenceDeg;
        count = countModules(cells, { azimuthDeg, acrossM: across, alongM: along, rowPitchM: along });
      } else if (o.flatMounting === 'rows') {
        const along = slant * Math.cos(o.flatTiltDeg * RAD_PER_DEG);
        const pitch = rowPitchM(slant, o.flatTiltDeg, winterNoonElevationDeg);
        const azimuthDeg = equatorAzimuthDeg - o.gridConvergenceDeg;
        count = countModules(cells, { azimuthDeg, acrossM: across, alongM: along, rowPitchM: pitch });
      } else {
        count = countModules(cells, { azimuthDeg: 180, acrossM: across, alongM: slant, rowPitchM: slant });
      }
      if (count > best) best = count;
    }
    out.modulesCount[p] = best;
    out.kWp[p] = (best * powerWp) / 1000;
    const rows = planes.isFlat[p] && o.flatMounting === 'rows';
    out.moduleTiltDeg[p] = planes.isFlat[p] ? (rows ? o.flatTiltDeg : 0) : planes.pitchDeg[p];
    out.moduleAzimuthDeg[p] = planes.isFlat[p] ? (rows ? equatorAzimuthDeg : 0) : planes.azimuthDeg[p];
  }
  return out;
}
