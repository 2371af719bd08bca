import { availableParallelism } from 'node:os';
import {
  buildSunMap,
  clearSkySeries,
  type DiffuseModel,
  type IrradiationOutput,
  type SkyTimeSeries,
} from '@gisement/core';
import type { RasterRead, WeatherSeries } from '@gisement/io';
import { integerOption, numberOption } from '../args.js';
import type { Progress } from '../progress.js';
import { cellSpacingOf } from '../spacing.js';
import { haloRowsFor, meanCellSizeXM, solarRasters } from './solarRasters.js';
import { defaultMaxDistanceM, type SolarSite, solarSite } from './solarSite.js';
import { defaultTileRows } from './tileRows.js';
import { latLon, weatherRunSky } from './weatherSky.js';

/** How to irradiate a DSM: the sky (weather file or clear sky) and the engine's settings. */
export interface IrradiateDsmOptions {
  /** Weather file; absent: clear sky. */
  weatherFile?: string;
  /** Clear-sky Linke turbidity, one value or 12 monthly values. */
  linkeTurbidity: number | number[];
  clearSkyModel: 'esra' | 'ineichen';
  /** Year of the clear-sky series. */
  year: number;
  /** Clear-sky time step [min]. */
  stepMinutes: number;
  /** Ground albedo [0–1]. */
  albedo: number;
  /** Horizon directions. */
  directions: number;
  diffuseModel: DiffuseModel;
  /** Worker threads (0: this thread). */
  workers: number;
  /** Horizon search distance [m]; absent: `defaultMaxDistanceM`. */
  maxDistanceM?: number;
  /** Rows per band; absent: `defaultTileRows`. */
  tileRows?: number;
}

/** Command-line options of the engine shared by `solar` and `roofs` (for `parseCommandArgs`). */
export const ENGINE_ARGS = {
  albedo: { type: 'string' },
  directions: { type: 'string' },
  'max-distance-m': { type: 'string' },
  workers: { type: 'string' },
  quiet: { type: 'boolean', short: 'q' },
} as const;

/**
 * The engine's settings from the {@link ENGINE_ARGS} options: albedo (default 0.2), horizon
 * directions (36), workers (the cores available), horizon distance (absent: automatic).
 * @throws UsageError naming the option when a value is out of range
 */
export function engineOptions(values: {
  albedo?: string;
  directions?: string;
  'max-distance-m'?: string;
  workers?: string;
}): Pick<IrradiateDsmOptions, 'albedo' | 'directions' | 'workers' | 'maxDistanceM'> {
  return {
    albedo: numberOption('albedo', values.albedo, 0.2, 0, 1),
    directions: integerOption('directions', values.directions, 36, 4, 360),
    workers: integerOption('workers', values.workers, availableParallelism(), 0, 256),
    maxDistanceM:
      values['max-distance-m'] === undefined
        ? undefined
        : numberOption('max-distance-m', values['max-distance-m'], 0, 1e-3, 1e6),
  };
}

/** A DSM irradiated by {@link irradiateDsm}. */
export interface IrradiatedDsm {
  result: IrradiationOutput;
  site: SolarSite;
  sky: SkyTimeSeries;
  /** The sky's description for the run's JSON report. */
  skyReport: Record<string, unknown>;
  /** The weather series when a file was given (air temperature, wind), else null. */
  weather: WeatherSeries | null;
  /** Parameters actually used, for the run's JSON report. */
  parameters: Record<string, unknown>;
  warnings: string[];
}

/**
 * The Solar engine on a whole DSM read from a file: site, sky (weather file or clear sky),
 * sun map, and irradiation band by band on worker threads (`solarRasters`).
 * @param dsm the DSM as read (`readGeoTiffFile`)
 * @param options sky and engine settings
 * @param progress where progress lines go
 * @param time called after each step with its name (`sunMap`, `irradiation`)
 * @param onWarning called with each warning as soon as it is known
 * @returns the irradiation outputs and what was used
 */
export async function irradiateDsm(
  dsm: RasterRead,
  options: IrradiateDsmOptions,
  progress: Progress,
  time: (step: string) => void,
  onWarning: (warning: string) => void,
): Promise<IrradiatedDsm> {
  const spacing = cellSpacingOf(dsm);
  const site = solarSite(dsm);
  const cellSizeXM = meanCellSizeXM(spacing);
  const maxDistanceM =
    options.maxDistanceM ??
    defaultMaxDistanceM(
      site.reliefM,
      dsm.width * cellSizeXM,
      dsm.height * spacing.cellSizeYM,
      Math.max(cellSizeXM, spacing.cellSizeYM),
    );
  progress.step(
    `read ${dsm.file} (${dsm.width}×${dsm.height} cells, EPSG:${dsm.geo.epsg}); site ` +
      `${latLon(site.latitudeDeg, site.longitudeDeg, 5)}, ${site.elevationM.toFixed(1)} m; ` +
      `horizon distance ${maxDistanceM.toFixed(0)} m`,
  );
  time('readDsm');
  const warnings: string[] = [];
  let sky: SkyTimeSeries;
  let skyReport: Record<string, unknown>;
  let weather: WeatherSeries | null = null;
  if (options.weatherFile !== undefined) {
    const run = await weatherRunSky(options.weatherFile, dsm.file, site);
    ({ sky, weather } = run);
    skyReport = run.report;
    warnings.push(...run.warnings);
  } else {
    const { linkeTurbidity, year, stepMinutes, clearSkyModel } = options;
    sky = clearSkySeries({
      latitudeDeg: site.latitudeDeg,
      longitudeDeg: site.longitudeDeg,
      elevationM: site.elevationM,
      year,
      stepMinutes,
      model: clearSkyModel,
      linkeTurbidity,
    });
    skyReport = {
      source: 'clear-sky',
      model: clearSkyModel,
      linkeTurbidity,
      year,
      stepMinutes,
      steps: sky.ghiWM2.length,
    };
  }
  for (const warning of warnings) onWarning(warning);
  const { albedo, directions, diffuseModel, workers } = options;
  const sunMap = buildSunMap(sky, {
    latitudeDeg: site.latitudeDeg,
    longitudeDeg: site.longitudeDeg,
    elevationM: site.elevationM,
    directions,
    gridConvergenceDeg: site.gridConvergenceDeg,
    albedo,
    diffuseModel,
  });
  progress.step(`sun map of ${sky.ghiWM2.length} steps built (${skyReport.source})`);
  time('sunMap');
  const haloRows = haloRowsFor(maxDistanceM, spacing.cellSizeYM);
  const tileRows =
    options.tileRows ?? defaultTileRows({ width: dsm.width, height: dsm.height, directions, haloRows, workers });
  const result = await solarRasters(dsm, spacing, {
    sunMap,
    maxDistanceM,
    tileRows,
    workers,
    onBand: (done, total, band) =>
      progress.step(`band ${done}/${total} done (rows ${band.coreStart}–${band.coreEnd - 1})`),
  });
  time('irradiation');
  return {
    result,
    site,
    sky,
    skyReport,
    weather,
    parameters: { albedo, directions, diffuseModel, maxDistanceM, tileRows, haloRows, workers },
    warnings,
  };
}
