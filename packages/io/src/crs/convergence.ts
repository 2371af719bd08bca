import proj4Import from 'proj4';
import { CrsError } from './errors.js';
import { crsInfo } from './registry.js';

/** proj4's CommonJS export typed as its ES default (see transform.ts). */
const proj4 = proj4Import as unknown as typeof proj4Import.default;

const WGS84 = '+proj=longlat +datum=WGS84 +no_defs';

/** Half the latitude step of the centred difference along the meridian [°] (≈ 11 m). */
const HALF_STEP_DEG = 1e-4;

/**
 * Meridian (grid) convergence γ of a CRS at a point: the angle from true north to grid north,
 * clockwise positive [°]. A true azimuth A (clockwise from true north, e.g. the sun's) is the
 * grid azimuth A − γ on this CRS's grid; the grid azimuth of true north is −γ.
 *
 * Computed numerically with proj4js and the registry's definition: the point is taken to
 * WGS 84, moved ±1e-4° along its meridian, projected back, and the grid direction of that
 * meridian segment is measured (centred difference, error ≪ 1e-8°). It is therefore right for
 * every supported projection without a per-projection formula; for a Lambert conformal conic
 * it equals n·(λ − λ0), for a transverse Mercator ≈ (λ − λ0)·sin φ, 0 on the central
 * meridian, and 0 everywhere for a geographic CRS (lon/lat grid).
 *
 * References: Snyder J.P., "Map Projections — A Working Manual", USGS Professional Paper 1395,
 * 1987, pp. 104–110 (conformal conic, convergence θ = n(λ − λ0)); IGN, "Projection
 * cartographique conique conforme de Lambert", Notes techniques NT/G 71 (algorithms of the
 * Lambert projections, Lambert-93 constant n = 0.7256077650).
 *
 * @param epsg EPSG code of a supported CRS (see `supportedEpsgCodes`)
 * @param x easting [CRS units] (longitude [°] for geographic CRSs)
 * @param y northing [CRS units] (latitude [°] for geographic CRSs)
 * @returns γ [°], clockwise from true north to grid north
 * @throws CrsError for an unsupported CRS or a point the projection cannot handle
 * @example gridConvergenceDeg(2154, 770575, 6277550); // ≈ 0.6338 (Montpellier, 3.8737° E)
 */
export function gridConvergenceDeg(epsg: number, x: number, y: number): number {
  const converter = proj4(WGS84, crsInfo(epsg).proj4);
  const [lon, lat] = converter.inverse([x, y]);
  const north = converter.forward([lon, lat + HALF_STEP_DEG]);
  const south = converter.forward([lon, lat - HALF_STEP_DEG]);
  const dx = north[0] - south[0];
  const dy = north[1] - south[1];
  const gamma = -Math.atan2(dx, dy) * (180 / Math.PI);
  if (!Number.isFinite(gamma) || !Number.isFinite(lat)) {
    throw new CrsError(`cannot compute the meridian convergence of EPSG:${epsg} at (${x}, ${y})`);
  }
  return gamma;
}
