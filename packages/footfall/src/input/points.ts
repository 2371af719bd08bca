import { parseCsv } from './csv.js';
import { FootfallInputError, type SkippedItem } from './errors.js';
import { featureCollectionFeatures, featureId, isLonLat } from './geojson.js';
import { parseOtherTags } from './osm-tags.js';

/** A counter site location. */
export interface CounterSite {
  /** Site id matching the `siteId` of the counts. */
  id: string;
  lonDeg: number;
  latDeg: number;
}

/** Sites read from a file; sites with a repeated id are all excluded (ambiguous location). */
export interface ParsedSites {
  /** File name as given by the caller. */
  file: string;
  sites: CounterSite[];
  skipped: SkippedItem[];
}

/** Property names tried, in order, for a site id when none is given. */
export const SITE_ID_PROPERTIES = ['siteId', 'site_id', 'Site_ID', 'SiteID', 'site', 'id'] as const;

function dropDuplicates(
  rows: { site: CounterSite; line: number }[],
  file: string,
  skipped: SkippedItem[],
): CounterSite[] {
  const byId = new Map<string, number>();
  for (const r of rows) byId.set(r.site.id, (byId.get(r.site.id) ?? 0) + 1);
  const out: CounterSite[] = [];
  for (const r of rows) {
    const n = byId.get(r.site.id) ?? 0;
    if (n > 1) {
      skipped.push({
        file,
        line: r.line,
        id: r.site.id,
        reason: `duplicate site id (${n} locations)`,
      });
    } else {
      out.push(r.site);
    }
  }
  return out;
}

/**
 * Read counter sites from a GeoJSON FeatureCollection of Points (WGS84). The id is the
 * property `idProperty` when given, else the first of {@link SITE_ID_PROPERTIES}, else the
 * feature `id`. Features without an id or a point geometry are skipped (line = feature index).
 */
export function parseSitesGeoJson(value: unknown, file: string, idProperty?: string): ParsedSites {
  const features = featureCollectionFeatures(value, file);
  const names = idProperty ? [idProperty] : SITE_ID_PROPERTIES;
  const rows: { site: CounterSite; line: number }[] = [];
  const skipped: SkippedItem[] = [];
  for (let i = 0; i < features.length; i++) {
    const f = features[i];
    const id = featureId(f, names);
    if (id === null) {
      skipped.push({ file, line: i, id: null, reason: `no site id (${names.join(', ')})` });
      continue;
    }
    const c = f.geometry?.type === 'Point' ? f.geometry.coordinates : null;
    if (!isLonLat(c)) {
      skipped.push({ file, line: i, id, reason: 'geometry is not a WGS84 Point' });
      continue;
    }
    rows.push({ site: { id, lonDeg: c[0], latDeg: c[1] }, line: i });
  }
  return { file, sites: dropDuplicates(rows, file, skipped), skipped };
}

/**
 * Read counter sites from CSV text with an id column (`idColumn`, else the first of
 * {@link SITE_ID_PROPERTIES}) and `lon`/`longitude` and `lat`/`latitude` columns (WGS84 degrees).
 *
 * @throws FootfallInputError when the id or coordinate columns are missing
 */
export function parseSitesCsv(text: string, file: string, idColumn?: string): ParsedSites {
  const table = parseCsv(text, file);
  const lower = table.header.map((h) => h.toLowerCase());
  const find = (names: readonly string[]) => {
    for (const n of names) {
      const i = lower.indexOf(n.toLowerCase());
      if (i >= 0) return i;
    }
    return -1;
  };
  const iId = find(idColumn ? [idColumn] : SITE_ID_PROPERTIES);
  const iLon = find(['lon', 'longitude', 'lng']);
  const iLat = find(['lat', 'latitude']);
  if (iId < 0 || iLon < 0 || iLat < 0) {
    throw new FootfallInputError(file, 1, 'sites CSV needs an id column and lon/lat columns');
  }
  const rows: { site: CounterSite; line: number }[] = [];
  const skipped: SkippedItem[] = [];
  for (const { line, fields } of table.records) {
    const id = (fields[iId] ?? '').trim();
    const lonText = (fields[iLon] ?? '').trim();
    const latText = (fields[iLat] ?? '').trim();
    const lon = lonText === '' ? Number.NaN : Number(lonText);
    const lat = latText === '' ? Number.NaN : Number(latText);
    if (id === '') {
      skipped.push({ file, line, id: null, reason: 'missing site id' });
    } else if (!isLonLat([lon, lat])) {
      skipped.push({ file, line, id, reason: 'lon/lat not valid WGS84 degrees' });
    } else {
      rows.push({ site: { id, lonDeg: lon, latDeg: lat }, line });
    }
  }
  return { file, sites: dropDuplicates(rows, file, skipped), skipped };
}

