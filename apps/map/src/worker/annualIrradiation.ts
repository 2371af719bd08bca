import {
  buildSunMap,
  type CellSpacing,
  clearSkySeries,
  createIrradiationOutput,
  type GeoGrid,
  horizonAngles,
  type IrradiationOutput,
  irradiateCells,
  type SkyTimeSeries,
  type SlopeAspectOutput,
} from '@gisement/core';
import { gridConvergenceDeg, toWgs84 } from '@gisement/io';

/** Horizon directions, as `gisement solar` by default. */
export const DIRECTIONS = 36;
/**
 * Horizon search distance [m]: enough for a town's buildings on the map (a 30 m tower hides
 * the sun down to 17° at 100 m), and a few hundred thousand cells stay a few seconds.
 */
const MAX_DISTANCE_M = 100;
/** Clear-sky year: ESRA with one Linke turbidity, hourly, a non-leap UTC year. */
const CLEAR_SKY = { model: 'esra', linkeTurbidity: 3, stepMinutes: 60, year: 2023 } as const;
/** Ground albedo [-], the usual default (r.sun, PVGIS). */
export const ALBEDO = 0.2;
/** Rows irradiated between two progress reports. */
const ROWS_PER_REPORT = 16;

/** Result of {@link annualIrradiation}. */
export interface AnnualIrradiation {
  /** Irradiation per cell (`irradiateCells`): annual global [kWh/m²/yr], monthly [kWh/m²], … */
  out: IrradiationOutput;
  /** Horizon angles [° above horizontal], direction i (grid azimuth i·360/36) of cell k at i·cells + k. */
  horizonsDeg: Float32Array;
  /** Grid convergence at the DSM centre [°], clockwise from true north to grid north. */
  gridConvergenceDeg: number;
  /** The clear-sky series the irradiation was computed from. */
  sky: SkyTimeSeries;
  /** Where the sky was computed: the DSM centre [°, WGS 84] and its median elevation [m]. */
  site: { latitudeDeg: number; longitudeDeg: number; elevationM: number };
}

/** Median of the finite values of a raster (the site elevation of the sky model) [its unit]. */
function medianOfFinite(values: Float32Array): number {
  const finite = values.filter(Number.isFinite).sort();
  if (finite.length === 0) throw new RangeError('the surface model has no elevation (every cell is nodata)');
  const mid = finite.length >> 1;
  return finite.length % 2 === 1 ? finite[mid] : (finite[mid - 1] + finite[mid]) / 2;
}

/**
 * Annual global irradiation of every DSM cell on its own plane under a cloudless year, with
 * the shading of its horizons, through the `@gisement/core` engine (the same functions as
 * `gisement solar --clear-sky esra --linke 3 --directions 36`): `horizonAngles` (36 directions,
 * 100 m), `clearSkySeries` (ESRA, Linke turbidity 3, hourly, 2023) at the DSM centre and its
 * median elevation, `buildSunMap` (Perez diffuse, albedo 0.2, the grid convergence there) and
 * `irradiateCells`.
 * @param dsm surface model [m], NaN = nodata, projected metre CRS `dsm.geo.epsg`
 * @param spacing cell size [m]
 * @param slope slope and aspect of the DSM [°] (`hornSlopeAspect`)
 * @param onProgress stage and fraction done [0–1]
 * @returns per cell, NaN at nodata: the irradiation outputs (annual global [kWh/m²/yr], monthly
 *   [kWh/m²], …), the horizons they used ([° above horizontal], direction-major, grid azimuth
 *   i·10°) and the grid convergence at the DSM centre [°, clockwise from true to grid north]
 * @see Šúri M., Hofierka J., Transactions in GIS 8(2):175–190, 2004 (r.sun);
 *   Rigollier C., Bauer O., Wald L., Solar Energy 68(1):33–48, 2000 (ESRA clear sky)
 * @example const { out } = annualIrradiation(dsm, spacing, { slopeDeg, aspectDeg }, progress);
 */
export function annualIrradiation(
  dsm: GeoGrid & { geo: { epsg: number } },
  spacing: CellSpacing,
  slope: SlopeAspectOutput,
  onProgress: (stage: 'horizons' | 'irradiation', fraction: number) => void,
): AnnualIrradiation {
  const { width, height, geo } = dsm;
  const cells = width * height;
  onProgress('horizons', 0);
  const horizonsDeg = new Float32Array(DIRECTIONS * cells);
  horizonAngles(dsm, spacing, { directions: DIRECTIONS, maxDistanceM: MAX_DISTANCE_M }, horizonsDeg);
  onProgress('horizons', 1);
  const x = geo.originX + (width / 2) * geo.cellSizeX;
  const y = geo.originY - (height / 2) * geo.cellSizeY;
  const [longitudeDeg, latitudeDeg] = toWgs84(geo.epsg, x, y);
  const elevationM = medianOfFinite(dsm.data);
  const sky = clearSkySeries({ latitudeDeg, longitudeDeg, elevationM, ...CLEAR_SKY });
  const convergenceDeg = gridConvergenceDeg(geo.epsg, x, y);
  const sunMap = buildSunMap(sky, {
    latitudeDeg,
    longitudeDeg,
    elevationM,
    directions: DIRECTIONS,
    gridConvergenceDeg: convergenceDeg,
    albedo: ALBEDO,
    diffuseModel: 'perez',
  });
  const out = createIrradiationOutput(cells);
  const input = { width, height, slopeDeg: slope.slopeDeg, aspectDeg: slope.aspectDeg, horizonsDeg };
  for (let start = 0; start < height; start += ROWS_PER_REPORT) {
    onProgress('irradiation', start / height);
    irradiateCells(input, sunMap, out, { start, end: Math.min(height, start + ROWS_PER_REPORT) });
  }
  onProgress('irradiation', 1);
  return { out, horizonsDeg, gridConvergenceDeg: convergenceDeg, sky, site: { latitudeDeg, longitudeDeg, elevationM } };
}
