import { FootfallInputError } from './errors.js';

/** A GeoJSON feature as read from text, with its geometry left untyped until checked. */
export interface RawFeature {
  id?: string | number;
  properties: Record<string, unknown> | null;
  geometry: { type: string; coordinates: unknown } | null;
}

/**
 * Check that a parsed JSON value is a GeoJSON FeatureCollection and return its features.
 * Coordinates must be WGS84 longitude/latitude (RFC 7946); a `crs` member naming anything
 * other than CRS84/EPSG:4326 is rejected (reproject first, e.g. with `ogr2ogr -t_srs EPSG:4326`).
 *
 * @throws FootfallInputError naming the file when the value is not a FeatureCollection
 */
export function featureCollectionFeatures(value: unknown, file: string): RawFeature[] {
  if (typeof value !== 'object' || value === null) {
    throw new FootfallInputError(file, null, 'expected a GeoJSON FeatureCollection object');
  }
  const fc = value as { type?: unknown; features?: unknown; crs?: unknown };
  if (fc.type !== 'FeatureCollection' || !Array.isArray(fc.features)) {
    throw new FootfallInputError(
      file,
      null,
      `expected a GeoJSON FeatureCollection, received type ${JSON.stringify(fc.type)}`,
    );
  }
  const crsName = (fc.crs as { properties?: { name?: unknown } } | undefined)?.properties?.name;
  if (typeof crsName === 'string' && !/CRS84|EPSG:+4326$/i.test(crsName)) {
    throw new FootfallInputError(file, null, `CRS ${crsName} is not WGS84; reproject to EPSG:4326`);
  }
  return fc.features as RawFeature[];
}

/** True when `c` is a finite [lon, lat] pair inside the WGS84 range. */
export function isLonLat(c: unknown): c is [number, number] {
  if (!Array.isArray(c) || c.length < 2) return false;
  const lon = c[0];
  const lat = c[1];
  return (
    typeof lon === 'number' &&
    typeof lat === 'number' &&
    Number.isFinite(lon) &&
    Number.isFinite(lat) &&
    lon >= -180 &&
    lon <= 180 &&
    lat >= -90 &&
    lat <= 90
  );
}

/** A feature's string id: `feature.id`, else the first present property of `names`. */
export function featureId(f: RawFeature, names: readonly string[]): string | null {
  for (const name of names) {
    const v = f.properties?.[name];
    if (typeof v === 'string' && v !== '') return v;
    if (typeof v === 'number' && Number.isFinite(v)) return String(v);
  }
  if (typeof f.id === 'string' || typeof f.id === 'number') return String(f.id);
  return null;
}
