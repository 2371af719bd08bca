import { detectedBuildingId } from '@gisement/core';
import { crsInfo, toWgs84 } from '@gisement/io';
import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import { FileProblem } from './fileProblem.js';

/** Building footprints, RFC 7946 (WGS 84 lon/lat). */
export type Footprints = FeatureCollection<Polygon | MultiPolygon>;

/** EPSG code named by a GeoJSON 2008 `crs` member, or null for WGS 84 / none. */
function namedEpsg(crs: unknown, file: string): number | null {
  if (crs === undefined || crs === null) return null;
  const name = (crs as { properties?: { name?: unknown } }).properties?.name;
  const match = typeof name === 'string' ? /EPSG:{1,2}(\d+)$/i.exec(name) : null;
  if (typeof name === 'string' && /CRS84$/i.test(name)) return null;
  if (!match) {
    throw new FileProblem(file, 'error.geojson', { detail: `unreadable "crs" member ${JSON.stringify(crs)}` });
  }
  const epsg = Number(match[1]);
  if (epsg === 4326) return null;
  try {
    crsInfo(epsg);
  } catch (error) {
    throw new FileProblem(file, 'error.geojson', { detail: (error as Error).message });
  }
  return epsg;
}

function reprojectRing(ring: Position[], epsg: number): Position[] {
  return ring.map(([x, y]) => toWgs84(epsg, x, y));
}

function reproject(geometry: Polygon | MultiPolygon, epsg: number): Polygon | MultiPolygon {
  if (geometry.type === 'Polygon') {
    return { type: 'Polygon', coordinates: geometry.coordinates.map((r) => reprojectRing(r, epsg)) };
  }
  return {
    type: 'MultiPolygon',
    coordinates: geometry.coordinates.map((p) => p.map((r) => reprojectRing(r, epsg))),
  };
}

/**
 * Read building footprints from GeoJSON text: a FeatureCollection of Polygon/MultiPolygon
 * features, in WGS 84, or in a projected CRS named by a GeoJSON 2008 `crs` member
 * (`urn:ogc:def:crs:EPSG::2154`), reprojected to WGS 84 with proj4 (`toWgs84` of
 * `@gisement/io`). Properties are kept as they are.
 * @param text file contents
 * @param file file name, for errors
 * @returns the footprints in WGS 84
 * @throws FileProblem `error.json` (not JSON) or `error.geojson` (saying what is wrong where)
 * @example parseFootprints(await file.text(), file.name)
 */
export function parseFootprints(text: string, file: string): Footprints {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new FileProblem(file, 'error.json', { detail: (error as Error).message });
  }
  return footprintCollection(value, file);
}

/**
 * Footprints from a parsed GeoJSON value, as {@link parseFootprints} reads them from text.
 * @param value the parsed file
 * @param file its name, for messages
 * @returns the footprints in WGS 84
 * @throws FileProblem naming the file and what is wrong
 * @example footprintCollection(JSON.parse(text), 'buildings.geojson')
 */
export function footprintCollection(value: unknown, file: string): Footprints {
  const fc = value as { type?: unknown; features?: unknown; crs?: unknown };
  if (typeof value !== 'object' || value === null || fc.type !== 'FeatureCollection') {
    throw new FileProblem(file, 'error.geojson', {
      detail: `"type" is ${JSON.stringify(fc?.type ?? null)}`,
    });
  }
  if (!Array.isArray(fc.features)) {
    throw new FileProblem(file, 'error.geojson', { detail: '"features" is not an array' });
  }
  const epsg = namedEpsg(fc.crs, file);
  const features = fc.features.map((f: unknown, i): Feature<Polygon | MultiPolygon> => {
    const feature = f as Partial<Feature>;
    const type = feature?.geometry?.type;
    if (type !== 'Polygon' && type !== 'MultiPolygon') {
      throw new FileProblem(file, 'error.geojson', {
        detail: `feature ${i + 1} has geometry ${JSON.stringify(type ?? null)}`,
      });
    }
    const geometry = feature.geometry as Polygon | MultiPolygon;
    return {
      type: 'Feature',
      ...(feature.id === undefined ? {} : { id: feature.id }),
      properties: feature.properties ?? null,
      geometry: epsg === null ? geometry : reproject(geometry, epsg),
    };
  });
  return { type: 'FeatureCollection', features };
}

/**
 * Each footprint's rings as flat `[lon0, lat0, lon1, lat1, …]` arrays [°, WGS 84] (every
 * ring of every polygon, outer rings and holes alike; heights dropped), the input `rasterizeFootprints` of
 * `@gisement/core` takes once projected to the grid's CRS; small buffers the compute worker
 * receives by transfer.
 * @param footprints the footprints
 * @returns per footprint, in file order, its rings
 * @example footprintRingsLonLat(fc)[0][0] // Float64Array [lon0, lat0, …, lon0, lat0]
 */
export function footprintRingsLonLat(footprints: Footprints): Float64Array[][] {
  return footprints.features.map((f) => {
    const polygons = f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
    return polygons.flat().map((ring) => Float64Array.from(ring.flatMap((position) => [position[0], position[1]])));
  });
}

/**
 * Buildings detected on the normalised DSM as footprints (one MultiPolygon each), ids `D0001`…
 * (`detectedBuildingId` of `@gisement/core`, as `gisement roofs --dtm` names them), properties empty.
 * @param outlinesLonLat per building, its polygons, each its rings as flat `[lon, lat, …]` [°, WGS 84]
 * @returns the footprints, in detection order
 * @example detectedFootprints(terrain.detected.outlinesLonLat).features[0].id // 'D0001'
 */
export function detectedFootprints(outlinesLonLat: readonly Float64Array[][][]): Footprints {
  return {
    type: 'FeatureCollection',
    features: outlinesLonLat.map((polygons, i) => ({
      type: 'Feature',
      id: detectedBuildingId(i),
      properties: {},
      geometry: {
        type: 'MultiPolygon',
        coordinates: polygons.map((rings) =>
          rings.map((ring) => Array.from({ length: ring.length / 2 }, (_, k) => [ring[2 * k], ring[2 * k + 1]])),
        ),
      },
    })),
  };
}
