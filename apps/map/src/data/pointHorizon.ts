import type { FromWgs84 } from '../raster/mercatorWarp.js';
import type { TerrainLayers } from '../worker/protocol.js';

/** The horizon of one DSM cell, as the polar chart draws it. */
export interface PointHorizon {
  /** Per direction, its azimuth clockwise from true north [°] (grid azimuth + convergence). */
  azimuthsDeg: Float64Array;
  /** Per direction, the horizon angle [° above horizontal]; −90 = no sample within reach. */
  elevationsDeg: Float32Array;
}

/**
 * The horizon of the DSM cell under a point: the cell whose area holds the point's projection
 * to the DSM's CRS, its angles read from the worker's direction-major horizons, each direction
 * turned from grid to true azimuth by the grid convergence (true = grid + γ, γ clockwise from
 * true to grid north, `gridConvergenceDeg` of `@gisement/io`).
 * @param terrain the computed layers (horizons and source grid)
 * @param lonDeg longitude [°, WGS 84]
 * @param latDeg latitude [°, WGS 84]
 * @param toGrid WGS 84 → the DSM's CRS (`fromWgs84(terrain.source.epsg)`)
 * @returns the horizon, or null when the point is off the DSM or on a nodata cell
 * @example pointHorizon(town.terrain, 2.1457, 43.9261, fromWgs84(2154))
 */
export function pointHorizon(
  terrain: Pick<TerrainLayers, 'horizons' | 'source'>,
  lonDeg: number,
  latDeg: number,
  toGrid: FromWgs84,
): PointHorizon | null {
  const { width, height, geo } = terrain.source;
  const [x, y] = toGrid(lonDeg, latDeg);
  const col = Math.floor((x - geo.originX) / geo.cellSizeX);
  const row = Math.floor((geo.originY - y) / geo.cellSizeY);
  if (!(col >= 0 && col < width && row >= 0 && row < height)) return null;
  const cells = width * height;
  const cell = row * width + col;
  const { degrees, directions, gridConvergenceDeg } = terrain.horizons;
  const azimuthsDeg = new Float64Array(directions);
  const elevationsDeg = new Float32Array(directions);
  for (let i = 0; i < directions; i++) {
    const value = degrees[i * cells + cell];
    if (Number.isNaN(value)) return null;
    elevationsDeg[i] = value;
    azimuthsDeg[i] = ((((i * 360) / directions + gridConvergenceDeg) % 360) + 360) % 360;
  }
  return { azimuthsDeg, elevationsDeg };
}
