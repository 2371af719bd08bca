import type { GeoRef } from '@gisement/core';
import proj4Import from 'proj4';
import { CrsError } from './errors.js';
import { crsInfo } from './registry.js';

/**
 * proj4's CommonJS build exports the function itself, but its typings declare an ES default
 * export, which NodeNext resolution types as the namespace: take the function's type from it.
 */
const proj4 = proj4Import as unknown as typeof proj4Import.default;

const WGS84 = '+proj=longlat +datum=WGS84 +no_defs';

interface Converter {
  forward(point: number[]): number[];
}

/** Converters to WGS 84, one per CRS, built on first use. */
const converters = new Map<number, Converter>();

function converterToWgs84(epsg: number): Converter {
  let converter = converters.get(epsg);
  if (!converter) {
    converter = proj4(crsInfo(epsg).proj4, WGS84);
    converters.set(epsg, converter);
  }
  return converter;
}

/**
 * Transform one point from a supported CRS to WGS 84 longitude/latitude (proj4js with
 * the registry's PROJ.4 definition, datum shift included).
 * @param epsg EPSG code of the source CRS
 * @param x easting [CRS units] (longitude [°] for geographic CRSs)
 * @param y northing [CRS units] (latitude [°] for geographic CRSs)
 * @returns `[lon, lat]` [°], WGS 84
 * @throws CrsError for an unsupported CRS or a point the projection cannot invert
 * @example toWgs84(2154, 700000, 6600000) // [3, 46.5]
 */
export function toWgs84(epsg: number, x: number, y: number): [number, number] {
  const [lon, lat] = converterToWgs84(epsg).forward([x, y]);
  if (!Number.isFinite(lon) || !Number.isFinite(lat)) {
    throw new CrsError(`cannot transform (${x}, ${y}) from EPSG:${epsg} to WGS 84`);
  }
  return [lon, lat];
}

/** A WGS 84 bounding box [°]. */
export interface Wgs84Bounds {
  west: number;
  south: number;
  east: number;
  north: number;
}

/** Points sampled along each edge of the raster, corners included. */
const EDGE_SAMPLES = 21;

/**
 * WGS 84 bounding box of a raster: its four edges are sampled at {@link EDGE_SAMPLES}
 * points each and transformed, since straight edges in a projected CRS are curves in
 * lon/lat and the corners alone can miss the extreme latitude or longitude (as GDAL's
 * `OGRCoordinateTransformation::TransformBounds` densifies, default 21 points per edge).
 * @param geo georeferencing of the raster (its `epsg` must be set and supported)
 * @param width raster width [cells]
 * @param height raster height [cells]
 * @returns the bounds [°]
 * @throws CrsError when the raster has no CRS or an unsupported one
 * @example boundsToWgs84({ originX: 770500, originY: 6277600, cellSizeX: 0.5, cellSizeY: 0.5, epsg: 2154 }, 300, 200)
 */
export function boundsToWgs84(geo: GeoRef, width: number, height: number): Wgs84Bounds {
  if (geo.epsg === null) throw new CrsError('raster has no CRS (EPSG code), cannot compute WGS 84 bounds');
  const minX = geo.originX;
  const maxX = geo.originX + width * geo.cellSizeX;
  const maxY = geo.originY;
  const minY = geo.originY - height * geo.cellSizeY;
  const bounds = { west: Infinity, south: Infinity, east: -Infinity, north: -Infinity };
  const add = (x: number, y: number): void => {
    const [lon, lat] = toWgs84(geo.epsg as number, x, y);
    if (lon < bounds.west) bounds.west = lon;
    if (lon > bounds.east) bounds.east = lon;
    if (lat < bounds.south) bounds.south = lat;
    if (lat > bounds.north) bounds.north = lat;
  };
  for (let i = 0; i < EDGE_SAMPLES; i++) {
    const t = i / (EDGE_SAMPLES - 1);
    const x = minX + t * (maxX - minX);
    const y = minY + t * (maxY - minY);
    add(x, minY);
    add(x, maxY);
    add(minX, y);
    add(maxX, y);
  }
  return bounds;
}
