import { RAD_PER_DEG } from '@gisement/core';

/**
 * Mean Earth radius R₁ = (2a + b)/3 [km]: 6371008.7714 m for GRS80/WGS84 (Moritz, "Geodetic
 * Reference System 1980", J. Geodesy 74:128–133, 2000), rounded to 0.1 m as in Turf.
 */
export const EARTH_MEAN_RADIUS_KM = 6371.0088;

/**
 * Great-circle distance between a weather site and a point, by the haversine formula on a
 * sphere of radius {@link EARTH_MEAN_RADIUS_KM} (error below 0.5 % against the ellipsoid,
 * ample to warn that a weather file is far from the studied area).
 *
 * Reference: R. W. Sinnott, "Virtues of the Haversine", Sky and Telescope 68(2):159, 1984.
 *
 * @param site the weather site (`latitudeDeg`, `longitudeDeg` [°], WGS84)
 * @param latitudeDeg latitude of the other point [°], north positive
 * @param longitudeDeg longitude of the other point [°], east positive
 * @returns distance [km]
 * @example siteDistanceKm({ latitudeDeg: 39.984, longitudeDeg: -75.343 }, 39.123, -75.534); // 97.129…
 */
export function siteDistanceKm(
  site: { latitudeDeg: number; longitudeDeg: number },
  latitudeDeg: number,
  longitudeDeg: number,
): number {
  const lat1 = site.latitudeDeg * RAD_PER_DEG;
  const lat2 = latitudeDeg * RAD_PER_DEG;
  const sinHalfDLat = Math.sin((lat2 - lat1) / 2);
  const sinHalfDLon = Math.sin(((longitudeDeg - site.longitudeDeg) * RAD_PER_DEG) / 2);
  const h = sinHalfDLat * sinHalfDLat + Math.cos(lat1) * Math.cos(lat2) * sinHalfDLon * sinHalfDLon;
  return 2 * EARTH_MEAN_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}
