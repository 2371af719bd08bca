import type { OutlinePolygon } from '@gisement/core';
import { crsTransform, toWgs84 } from '@gisement/io';

/** A GeoJSON geometry in WGS 84 (RFC 7946), or null. */
export type Wgs84Geometry = { type: 'Polygon' | 'MultiPolygon'; coordinates: unknown } | null;

/** Round lon/lat to 1e-7° (≈ 1 cm), enough for roofs and smaller files. */
function round7(v: number): number {
  return Math.round(v * 1e7) / 1e7;
}

/**
 * Outline polygons in a grid's CRS as a WGS 84 MultiPolygon (outer rings counter-clockwise as
 * traced, holes after them), or null when there is none.
 * @param polygons outlines [CRS units] (`roofPlaneOutlines`, `detectBuildings`)
 * @param epsg the grid's CRS
 */
export function outlinesToWgs84(polygons: readonly OutlinePolygon[], epsg: number): Wgs84Geometry {
  if (polygons.length === 0) return null;
  const ring = (flat: Float64Array) => {
    const out: [number, number][] = [];
    for (let i = 0; i + 1 < flat.length; i += 2) {
      const [lon, lat] = toWgs84(epsg, flat[i] as number, flat[i + 1] as number);
      out.push([round7(lon), round7(lat)]);
    }
    return out;
  };
  return { type: 'MultiPolygon', coordinates: polygons.map((p) => [ring(p.outer), ...p.holes.map(ring)]) };
}

/**
 * An input feature's own Polygon or MultiPolygon reprojected from `sourceEpsg` to WGS 84; null
 * when it is not one or holds a non-finite position (the feature keeps its properties).
 * @param geometry the feature's `geometry` member as read
 * @param sourceEpsg CRS the file's coordinates are in
 */
export function featureGeometryToWgs84(geometry: unknown, sourceEpsg: number): Wgs84Geometry {
  const g = geometry as { type?: unknown; coordinates?: unknown } | null;
  if (!g || (g.type !== 'Polygon' && g.type !== 'MultiPolygon')) return null;
  const transform = sourceEpsg === 4326 ? (x: number, y: number) => [x, y] : crsTransform(sourceEpsg, 4326);
  let finite = true;
  const walk = (node: unknown): unknown => {
    if (!Array.isArray(node)) {
      finite = false;
      return null;
    }
    if (typeof node[0] === 'number') {
      const x = node[0];
      const y = node[1];
      if (!Number.isFinite(x) || !Number.isFinite(y)) {
        finite = false;
        return null;
      }
      const [lon, lat] = transform(x, y as number) as [number, number];
      return [round7(lon), round7(lat)];
    }
    return node.map(walk);
  };
  const coordinates = walk(g.coordinates);
  return finite ? { type: g.type, coordinates } : null;
}
