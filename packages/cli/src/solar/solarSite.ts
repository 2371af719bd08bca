import { gridConvergenceDeg, type RasterRead, toWgs84 } from '@gisement/io';

/** Where a DSM is, as the solar engine needs it. */
export interface SolarSite {
  /** Latitude of the DSM's centre [°], WGS84. */
  latitudeDeg: number;
  /** Longitude of the DSM's centre [°], WGS84. */
  longitudeDeg: number;
  /** Median elevation of the valid cells [m]. */
  elevationM: number;
  /** Highest minus lowest valid elevation [m]. */
  reliefM: number;
  /** Meridian convergence γ of the grid at the centre [°], clockwise from true to grid north. */
  gridConvergenceDeg: number;
}

/**
 * Site of a DSM read from a file: its centre in WGS84 (`toWgs84`), the median elevation of its
 * valid cells, its relief, and the grid's meridian convergence at the centre
 * (`gridConvergenceDeg`).
 * @throws Error naming the file when it has no CRS or no valid cell
 */
export function solarSite(dsm: RasterRead): SolarSite {
  const { geo, file, width, height, data } = dsm;
  if (geo.epsg === null) {
    throw new Error(`${file}: the GeoTIFF names no CRS, so the site of the sun cannot be located`);
  }
  const valid = new Float32Array(data.length);
  let count = 0;
  for (let k = 0; k < data.length; k++) {
    const z = data[k] as number;
    if (!Number.isNaN(z)) valid[count++] = z;
  }
  if (count === 0) throw new Error(`${file}: every cell is nodata`);
  const sorted = valid.subarray(0, count).sort();
  const mid = count >> 1;
  const elevationM = count % 2 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
  const x = geo.originX + (width / 2) * geo.cellSizeX;
  const y = geo.originY - (height / 2) * geo.cellSizeY;
  const [longitudeDeg, latitudeDeg] = toWgs84(geo.epsg, x, y);
  return {
    latitudeDeg,
    longitudeDeg,
    elevationM,
    reliefM: (sorted[count - 1] as number) - (sorted[0] as number),
    gridConvergenceDeg: gridConvergenceDeg(geo.epsg, x, y),
  };
}

/** Elevation angle under which an obstacle no longer counts by default [°]. */
export const DEFAULT_MIN_OBSTACLE_ELEVATION_DEG = 2;

/**
 * Default horizon search distance [m]: the distance at which the DSM's whole relief subtends
 * {@link DEFAULT_MIN_OBSTACLE_ELEVATION_DEG} (relief / tan 2°), so that no obstacle of the DSM
 * higher than 2° above a cell's horizon is missed; never less than 10 cells, never more than
 * the DSM's diagonal (nothing lies farther).
 * @param reliefM highest minus lowest elevation [m]
 * @param widthM DSM width on the ground [m]
 * @param heightM DSM height on the ground [m]
 * @param cellSizeM largest cell size [m]
 */
export function defaultMaxDistanceM(reliefM: number, widthM: number, heightM: number, cellSizeM: number): number {
  const byRelief = reliefM / Math.tan((DEFAULT_MIN_OBSTACLE_ELEVATION_DEG * Math.PI) / 180);
  return Math.min(Math.max(byRelief, 10 * cellSizeM), Math.hypot(widthM, heightM));
}
