import { FileProblem } from './fileProblem.js';

const GEOTIFF = /\.tiff?$/i;

/** A dropped file as sorting needs it: its name and, for every file but a GeoTIFF, its text. */
export interface DroppedInput {
  name: string;
  /** The file's text; null for a GeoTIFF (read later as bytes). */
  text: string | null;
}

/** A dropped file and its text. */
export interface NamedText {
  name: string;
  text: string;
}

/** A dropped JSON file and its parsed value. */
export interface NamedValue {
  name: string;
  value: unknown;
}

/** The files of one drop, sorted by role; null where the role has no file. */
export interface DroppedFiles<F extends DroppedInput> {
  /** Surface model GeoTIFF. */
  dsm: F | null;
  /** Terrain model GeoTIFF (a name with `dtm`, `mnt`, `dem`, `terrain` or `ground` as a word). */
  dtm: F | null;
  /** Building footprints: a FeatureCollection of polygons. */
  footprints: NamedValue | null;
  /** Weather: EPW, PVGIS TMY CSV (its first line starts with `Latitude`) or PVGIS JSON. */
  weather: NamedText | null;
  /** Roof parameters: a JSON object that is not GeoJSON (`gisement roofs --config`). */
  roofsConfig: NamedText | null;
  /** Streets: a FeatureCollection of lines. */
  streets: NamedValue | null;
  /** Pedestrian counts: any other CSV (Sydney wide, Melbourne, or long `site,timestamp,count`). */
  counts: NamedText | null;
  /** Counter sites: points named with `count`, `counter`, `site`, `sensor`, `compteur` or `capteur`. */
  sites: NamedValue | null;
  /** Shops and services: points named with `shop`, `poi`, `commerce`, `amenit`, `attract` or `store`. */
  shops: NamedValue | null;
  /** Candidate premises: points named with `candidat`, `premises`, `vacan` or `locaux`. */
  candidates: NamedValue | null;
  /** What cannot be used, file by file. */
  problems: FileProblem[];
  /** Files used but short of what a result needs (streets without counts), file by file. */
  notes: FileProblem[];
}

/**
 * Whether a file name is a GeoTIFF's (`.tif`, `.tiff`), read as bytes rather than text.
 * @example isGeoTiffName('DSM.TIFF') // true
 */
export function isGeoTiffName(name: string): boolean {
  return GEOTIFF.test(name);
}

/** Roles a dropped text or JSON file can take. */
type TextRole = 'footprints' | 'weather' | 'roofsConfig' | 'streets' | 'counts' | 'sites' | 'shops' | 'candidates';

const JSON_FILE = /\.(geo)?json$/i;
const CSV = /\.csv$/i;
const EPW = /\.epw$/i;
const DTM_NAME = /(^|[^a-z])(dtm|mnt|dem|terrain|ground)([^a-z]|$)/i;
/** Point files by their name, first match wins (a `candidate_sites.geojson` is candidates). */
const POINT_ROLES: readonly [RegExp, TextRole][] = [
  [/candidat|premises|vacan|locaux/i, 'candidates'],
  [/count|site|sensor|compteur|capteur/i, 'sites'],
  [/shop|poi|commerce|amenit|attract|store/i, 'shops'],
];

/** The role of a parsed JSON file, or the problem that keeps it from having one. */
function jsonRole(name: string, value: unknown): TextRole | FileProblem {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return new FileProblem(name, 'error.geojson', { detail: 'the file is not a JSON object' });
  }
  const object = value as { type?: unknown; features?: unknown; inputs?: unknown; outputs?: unknown };
  if (object.inputs !== undefined && object.outputs !== undefined) return 'weather';
  if (object.type === undefined) return 'roofsConfig';
  if (object.type !== 'FeatureCollection' || !Array.isArray(object.features)) {
    return new FileProblem(name, 'error.geojson', { detail: `"type" is ${JSON.stringify(object.type)}` });
  }
  const first = object.features.find((f: { geometry?: { type?: unknown } }) => f?.geometry?.type !== undefined) as
    | { geometry: { type: unknown } }
    | undefined;
  const type = first?.geometry.type;
  if (type === 'Polygon' || type === 'MultiPolygon') return 'footprints';
  if (type === 'LineString' || type === 'MultiLineString') return 'streets';
  if (type === 'Point' || type === 'MultiPoint') {
    return POINT_ROLES.find(([pattern]) => pattern.test(name))?.[1] ?? new FileProblem(name, 'error.pointsRole');
  }
  return new FileProblem(name, 'error.geojson', { detail: `no polygon, line or point feature (${String(type)})` });
}