/** `category` property, else `shop:<value>` / `amenity:<value>` from tags or `other_tags`, else null. */
function categoryOf(p: Record<string, unknown>): string | null {
  if (typeof p.category === 'string' && p.category !== '') return p.category;
  const tags = parseOtherTags(typeof p.other_tags === 'string' ? p.other_tags : null);
  const shop = typeof p.shop === 'string' ? p.shop : tags.shop;
  if (shop) return `shop:${shop}`;
  const amenity = typeof p.amenity === 'string' ? p.amenity : tags.amenity;
  return amenity ? `amenity:${amenity}` : null;
}

/** A point of interest that attracts pedestrians (shop, café, station entrance…). */
export interface Attractor {
  /** OSM id or feature id. */
  id: string;
  /** `shop:<value>`, `amenity:<value>` or the `category` property. */
  category: string;
  /** Attractiveness weight [dimensionless], 1 unless a `weight` property is given. */
  weight: number;
  lonDeg: number;
  latDeg: number;
}

/** Attractors read from a file. */
export interface ParsedAttractors {
  /** File name as given by the caller. */
  file: string;
  attractors: Attractor[];
  skipped: SkippedItem[];
}

/**
 * Read attractors from a GeoJSON FeatureCollection of Points with OSM tags (`shop`,
 * `amenity`, directly or in GDAL's `other_tags`) or a `category` property, and an optional
 * positive numeric `weight` (e.g. floor area). Features with no category or no point are
 * skipped.
 */
export function parseAttractors(value: unknown, file: string): ParsedAttractors {
  const features = featureCollectionFeatures(value, file);
  const attractors: Attractor[] = [];
  const skipped: SkippedItem[] = [];
  for (let i = 0; i < features.length; i++) {
    const f = features[i];
    const p = f.properties ?? {};
    const id = featureId(f, ['osm_id', '@id', 'id']) ?? `feature-${i}`;
    const category = categoryOf(p);
    if (category === null) {
      skipped.push({ file, line: i, id, reason: 'no shop, amenity or category' });
      continue;
    }
    const c = f.geometry?.type === 'Point' ? f.geometry.coordinates : null;
    if (!isLonLat(c)) {
      skipped.push({ file, line: i, id, reason: 'geometry is not a WGS84 Point' });
      continue;
    }
    const w = typeof p.weight === 'number' && p.weight > 0 ? p.weight : 1;
    attractors.push({ id, category, weight: w, lonDeg: c[0], latDeg: c[1] });
  }
  return { file, attractors, skipped };
}

/** A candidate (vacant) premises. */
export interface Candidate {
  id: string;
  /** Intended use as `shop:<value>`, `amenity:<value>` or `category`; `null` = any use. */
  category: string | null;
  lonDeg: number;
  latDeg: number;
}

/** Candidates read from a file. */
export interface ParsedCandidates {
  file: string;
  candidates: Candidate[];
  skipped: SkippedItem[];
}

/**
 * Read candidate premises from a GeoJSON FeatureCollection of Points (WGS84), id from
 * `id`/`osm_id`/`@id`/`name` or the feature id (else `candidate-<index>`), optional intended
 * use from `category` or OSM `shop`/`amenity` tags. Non-point features are skipped.
 */
export function parseCandidates(value: unknown, file: string): ParsedCandidates {
  const features = featureCollectionFeatures(value, file);
  const candidates: Candidate[] = [];
  const skipped: SkippedItem[] = [];
  for (let i = 0; i < features.length; i++) {
    const f = features[i];
    const p = f.properties ?? {};
    const id = featureId(f, ['id', 'osm_id', '@id', 'name']) ?? `candidate-${i}`;
    const category = categoryOf(p);
    const c = f.geometry?.type === 'Point' ? f.geometry.coordinates : null;
    if (!isLonLat(c)) {
      skipped.push({ file, line: i, id, reason: 'geometry is not a WGS84 Point' });
      continue;
    }
    candidates.push({ id, category, lonDeg: c[0], latDeg: c[1] });
  }
  return { file, candidates, skipped };
}
