import type { GeoRef } from '@gisement/core';
import type { CrsError } from '../crs/errors.js';
import { crsTransform, type PointTransform } from '../crs/fromWgs84.js';
import { crsInfo } from '../crs/registry.js';
import { FootprintError } from './errors.js';
import { ringSelfIntersection } from './ringSelfIntersection.js';

/** One building footprint, reprojected to the grid's CRS. */
export interface Footprint {
  /** Unique building id: the feature's `id`, else its `idProperty`, else `feature-<index>`. */
  id: string;
  /** Index of the feature in the input `features` array (0-based). */
  featureIndex: number;
  /** The feature's properties, untouched (null when it has none). */
  properties: Record<string, unknown> | null;
  /**
   * Every ring of every polygon (outer rings and holes), closed, as flat `[x0, y0, x1, y1, …]`
   * [grid CRS units]. Filled with the even–odd rule, holes are therefore holes.
   */
  rings: Float64Array[];
  /** The id the feature carried when it duplicated an earlier one and was renamed. */
  renamedFrom?: string;
}

/** Why a feature is not a building. */
export type FootprintSkipReason =
  | 'not-a-feature'
  | 'empty-geometry'
  | 'unsupported-geometry'
  | 'invalid-geometry'
  | 'self-intersecting-ring'
  | 'outside-grid';

/** A feature that is not returned as a building, with the reason. */
export interface SkippedFootprint {
  featureIndex: number;
  /** Its id when it has one (after renaming of duplicates), else null. */
  id: string | null;
  properties: Record<string, unknown> | null;
  reason: FootprintSkipReason;
  /** One line saying what is wrong and where. */
  detail: string;
}

/** Footprints of a FeatureCollection: every input feature is in exactly one of the lists. */
export interface FootprintCollection {
  /** EPSG code the coordinates were read in (4326 for RFC 7946 files without `crs`). */
  sourceEpsg: number;
  /** EPSG code of the returned rings (the grid's). */
  targetEpsg: number;
  footprints: Footprint[];
  skipped: SkippedFootprint[];
}

/** The raster the footprints go on: their target CRS and extent. */
export interface FootprintTarget {
  geo: GeoRef;
  width: number;
  height: number;
}

/** Options of {@link readFootprints}. */
export interface ReadFootprintsOptions {
  /** Property holding the building id when the feature has no `id` member (default `'id'`). */
  idProperty?: string;
  /** File name, for error messages (default `'footprints'`). */
  file?: string;
}

/**
 * EPSG code named by a GeoJSON 2008 `crs` member (`{type: 'name', properties: {name}}` with
 * `urn:ogc:def:crs:EPSG::2154`, `EPSG:2154`, or OGC CRS84 for WGS 84 lon/lat), or null when
 * the member is absent (RFC 7946: WGS 84).
 */
function namedEpsg(crs: unknown, file: string): number | null {
  if (crs === undefined || crs === null) return null;
  const name = (crs as { properties?: { name?: unknown } }).properties?.name;
  if (typeof name === 'string' && /CRS:?:?84$/i.test(name)) return 4326;
  const match = typeof name === 'string' ? /EPSG:{1,2}(?:[\d.]*:)?(\d+)$/i.exec(name) : null;
  if (!match) throw new FootprintError(`${file}: unreadable "crs" member ${JSON.stringify(crs)}`);
  const epsg = Number(match[1]);
  try {
    crsInfo(epsg);
  } catch (error) {
    throw new FootprintError(`${file}: ${(error as CrsError).message}`);
  }
  return epsg;
}

/** First position outside lon/lat ranges in any geometry, or null. */
function firstNonLonLat(features: unknown[]): [number, number] | null {
  const visit = (c: unknown): [number, number] | null => {
    if (!Array.isArray(c)) return null;
    if (typeof c[0] === 'number') {
      const [x, y] = c as number[];
      return Math.abs(x) > 180 || Math.abs(y) > 90 ? [x, y] : null;
    }
    for (const child of c) {
      const found = visit(child);
      if (found) return found;
    }
    return null;
  };
  for (const f of features) {
    const found = visit((f as { geometry?: { coordinates?: unknown } })?.geometry?.coordinates);
    if (found) return found;
  }
  return null;
}

type RingProblem = { reason: FootprintSkipReason; detail: string };

