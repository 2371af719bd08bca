/**
 * Irradiance-weighted monthly operating conditions of a PV array from an hourly series.
 */

/** Per UTC month (index 0 = January), the conditions weighted by irradiance. */
export interface MonthlyOperatingConditions {
  /** Σ G² / Σ G: the irradiance at which the month's energy arrives [W/m²]; 0 without sun. */
  irradianceWm2: Float64Array;
  /** Σ G·T / Σ G: air temperature while the energy arrives [°C]. */
  airTemperatureC: Float64Array;
  /** Σ G·ws / Σ G: wind speed while the energy arrives [m/s]. */
  windSpeedMs: Float64Array;
}

/**
 * Monthly irradiance-weighted means of irradiance, air temperature and wind speed. With a
 * power model linear in irradiance and a cell temperature linear in irradiance and air
 * temperature (PVWatts DC with Faiman), the month's DC energy is the month's irradiation times
 * the power factor at these weighted conditions — up to the covariance of irradiance and the
 * cooling term 1/(U0 + U1·ws), which is second order.
 *
 * @param timesUtcMs instant of each step [epoch ms, UTC]
 * @param irradianceWm2 irradiance of each step [W/m²] (GHI as a proxy of the plane's)
 * @param airTemperatureC air temperature of each step [°C]
 * @param windSpeedMs wind speed of each step [m/s]
 * @returns weighted means per UTC month; months without sun get irradiance 0 and the plain
 *   mean temperature and wind of the month (NaN if the month has no step)
 * @example const c = monthlyOperatingConditions(w.timeUtcMs, w.ghiWM2, w.tempAirC, w.windSpeedMS);
 */
export function monthlyOperatingConditions(
  timesUtcMs: ArrayLike<number>,
  irradianceWm2: ArrayLike<number>,
  airTemperatureC: ArrayLike<number>,
  windSpeedMs: ArrayLike<number>,
): MonthlyOperatingConditions {
  const sumG = new Float64Array(12);
  const sumGG = new Float64Array(12);
  const sumGT = new Float64Array(12);
  const sumGW = new Float64Array(12);
  const n = new Float64Array(12);
  const sumT = new Float64Array(12);
  const sumW = new Float64Array(12);
  for (let i = 0; i < timesUtcMs.length; i++) {
    const m = new Date(timesUtcMs[i]).getUTCMonth();
    const g = Number.isNaN(irradianceWm2[i]) ? 0 : Math.max(irradianceWm2[i], 0);
    sumG[m] += g;
    sumGG[m] += g * g;
    sumGT[m] += g * airTemperatureC[i];
    sumGW[m] += g * windSpeedMs[i];
    n[m]++;
    sumT[m] += airTemperatureC[i];
    sumW[m] += windSpeedMs[i];
  }
  const out: MonthlyOperatingConditions = {
    irradianceWm2: new Float64Array(12),
    airTemperatureC: new Float64Array(12),
    windSpeedMs: new Float64Array(12),
  };
  for (let m = 0; m < 12; m++) {
    const sunny = sumG[m] > 0;
    out.irradianceWm2[m] = sunny ? sumGG[m] / sumG[m] : 0;
    out.airTemperatureC[m] = sunny ? sumGT[m] / sumG[m] : sumT[m] / n[m];
    out.windSpeedMs[m] = sunny ? sumGW[m] / sumG[m] : sumW[m] / n[m];
  }
  return out;
}
