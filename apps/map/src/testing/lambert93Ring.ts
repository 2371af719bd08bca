import { toWgs84 } from '@gisement/io';

/**
 * A rectangle in Lambert-93 as a closed flat WGS 84 ring, for tests that pass footprints to
 * the worker chain.
 * @param west western edge [m, EPSG:2154]
 * @param south southern edge [m]
 * @param east eastern edge [m]
 * @param north northern edge [m]
 * @returns `[lon, lat, …]` [°], five corners (the first repeated)
 * @example lambert93Ring(631210, 6314688, 631216, 6314692).length // 10
 */
export function lambert93Ring(west: number, south: number, east: number, north: number): Float64Array {
  const corners = [
    [west, south],
    [east, south],
    [east, north],
    [west, north],
    [west, south],
  ];
  return Float64Array.from(corners.flatMap(([x, y]) => toWgs84(2154, x, y)));
}