/** Reproject and validate one GeoJSON ring; returns the flat ring or the problem. */
function readRing(positions: unknown, where: string, transform: PointTransform): Float64Array | RingProblem {
  if (!Array.isArray(positions) || positions.length === 0) {
    return { reason: 'empty-geometry', detail: `${where} has no positions` };
  }
  if (positions.length < 4) {
    return { reason: 'invalid-geometry', detail: `${where} has ${positions.length} positions, a ring needs ≥ 4` };
  }
  const source = new Float64Array(positions.length * 2);
  for (let i = 0; i < positions.length; i++) {
    const p = positions[i] as unknown;
    const x = Array.isArray(p) ? p[0] : undefined;
    const y = Array.isArray(p) ? p[1] : undefined;
    if (typeof x !== 'number' || typeof y !== 'number' || !Number.isFinite(x) || !Number.isFinite(y)) {
      return { reason: 'invalid-geometry', detail: `${where} position ${i} is ${JSON.stringify(p)}` };
    }
    source[2 * i] = x;
    source[2 * i + 1] = y;
  }
  const n = positions.length;
  if (source[0] !== source[2 * n - 2] || source[1] !== source[2 * n - 1]) {
    return { reason: 'invalid-geometry', detail: `${where} is not closed (last position ≠ first)` };
  }
  const crossing = ringSelfIntersection(source);
  if (crossing) {
    return {
      reason: 'self-intersecting-ring',
      detail: `${where}: edges ${crossing[0]} and ${crossing[1]} touch or cross`,
    };
  }
  const ring = new Float64Array(source.length);
  try {
    for (let i = 0; i < n; i++) {
      const [x, y] = transform(source[2 * i], source[2 * i + 1]);
      ring[2 * i] = x;
      ring[2 * i + 1] = y;
    }
  } catch (error) {
    return { reason: 'invalid-geometry', detail: `${where}: ${(error as Error).message}` };
  }
  let area2 = 0;
  for (let i = 0; i < n - 1; i++) {
    area2 += ring[2 * i] * ring[2 * i + 3] - ring[2 * i + 2] * ring[2 * i + 1];
  }
  if (area2 === 0) return { reason: 'invalid-geometry', detail: `${where} has zero area` };
  return ring;
}

/** Rings of a Polygon / MultiPolygon geometry, or the problem. */
function readGeometry(geometry: unknown, transform: PointTransform): Float64Array[] | RingProblem {
  const g = geometry as { type?: unknown; coordinates?: unknown } | null | undefined;
  if (g === null || g === undefined) return { reason: 'empty-geometry', detail: 'geometry is null' };
  let polygons: unknown[];
  if (g.type === 'Polygon') polygons = [g.coordinates];
  else if (g.type === 'MultiPolygon' && Array.isArray(g.coordinates)) polygons = g.coordinates;
  else {
    return {
      reason: 'unsupported-geometry',
      detail: `geometry type ${JSON.stringify(g.type ?? null)}, expected Polygon or MultiPolygon`,
    };
  }
  if (polygons.length === 0) return { reason: 'empty-geometry', detail: `${g.type} has no polygons` };
  const rings: Float64Array[] = [];
  for (let p = 0; p < polygons.length; p++) {
    const polygon = polygons[p];
    if (!Array.isArray(polygon) || polygon.length === 0) {
      return { reason: 'empty-geometry', detail: `polygon ${p} has no rings` };
    }
    for (let r = 0; r < polygon.length; r++) {
      const ring = readRing(polygon[r], `polygon ${p} ring ${r}`, transform);
      if (!(ring instanceof Float64Array)) return ring;
      rings.push(ring);
    }
  }
  return rings;
}

/** Whether a ring set's bounding box overlaps the grid's extent. */
function overlapsGrid(rings: Float64Array[], target: FootprintTarget): boolean {
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (const ring of rings) {
    for (let i = 0; i < ring.length; i += 2) {
      if (ring[i] < minX) minX = ring[i];
      if (ring[i] > maxX) maxX = ring[i];
      if (ring[i + 1] < minY) minY = ring[i + 1];
      if (ring[i + 1] > maxY) maxY = ring[i + 1];
    }
  }
  const { geo, width, height } = target;
  const east = geo.originX + width * geo.cellSizeX;
  const south = geo.originY - height * geo.cellSizeY;
  return maxX > geo.originX && minX < east && maxY > south && minY < geo.originY;
}

