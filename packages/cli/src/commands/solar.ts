import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import {
  buildSunMap,
  clearSkySeries,
  type DiffuseModel,
  type GeoRef,
  type IrradiationOutput,
  RSUN_DEFAULT_LINKE_TURBIDITY,
  type SkyTimeSeries,
} from '@gisement/core';
import { readGeoTiffFile, writeFileAtomic, writeGeoTiffFile } from '@gisement/io/node';
import { numberOption, onePositional, parseCommandArgs, requiredOut, UsageError } from '../args.js';
import type { Command } from '../command.js';
import { prepareOutputDir } from '../outputDir.js';
import { stderrProgress } from '../progress.js';
import { haloRowsFor, meanCellSizeXM, solarRasters } from '../solar/solarRasters.js';
import { defaultMaxDistanceM, solarSite } from '../solar/solarSite.js';
import { defaultTileRows } from '../solar/tileRows.js';
import { latLon, weatherRunSky } from '../solar/weatherSky.js';
import { cellSpacingOf } from '../spacing.js';

const help = `Usage: gisement solar <dsm.tif> --out <dir> [options]

Annual and monthly solar irradiation of every cell of a DSM on its own plane (slope and
aspect), shaded by the horizons of the DSM, with the sky view factor and ground reflection.
Sky: a weather file (hourly GHI/DNI/DHI; GHI-only files are decomposed with Erbs 1982), or a
clear sky. Site: the DSM's centre (WGS84) at its median elevation.

  --weather <file>        EnergyPlus EPW or PVGIS TMY (CSV, JSON, EPW) — recommended: the PVGIS
                          TMY of the commune (https://re.jrc.ec.europa.eu/pvg_tools/en/, TMY tab)
  --linke <TL>            clear-sky Linke turbidity: one value, or 12 monthly values
                          separated by commas, January first (default 3.0, r.sun's default)
  --clear-sky <model>     esra (r.sun's, default) or ineichen
  --year <yyyy>           year of the clear-sky series (default 2023)
  --step-minutes <m>      clear-sky time step, dividing a day (default 60)
  --albedo <a>            ground albedo 0–1 (default 0.2)
  --directions <n>        horizon directions (default 36, every 10°)
  --max-distance-m <m>    horizon search distance (default: the DSM's relief / tan 2°, so
                          that every obstacle rising 2° or more is seen; at least 10 cells,
                          at most the DSM's diagonal)
  --diffuse <model>       perez (default), hay-davies or isotropic
  --tile-rows <n>         rows per band computed by a worker (default: automatic);
                          results do not depend on it
  --workers <n>           worker threads (default: the cores available; 0 = this thread)
  --quiet                 no progress on stderr

Writes into <dir> (created when missing), Float32, nodata -9999, on the DSM's grid and CRS:
  irradiation.tif   annual global irradiation on the cell's plane [kWh/m²/yr]
  beam.tif, diffuse.tif, reflected.tif   its parts [kWh/m²/yr]
  monthly.tif       12 bands, global per month (UTC) [kWh/m²/month]
  sun-hours.tif     hours of direct sun on the cell [h/yr]
  svf.tif           sky view factor of the tilted cell [0–1]
  solar-run.json    every parameter used, the site, warnings, timings and peak memory
`;

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

function linkeOption(value: string | undefined): number | number[] {
  if (value === undefined) return RSUN_DEFAULT_LINKE_TURBIDITY;
  const parts = value.split(',');
  if (parts.length !== 1 && parts.length !== 12) {
    throw new UsageError(`--linke expects one value or 12 comma-separated monthly values, got ${parts.length}`);
  }
  const values = parts.map((p) => numberOption('linke', p, 0, 1, 10));
  return values.length === 1 ? (values[0] as number) : values;
}

function choiceOption<T extends string>(name: string, value: string | undefined, choices: readonly T[]): T {
  if (value === undefined) return choices[0] as T;
  if (!(choices as readonly string[]).includes(value)) {
    throw new UsageError(`--${name} expects one of ${choices.join(', ')}, got "${value}"`);
  }
  return value as T;
}

function integerOption(name: string, value: string | undefined, fallback: number, min: number, max: number): number {
  const n = numberOption(name, value, fallback, min, max);
  if (!Number.isInteger(n)) throw new UsageError(`--${name} expects an integer, got "${value}"`);
  return n;
}

