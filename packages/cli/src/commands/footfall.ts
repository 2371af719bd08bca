import { readFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import {
  calibrationJson,
  type DayType,
  FootfallInputError,
  type FootfallOptions,
  footfallGeoJson,
  type ParsedSites,
  parseAttractors,
  parseCandidates,
  parseCounts,
  parseJsonText,
  parseSitesCsv,
  parseSitesGeoJson,
  parseStreets,
  premisesGeoJson,
  profilesJson,
  runFootfall,
} from '@gisement/footfall';
import { crsInfo, toWgs84 } from '@gisement/io';
import { writeFileAtomic } from '@gisement/io/node';
import { integerOption, parseCommandArgs, requiredOut, UsageError } from '../args.js';
import type { Command } from '../command.js';
import { prepareOutputDir } from '../outputDir.js';
import { stderrProgress } from '../progress.js';
import { angularChoiceOnWorkers } from '../workers/angularChoicePool.js';

const help = `Usage: gisement footfall --streets <geojson> --counts <csv> --sites <geojson|csv> --out <dir> [options]

Pedestrian footfall on every street segment, calibrated on counters (ridge log-linear model
of network centralities + kriged residuals, leave-one-counter-out cross-validated), hourly
profiles and, with --candidates, a ranking of candidate premises (Huff model).
  --streets <geojson>        streets, LineStrings with OSM tags (highway or GDAL other_tags);
                             WGS84, or a projected CRS named in a GeoJSON "crs" member
                             (e.g. urn:ogc:def:crs:EPSG::2154), reprojected to WGS84
  --counts <csv>             counts: City of Sydney surveys, City of Melbourne hourly, or
                             long site,timestamp,count[,mode] (pedestrian modes kept)
  --sites <geojson|csv>      counter locations (points, or CSV with id and lon/lat columns);
                             required, the count files carry no locations
  --site-id-property <name>  property (GeoJSON) or column (CSV) holding the site id
                             (default: siteId, site_id, Site_ID, SiteID, site, id)
  --pois <geojson>           shops and amenities (shop/amenity tags or category)
  --candidates <geojson>     candidate premises to rank (writes premises.geojson)
  --exclude-sites <ids>      comma-separated site ids left out of the calibration; their
                             predictions vs observed counts are in calibration.json
  --radii <m,…>              network radii of the centralities, ascending (default 400,800,1200)
  --angular                  also compute angular (space syntax) choice at the radii: written
                             per segment (angularChoice<r>) and offered to the calibration
  --workers <n>              worker threads for --angular (default: the cores available;
                             0 = this thread)
  --years <from-to>          years of counts kept, e.g. 2013-2019 or 2019 (default all)
  --day-types <list>         day types averaged: weekday, saturday, sunday-holiday, weekend
                             (default weekday)
  --holidays <dates>         comma-separated YYYY-MM-DD public holidays (counted as Sundays)
  --out <dir>                output directory (created when missing)
  --quiet                    no progress on stderr
Writes footfall.geojson (one feature per segment: footfallDaily, footfallLow/High = 80 %
interval, features, profileType), calibration.json (coefficients, cross-validated R² on
log counts, share within a factor of 2, per-counter observed vs predicted, every excluded
item with its reason), profiles.json, and premises.geojson with --candidates.
`;

const DAY_TYPES: readonly DayType[] = ['weekday', 'saturday', 'sunday-holiday', 'weekend'];

/** Comma-separated list option, empty entries dropped. */
function listOption(value: string | undefined): string[] {
  return value === undefined
    ? []
    : value
        .split(',')
        .map((s) => s.trim())
        .filter((s) => s !== '');
}

/** `--years 2013-2019` or `--years 2019` → [from, to]. */
function yearsOption(value: string | undefined): [number, number] | undefined {
  if (value === undefined) return undefined;
  const m = /^\s*(\d{4})\s*(?:[-–]\s*(\d{4}))?\s*$/.exec(value);
  const from = m ? Number(m[1]) : Number.NaN;
  const to = m?.[2] !== undefined ? Number(m[2]) : from;
  if (!m || to < from) throw new UsageError(`--years expects <from>-<to> or <year>, e.g. 2013-2019, got "${value}"`);
  return [from, to];
}

function radiiOption(value: string | undefined): number[] | undefined {
  if (value === undefined) return undefined;
  const radii = listOption(value).map(Number);
  if (radii.length === 0 || radii.some((r, k) => !(r > 0) || !Number.isFinite(r) || (k > 0 && !(r > radii[k - 1])))) {
    throw new UsageError(`--radii expects ascending positive metres, e.g. 400,800,1200, got "${value}"`);
  }
  return radii;
}

function dayTypesOption(value: string | undefined): DayType[] | undefined {
  if (value === undefined) return undefined;
  const list = listOption(value);
  for (const d of list) {
    if (!DAY_TYPES.includes(d as DayType)) {
      throw new UsageError(`--day-types: unknown day type "${d}" (expected ${DAY_TYPES.join(', ')})`);
    }
  }
  if (list.length === 0) throw new UsageError('--day-types needs at least one day type');
  return list as DayType[];
}

async function readText(file: string): Promise<string> {
  try {
    return await readFile(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new Error(`${file}: cannot read (${code === 'ENOENT' ? 'no such file' : (code ?? String(error))})`);
  }
}

/** EPSG code of a GeoJSON 2008 `crs` member (`EPSG:2154`, `urn:ogc:def:crs:EPSG::2154`), or null. */
function geoJsonEpsg(value: unknown, file: string): number | null {
  const name = (value as { crs?: { properties?: { name?: unknown } } } | null)?.crs?.properties?.name;
  if (typeof name !== 'string' || /CRS84$/i.test(name)) return null;
  const m = /EPSG:+(\d+)$/i.exec(name);
  if (!m) throw new FootfallInputError(file, null, `unrecognised CRS ${name}; expected an EPSG code`);
  return Number(m[1]);
}

/** Replace every position of a GeoJSON coordinates array in place by `toWgs84(epsg, x, y)`. */
function reprojectPositions(coords: unknown, epsg: number): void {
  if (!Array.isArray(coords)) return;
  if (typeof coords[0] === 'number' && typeof coords[1] === 'number') {
    const [lon, lat] = toWgs84(epsg, coords[0], coords[1]);
    coords[0] = lon;
    coords[1] = lat;
    return;
  }
  for (const c of coords) reprojectPositions(c, epsg);
}

/**
 * Read a GeoJSON file; a FeatureCollection in a projected CRS (GeoJSON 2008 `crs` member) is
 * reprojected to WGS84 lon/lat (RFC 7946) with `@gisement/io`'s `toWgs84`.
 */
async function readGeoJson(file: string): Promise<{ value: unknown; epsg: number | null }> {
  const value = parseJsonText(await readText(file), file);
  const epsg = geoJsonEpsg(value, file);
  if (epsg === null || epsg === 4326) return { value, epsg };
  crsInfo(epsg); // throws CrsError naming the code when it is not supported
  const fc = value as { crs?: unknown; features?: unknown };
  if (Array.isArray(fc.features)) {
    for (const f of fc.features as { geometry?: { coordinates?: unknown } | null }[]) {
      reprojectPositions(f?.geometry?.coordinates, epsg);
    }
  }
  delete fc.crs;
  return { value, epsg };
}

async function readSites(file: string, idProperty: string | undefined): Promise<ParsedSites> {
  if (/\.csv$/i.test(file)) return parseSitesCsv(await readText(file), file, idProperty);
  return parseSitesGeoJson((await readGeoJson(file)).value, file, idProperty);
}

export const footfallCommand: Command = {
  name: 'footfall',
  summary: 'pedestrian footfall per street segment from streets, counters and shops; premises ranking',
  help,
  async run(argv, { stderr }) {
    const { values, positionals } = parseCommandArgs('footfall', argv, {
      streets: { type: 'string' },
      counts: { type: 'string' },
      sites: { type: 'string' },
      'site-id-property': { type: 'string' },
      pois: { type: 'string' },
      candidates: { type: 'string' },
      'exclude-sites': { type: 'string' },
      years: { type: 'string' },
      radii: { type: 'string' },
      angular: { type: 'boolean' },
      workers: { type: 'string' },
      'day-types': { type: 'string' },
      holidays: { type: 'string' },
      out: { type: 'string', short: 'o' },
      quiet: { type: 'boolean', short: 'q' },
    });
    if (positionals.length > 0) throw new UsageError(`footfall: unexpected argument ${positionals[0]}`);
    if (!values.streets) throw new UsageError('footfall: --streets <geojson> is required');
    if (!values.counts) throw new UsageError('footfall: --counts <csv> is required');
    if (!values.sites) {
      throw new UsageError('footfall: --sites <geojson|csv> is required (count files carry no counter locations)');
    }
    const out = requiredOut('footfall', values.out);
    const workers = integerOption('workers', values.workers, availableParallelism(), 0, 256);
    const options: FootfallOptions = {
      years: yearsOption(values.years),
      radiiM: radiiOption(values.radii),
      dayTypes: dayTypesOption(values['day-types']),
      excludeSites: listOption(values['exclude-sites']),
      angular: values.angular === true,
      angularChoice: workers > 0 ? (graph, radiiM) => angularChoiceOnWorkers(graph, radiiM, workers) : undefined,
    };
    const progress = stderrProgress('footfall', stderr, values.quiet);
    await prepareOutputDir(out);

    const streetsFile = await readGeoJson(values.streets);
    const streets = parseStreets(streetsFile.value, values.streets);
    progress.step(
      `read ${values.streets}${streetsFile.epsg && streetsFile.epsg !== 4326 ? ` (EPSG:${streetsFile.epsg} → WGS84)` : ''}: ${streets.ways.length} walkable ways, ${streets.skipped.length} features dropped`,
    );
    const counts = parseCounts(await readText(values.counts), values.counts, {
      holidays: listOption(values.holidays),
    });
    progress.step(`read ${values.counts} (${counts.format}): ${counts.counts.length} hourly counts`);
    const sites = await readSites(values.sites, values['site-id-property']);
    const attractors = values.pois ? parseAttractors((await readGeoJson(values.pois)).value, values.pois) : undefined;
    const candidates = values.candidates
      ? parseCandidates((await readGeoJson(values.candidates)).value, values.candidates)
      : undefined;
    progress.step(
      `read ${sites.sites.length} sites${attractors ? `, ${attractors.attractors.length} attractors` : ''}${candidates ? `, ${candidates.candidates.length} candidates` : ''}`,
    );

    const result = runFootfall(
      { streets, counts, sites, attractors, candidates },
      { ...options, onProgress: (message) => progress.step(message) },
    );
    const cv = result.calibration.crossValidation;
    progress.step(
      `${cv.counterCount} counters: cross-validated R² (ln daily) ${cv.r2LogKriged.toFixed(2)}, ${Math.round(100 * cv.shareWithinFactor2Kriged)} % within ×2`,
    );
    for (const w of result.calibration.warnings) progress.step(`warning: ${w}`);

    const outputs: [string, unknown][] = [
      ['footfall.geojson', footfallGeoJson(result)],
      ['calibration.json', calibrationJson(result)],
      ['profiles.json', profilesJson(result)],
    ];
    if (candidates) outputs.push(['premises.geojson', premisesGeoJson(result)]);
    await Promise.all(outputs.map(([name, value]) => writeFileAtomic(join(out, name), `${JSON.stringify(value)}\n`)));
    progress.step(`wrote ${outputs.map(([name]) => join(out, name)).join(', ')}`);
  },
};