/**
 * Read building footprints from a parsed GeoJSON FeatureCollection and reproject them to a
 * grid's CRS. The collection's CRS is WGS 84 lon/lat (RFC 7946) unless a GeoJSON 2008 `crs`
 * member names an EPSG code (`urn:ogc:def:crs:EPSG::28992`, `EPSG:2154`); Polygon and
 * MultiPolygon geometries, holes included. Positions are transformed one by one with proj4js
 * (the registry's definitions, see {@link crsTransform}); the projected CRSs we support are
 * conformal and buildings small, so edges are not densified.
 *
 * Nothing is dropped silently: every feature is either a {@link Footprint} or a
 * {@link SkippedFootprint} with its reason — not a Feature, null or empty geometry, another
 * geometry type, a ring that is not closed or has < 4 positions, non-finite coordinates, zero
 * area, a self-intersecting ring ({@link ringSelfIntersection}), or a bounding box that does not
 * overlap the grid. Footprints partly outside the grid are kept (the rasterisation records the
 * cells outside). A duplicate id is renamed `<id>#2`, `<id>#3`… with `renamedFrom` set.
 *
 * @param geojson the parsed file (`JSON.parse` of its text)
 * @param target the grid (its `geo.epsg` must be set and supported) the footprints go on
 * @param options `idProperty` (default `'id'`), `file` for messages
 * @returns footprints in the grid's CRS [its units] and the skipped features
 * @throws FootprintError when the input is not a FeatureCollection, its `crs` member is
 *   unreadable or unsupported, it has no `crs` member while a coordinate is outside lon/lat
 *   ranges (|x| > 180 or |y| > 90: a projected file without its CRS), or the grid has no CRS
 * @example
 * const dsm = await readGeoTiffFile('dsm.tif');
 * const { footprints, skipped } = readFootprints(JSON.parse(text), dsm, { idProperty: 'identificatie' });
 */
export function readFootprints(
  geojson: unknown,
  target: FootprintTarget,
  options: ReadFootprintsOptions = {},
): FootprintCollection {
  const file = options.file ?? 'footprints';
  const idProperty = options.idProperty ?? 'id';
  const fc = geojson as { type?: unknown; features?: unknown; crs?: unknown } | null;
  if (typeof fc !== 'object' || fc === null || fc.type !== 'FeatureCollection') {
    throw new FootprintError(
      `${file}: expected a GeoJSON FeatureCollection, got type ${JSON.stringify(fc?.type ?? null)}`,
    );
  }
  if (!Array.isArray(fc.features)) throw new FootprintError(`${file}: "features" is not an array`);
  const targetEpsg = target.geo.epsg;
  if (targetEpsg === null) throw new FootprintError(`${file}: the grid has no CRS to reproject the footprints to`);
  let sourceEpsg = namedEpsg(fc.crs, file);
  if (sourceEpsg === null) {
    const bad = firstNonLonLat(fc.features);
    if (bad) {
      throw new FootprintError(
        `${file}: no "crs" member, so WGS 84 lon/lat (RFC 7946) is assumed, but position (${bad[0]}, ${bad[1]}) is not lon/lat; add a "crs" member naming its EPSG code or reproject the file to WGS 84`,
      );
    }
    sourceEpsg = 4326;
  }
  let transform: PointTransform;
  try {
    transform = crsTransform(sourceEpsg, targetEpsg);
  } catch (error) {
    throw new FootprintError(`${file}: ${(error as Error).message}`);
  }

  const footprints: Footprint[] = [];
  const skipped: SkippedFootprint[] = [];
  const seen = new Map<string, number>();
  fc.features.forEach((value: unknown, featureIndex) => {
    const feature = value as { type?: unknown; id?: unknown; properties?: unknown; geometry?: unknown } | null;
    if (typeof feature !== 'object' || feature === null || feature.type !== 'Feature') {
      skipped.push({
        featureIndex,
        id: null,
        properties: null,
        reason: 'not-a-feature',
        detail: `features[${featureIndex}] is not a Feature`,
      });
      return;
    }
    const properties =
      typeof feature.properties === 'object' && feature.properties !== null
        ? (feature.properties as Record<string, unknown>)
        : null;
    const rawId = feature.id ?? properties?.[idProperty];
    const baseId = typeof rawId === 'string' || typeof rawId === 'number' ? String(rawId) : `feature-${featureIndex}`;
    const count = (seen.get(baseId) ?? 0) + 1;
    seen.set(baseId, count);
    const id = count === 1 ? baseId : `${baseId}#${count}`;
    const rings = readGeometry(feature.geometry, transform);
    if (!Array.isArray(rings)) {
      skipped.push({
        featureIndex,
        id,
        properties,
        reason: rings.reason,
        detail: `${file}: feature ${featureIndex} (${id}): ${rings.detail}`,
      });
      return;
    }
    if (!overlapsGrid(rings, target)) {
      skipped.push({
        featureIndex,
        id,
        properties,
        reason: 'outside-grid',
        detail: `${file}: feature ${featureIndex} (${id}) lies outside the grid`,
      });
      return;
    }
    footprints.push({ id, featureIndex, properties, rings, ...(count === 1 ? {} : { renamedFrom: baseId }) });
  });
  return { sourceEpsg, targetEpsg, footprints, skipped };
}
