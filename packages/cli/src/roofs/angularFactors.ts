import { monthlyAngularFactor, type SkyTimeSeries, type SunPositionSeries } from '@gisement/core';

/**
 * `monthlyAngularFactor` of the run's sky for any module orientation, computed once per whole
 * degree of tilt and azimuth (the factor changes by far less than 0.1 % per degree).
 * @param sky the run's sky series
 * @param sun sun positions at its instants
 * @param albedo ground albedo [0–1]
 * @returns (tilt [°], azimuth [°, from north]) → 12 monthly factors
 */
export function angularFactors(
  sky: SkyTimeSeries,
  sun: SunPositionSeries,
  albedo: number,
): (tiltDeg: number, azimuthDeg: number) => Float64Array {
  const cache = new Map<number, Float64Array>();
  return (tiltDeg, azimuthDeg) => {
    const tilt = Math.round(tiltDeg);
    const azimuth = Math.round(azimuthDeg) % 360;
    const key = tilt * 360 + azimuth;
    let factors = cache.get(key);
    if (!factors) {
      factors = monthlyAngularFactor(sky, sun, tilt, azimuth, albedo);
      cache.set(key, factors);
    }
    return factors;
  };
}