export const solarCommand: Command = {
  name: 'solar',
  summary: 'annual and monthly solar irradiation rasters of a DSM (shading, sky view, weather)',
  help,
  async run(argv, { stderr }) {
    const started = Date.now();
    const { values, positionals } = parseCommandArgs('solar', argv, {
      out: { type: 'string', short: 'o' },
      weather: { type: 'string' },
      linke: { type: 'string' },
      'clear-sky': { type: 'string' },
      year: { type: 'string' },
      'step-minutes': { type: 'string' },
      albedo: { type: 'string' },
      directions: { type: 'string' },
      'max-distance-m': { type: 'string' },
      diffuse: { type: 'string' },
      'tile-rows': { type: 'string' },
      workers: { type: 'string' },
      quiet: { type: 'boolean', short: 'q' },
    });
    const file = onePositional('solar', positionals, 'DSM GeoTIFF');
    const out = requiredOut('solar', values.out);
    if (values.weather !== undefined) {
      for (const clearSkyOnly of ['linke', 'clear-sky', 'year', 'step-minutes'] as const) {
        if (values[clearSkyOnly] !== undefined) {
          throw new UsageError(`solar: --${clearSkyOnly} is for the clear sky; it cannot go with --weather`);
        }
      }
    }
    const linkeTurbidity = linkeOption(values.linke);
    const clearSkyModel = choiceOption('clear-sky', values['clear-sky'], ['esra', 'ineichen'] as const);
    const year = integerOption('year', values.year, 2023, 1900, 2200);
    const stepMinutes = integerOption('step-minutes', values['step-minutes'], 60, 1, 1440);
    if (1440 % stepMinutes !== 0) throw new UsageError(`--step-minutes must divide a day (1440), got ${stepMinutes}`);
    const albedo = numberOption('albedo', values.albedo, 0.2, 0, 1);
    const directions = integerOption('directions', values.directions, 36, 4, 360);
    const diffuseModel: DiffuseModel = choiceOption('diffuse', values.diffuse, [
      'perez',
      'hay-davies',
      'isotropic',
    ] as const);
    const workers = integerOption('workers', values.workers, availableParallelism(), 0, 256);
    const maxDistanceOption =
      values['max-distance-m'] === undefined
        ? undefined
        : numberOption('max-distance-m', values['max-distance-m'], 0, 1e-3, 1e6);
    const tileRowsOption =
      values['tile-rows'] === undefined ? undefined : integerOption('tile-rows', values['tile-rows'], 0, 1, 1e6);
    const progress = stderrProgress('solar', stderr, values.quiet);
    const warnings: string[] = [];
    const timings: Record<string, number> = {};
    let lap = Date.now();
    const time = (step: string): void => {
      const now = Date.now();
      timings[step] = (now - lap) / 1000;
      lap = now;
    };

    await prepareOutputDir(out);
    const dsm = await readGeoTiffFile(file);
    const spacing = cellSpacingOf(dsm);
    const site = solarSite(dsm);
    const cellSizeXM = meanCellSizeXM(spacing);
    const maxDistanceM =
      maxDistanceOption ??
      defaultMaxDistanceM(
        site.reliefM,
        dsm.width * cellSizeXM,
        dsm.height * spacing.cellSizeYM,
        Math.max(cellSizeXM, spacing.cellSizeYM),
      );
    progress.step(
      `read ${file} (${dsm.width}×${dsm.height} cells, EPSG:${dsm.geo.epsg}); site ` +
        `${latLon(site.latitudeDeg, site.longitudeDeg, 5)}, ${site.elevationM.toFixed(1)} m; ` +
        `horizon distance ${maxDistanceM.toFixed(0)} m`,
    );
    time('readDsm');

    let sky: SkyTimeSeries;
    let skyReport: Record<string, unknown>;
    if (values.weather !== undefined) {
      const run = await weatherRunSky(values.weather, file, site);
      sky = run.sky;
      skyReport = run.report;
      warnings.push(...run.warnings);
    } else {
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
    for (const warning of warnings) stderr.write(`gisement solar: warning: ${warning}\n`);
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
      tileRowsOption ?? defaultTileRows({ width: dsm.width, height: dsm.height, directions, haloRows, workers });
    const result = await solarRasters(dsm, spacing, {
      sunMap,
      maxDistanceM,
      tileRows,
      workers,
      onBand: (done, total, band) =>
        progress.step(`band ${done}/${total} done (rows ${band.coreStart}–${band.coreEnd - 1})`),
    });
    time('irradiation');

    await writeOutputs(out, result, dsm);
    time('writeRasters');
    const report = {
      command: 'solar',
      dsm: { file, width: dsm.width, height: dsm.height, epsg: dsm.geo.epsg },
      site,
      sky: skyReport,
      parameters: { albedo, directions, diffuseModel, maxDistanceM, tileRows, haloRows, workers },
      warnings,
      timingsSeconds: { ...timings, total: (Date.now() - started) / 1000 },
      maxRssMB: process.resourceUsage().maxRSS / 1024,
    };
    await writeFileAtomic(join(out, 'solar-run.json'), `${JSON.stringify(report, null, 2)}\n`);
    progress.step(`wrote ${OUTPUT_FILES.join(', ')} and solar-run.json into ${out}`);
  },
};

const OUTPUT_FILES = [
  'irradiation.tif',
  'beam.tif',
  'diffuse.tif',
  'reflected.tif',
  'monthly.tif',
  'sun-hours.tif',
  'svf.tif',
];

async function writeOutputs(
  out: string,
  result: IrradiationOutput,
  dsm: { width: number; height: number; geo: GeoRef },
): Promise<void> {
  const grid = { width: dsm.width, height: dsm.height, geo: dsm.geo };
  const cells = dsm.width * dsm.height;
  const single = [
    ['irradiation.tif', result.globalKwhM2Yr, 'global_kwh_m2_yr'],
    ['beam.tif', result.beamKwhM2Yr, 'beam_kwh_m2_yr'],
    ['diffuse.tif', result.diffuseKwhM2Yr, 'diffuse_kwh_m2_yr'],
    ['reflected.tif', result.reflectedKwhM2Yr, 'reflected_kwh_m2_yr'],
    ['sun-hours.tif', result.sunHoursYr, 'sun_hours_h_yr'],
    ['svf.tif', result.svf, 'sky_view_factor'],
  ] as const;
  const monthly = MONTHS.map((_, m) => result.monthlyKwhM2.subarray(m * cells, (m + 1) * cells));
  await Promise.all([
    ...single.map(([name, band, bandName]) =>
      writeGeoTiffFile(join(out, name), { ...grid, bands: [band] }, { nodata: -9999, bandNames: [bandName] }),
    ),
    writeGeoTiffFile(
      join(out, 'monthly.tif'),
      { ...grid, bands: monthly },
      { nodata: -9999, bandNames: MONTHS.map((m) => `${m}_global_kwh_m2`) },
    ),
  ]);
}