/** The role of a text file from its name and contents, or the problem that keeps it from having one. */
function textRole(name: string, text: string): { role: TextRole; value?: unknown } | FileProblem {
  if (EPW.test(name)) return { role: 'weather' };
  if (CSV.test(name)) return { role: /^\ufeff?Latitude/i.test(text) ? 'weather' : 'counts' };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return new FileProblem(name, 'error.json', { detail: (error as Error).message });
  }
  const role = jsonRole(name, value);
  if (role instanceof FileProblem) return role;
  // Weather and roof parameters are read again from their text by their own parsers.
  return role === 'weather' || role === 'roofsConfig' ? { role } : { role, value };
}

/**
 * Sort one drop's files by role, from their names and contents: one DSM GeoTIFF (`.tif`,
 * `.tiff`) and, beside it, a DTM GeoTIFF named as one; footprints (polygons), streets (lines)
 * and points (counters, shops or candidate premises by their name) from GeoJSON (`.geojson`,
 * `.json`); a weather file (`.epw`, a PVGIS TMY `.csv` or `.json`); counts (any other `.csv`);
 * a roofs configuration (a JSON object that is not GeoJSON). Anything else, a second file for
 * a role, unreadable JSON, or data without a DSM is a problem, named by file; counts without
 * their counters or streets too. Streets without counts are kept, with a note; so is a DTM
 * beside footprints (the footprints define the buildings, as in `gisement roofs`).
 * @param files the dropped files, each with its text unless it is a GeoTIFF
 * @returns the files by role, the problems and the notes
 * @example sortDroppedFiles([{ name: 'dsm.tif', text: null }, { name: 'notes.txt', text: '' }]).problems[0].reason // 'error.unknownType'
 */
export function sortDroppedFiles<F extends DroppedInput>(files: readonly F[]): DroppedFiles<F> {
  const result: DroppedFiles<F> = {
    dsm: null,
    dtm: null,
    footprints: null,
    weather: null,
    roofsConfig: null,
    streets: null,
    counts: null,
    sites: null,
    shops: null,
    candidates: null,
    problems: [],
    notes: [],
  };
  const tiffs = files.filter((f) => GEOTIFF.test(f.name));
  const dtms = tiffs.filter((f) => DTM_NAME.test(f.name));
  if (tiffs.length === 1) {
    result.dsm = tiffs[0];
  } else if (tiffs.length === 2 && dtms.length === 1) {
    result.dtm = dtms[0];
    result.dsm = tiffs.find((f) => f !== dtms[0]) ?? null;
  } else if (tiffs.length > 1) {
    for (const f of tiffs) result.problems.push(new FileProblem(f.name, 'error.tooManyDsm', { count: tiffs.length }));
  }
  for (const f of files) {
    if (GEOTIFF.test(f.name)) continue;
    if (!(JSON_FILE.test(f.name) || CSV.test(f.name) || EPW.test(f.name)) || f.text === null) {
      result.problems.push(new FileProblem(f.name, 'error.unknownType'));
      continue;
    }
    const sorted = textRole(f.name, f.text);
    if (sorted instanceof FileProblem) {
      result.problems.push(sorted);
    } else if (tiffs.length === 0) {
      result.problems.push(new FileProblem(f.name, 'error.noDsm'));
    } else if (result[sorted.role] !== null) {
      const first = (result[sorted.role] as { name: string }).name;
      result.problems.push(new FileProblem(f.name, 'error.sameRole', { other: first }));
    } else {
      const entry = 'value' in sorted ? { name: f.name, value: sorted.value } : { name: f.name, text: f.text };
      (result as unknown as Record<TextRole, NamedText | NamedValue>)[sorted.role] = entry;
    }
  }
  const { streets, counts, sites } = result;
  if (counts && !sites) result.problems.push(new FileProblem(counts.name, 'error.countsNeedSites'));
  if (counts && !streets) result.problems.push(new FileProblem(counts.name, 'error.countsNeedStreets'));
  if (streets && !counts) result.notes.push(new FileProblem(streets.name, 'note.streetsNeedCounts'));
  if (result.dtm && result.footprints) result.notes.push(new FileProblem(result.dtm.name, 'note.dtmUnused'));
  return result;
}
