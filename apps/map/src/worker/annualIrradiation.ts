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
import { gridConvergenceDeg, siteDistanceKm, toWgs84, type WeatherSeries, weatherSky } from '@gisement/io';
import type { SkySource } from './protocol.js';

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
  /** The sky series the irradiation was computed from (clear sky or the weather file's). */
  sky: SkyTimeSeries;
  /** The weather series used (air temperature and wind for the PV yield), null under a clear sky. */
  weather: WeatherSeries | null;
  /** Where the sky came from, with the weather file's distance to the DSM. */
  skySource: SkySource;
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
 * The sky of the run: the weather file's (`weatherSky`, as `gisement solar --weather`: its
 * DNI and DHI, decomposed by Erbs when GHI-only) or a clear year (`clearSkySeries`, ESRA,
 * Linke turbidity 3, hourly, 2023), with the file's distance to the site.
 */
function runSky(
  parsed: WeatherSeries | null,
  site: AnnualIrradiation['site'],
): Pick<AnnualIrradiation, 'sky' | 'weather' | 'skySource'> {
  if (parsed === null)
    return { sky: clearSkySeries({ ...site, ...CLEAR_SKY }), weather: null, skySource: { source: 'clear-sky' } };
  const { sky, weather } = weatherSky(parsed);
  return {
    sky,
    weather,
    skySource: {
      source: 'weather',
      file: weather.source.file,
      siteName: weather.site.name ?? '',
      latitudeDeg: weather.site.latitudeDeg,
      longitudeDeg: weather.site.longitudeDeg,
      distanceKm: siteDistanceKm(weather.site, site.latitudeDeg, site.longitudeDeg),
      warnings: weather.warnings,
    },
  };
}

/**
 * Annual global irradiation of every DSM cell on its own plane, with the shading of its
 * horizons, through the `@gisement/core` engine (the same functions as
 * `gisement solar --directions 36`, with `--weather <file>` or `--clear-sky esra --linke 3`):
 * `horizonAngles` (36 directions, 100 m), the sky of a weather file (`weatherSky`) or a clear
 * year (`clearSkySeries`, ESRA, Linke turbidity 3, hourly, 2023) at the DSM centre and its
 * median elevation, `buildSunMap` (Perez diffuse, albedo 0.2, the grid convergence there) and
 * `irradiateCells`.
 * @param dsm surface model [m], NaN = nodata, projected metre CRS `dsm.geo.epsg`
 * @param spacing cell size [m]
 * @param slope slope and aspect of the DSM [°] (`hornSlopeAspect`)
 * @param weather a parsed weather file (`parseWeather`), or null for a clear sky
 * @param onProgress stage and fraction done [0–1]
 * @returns per cell, NaN at nodata: the irradiation outputs (annual global [kWh/m²/yr], monthly
 *   [kWh/m²], …), the horizons they used ([° above horizontal], direction-major, grid azimuth
 *   i·10°) and the grid convergence at the DSM centre [°, clockwise from true to grid north];
 *   the sky used and where it came from
 * @see Šúri M., Hofierka J., Transactions in GIS 8(2):175–190, 2004 (r.sun);
 *   Rigollier C., Bauer O., Wald L., Solar Energy 68(1):33–48, 2000 (ESRA clear sky)
 * @example const { out } = annualIrradiation(dsm, spacing, { slopeDeg, aspectDeg }, null, progress);
 */
export function annualIrradiation(
  dsm: GeoGrid & { geo: { epsg: number } },
  spacing: CellSpacing,
  slope: SlopeAspectOutput,
  weather: WeatherSeries | null,
  onProgress: (stage: 'horizons' | 'irradiation', fraction: number) => void,
): AnnualIrradiation {
  const { width, height, geo } = dsm;
  const cells = width * height;
  onProgress('horizons', 0);
  const horizonsDeg = new Float32Array(DIRECTIONS * cells);
  const onDirections = (fractionDone: number) => onProgress('horizons', fractionDone);
  horizonAngles(
    dsm,
    spacing,
    { directions: DIRECTIONS, maxDistanceM: MAX_DISTANCE_M, onProgress: onDirections },
    horizonsDeg,
  );
  const x = geo.originX + (width / 2) * geo.cellSizeX;
  const y = geo.originY - (height / 2) * geo.cellSizeY;
  const [longitudeDeg, latitudeDeg] = toWgs84(geo.epsg, x, y);
  const elevationM = medianOfFinite(dsm.data);
  const site = { latitudeDeg, longitudeDeg, elevationM };
  const { sky, weather: used, skySource } = runSky(weather, site);
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
  return { out, horizonsDeg, gridConvergenceDeg: convergenceDeg, sky, weather: used, skySource, site };
}
