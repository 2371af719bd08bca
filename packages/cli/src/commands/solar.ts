import { join } from 'node:path';
import { type DiffuseModel, type GeoRef, type IrradiationOutput, RSUN_DEFAULT_LINKE_TURBIDITY } from '@gisement/core';
import { readGeoTiffFile, writeFileAtomic, writeGeoTiffFile } from '@gisement/io/node';
import {
  choiceOption,
  integerOption,
  numberOption,
  onePositional,
  parseCommandArgs,
  requiredOut,
  UsageError,
} from '../args.js';
import type { Command } from '../command.js';
import { prepareOutputDir } from '../outputDir.js';
import { stderrProgress } from '../progress.js';
import { ENGINE_ARGS, engineOptions, irradiateDsm } from '../solar/irradiateDsm.js';
import { stepTimer } from '../stepTimer.js';

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

export const solarCommand: Command = {
  name: 'solar',
  summary: 'annual and monthly solar irradiation rasters of a DSM (shading, sky view, weather)',
  help,
  async run(argv, { stderr }) {
    const { values, positionals } = parseCommandArgs('solar', argv, {
      out: { type: 'string', short: 'o' },
      weather: { type: 'string' },
      linke: { type: 'string' },
      'clear-sky': { type: 'string' },
      year: { type: 'string' },
      'step-minutes': { type: 'string' },
      diffuse: { type: 'string' },
      'tile-rows': { type: 'string' },
      ...ENGINE_ARGS,
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
    const diffuseModel: DiffuseModel = choiceOption('diffuse', values.diffuse, [
      'perez',
      'hay-davies',
      'isotropic',
    ] as const);
    const engine = engineOptions(values);
    const tileRowsOption =
      values['tile-rows'] === undefined ? undefined : integerOption('tile-rows', values['tile-rows'], 0, 1, 1e6);
    const progress = stderrProgress('solar', stderr, values.quiet);
    const timer = stepTimer();

    await prepareOutputDir(out);
    const dsm = await readGeoTiffFile(file);
    const { result, site, skyReport, parameters, warnings } = await irradiateDsm(
      dsm,
      {
        weatherFile: values.weather,
        linkeTurbidity,
        clearSkyModel,
        year,
        stepMinutes,
        ...engine,
        diffuseModel,
        tileRows: tileRowsOption,
      },
      progress,
      timer.time,
      (warning) => stderr.write(`gisement solar: warning: ${warning}\n`),
    );

    await writeOutputs(out, result, dsm);
    timer.time('writeRasters');
    const report = {
      command: 'solar',
      dsm: { file, width: dsm.width, height: dsm.height, epsg: dsm.geo.epsg },
      site,
      sky: skyReport,
      parameters,
      warnings,
      timingsSeconds: timer.report(),
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
