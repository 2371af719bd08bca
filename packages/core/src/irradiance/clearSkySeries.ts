/**
 * A year of clear-sky irradiance at one site, as the sky input of the irradiation engine.
 */
import { absoluteAirmass, altitudeToPressurePa, relativeAirmassKastenYoung } from '../solar/atmosphere.js';
import { createClearSkyIrradiance } from '../solar/clearSkyTypes.js';
import { esraClearSky } from '../solar/esraClearSky.js';
import { dayOfYearUtc, extraterrestrialRsun, extraterrestrialSpencer } from '../solar/extraterrestrial.js';
import { ineichenPerez } from '../solar/ineichenPerez.js';
import { monthlyLinkeTurbidity } from '../solar/linkeTurbidity.js';
import { sunPositionsForYear } from '../solar/sunPositions.js';
import { DEG_PER_RAD } from '../units/angles.js';

/**
 * Horizontal irradiance time series of one site: the sky input of {@link buildSunMap}.
 * Value i stands for an interval of `intervalHours` and is representative of the sun at
 * `sunTimeUtcMs[i]` (the middle of the interval for interval means). All arrays have the
 * same length. Weather files give one (`parseWeather` in `@gisement/io`: copy its
 * `sunTimeUtcMs`, `ghiWM2`, `dniWM2`, `dhiWM2` and `intervalMinutes / 60`, after a
 * decomposition such as `erbs` when the file has GHI only); {@link clearSkySeries} makes one.
 */
export interface SkyTimeSeries {
  /** Instant of the sun position of each step (mid-interval) [epoch ms, UTC]. */
  sunTimeUtcMs: Float64Array;
  /** Length of the interval each value stands for [h], > 0. */
  intervalHours: number;
  /** Global horizontal irradiance [W/m²]. */
  ghiWM2: Float32Array;
  /** Direct normal irradiance [W/m²]. */
  dniWM2: Float32Array;
  /** Diffuse horizontal irradiance [W/m²]. */
  dhiWM2: Float32Array;
}

/** Options of {@link clearSkySeries}. */
export interface ClearSkySeriesOptions {
  /** Site latitude [°], north positive, WGS84. */
  latitudeDeg: number;
  /** Site longitude [°], east positive, WGS84. */
  longitudeDeg: number;
  /** Site elevation above sea level [m]. */
  elevationM: number;
  /** UTC calendar year. */
  year: number;
  /** Time step [min]; must divide a day (60, 30, 15, …). */
  stepMinutes: number;
  /** Clear-sky model: `'esra'` (r.sun's variant) or `'ineichen'` (Ineichen–Perez). */
  model: 'esra' | 'ineichen';
  /** Linke turbidity TL [-]: one value for the whole year, or 12 monthly values (January first). */
  linkeTurbidity: number | readonly number[];
}

/**
 * Clear-sky GHI, DNI and DHI at the middle of every time step of a UTC year, for one site.
 *
 * Steps start on January 1st 00:00 UTC; value i stands for [t_i, t_i + step) and is computed
 * with the sun at t_i + step/2 (NREL SPA, `sunPositionsForYear`). The Linke turbidity of a step
 * is that of its UTC month (a single value applies to all months).
 * - `'esra'`: `esraClearSky` with the true (unrefracted) solar elevation 90° − z, as r.sun
 *   feeds it, and r.sun's extraterrestrial irradiance `extraterrestrialRsun(day)`
 *   (Rigollier, Bauer & Wald 2000; Šúri & Hofierka 2004).
 * - `'ineichen'`: `ineichenPerez` with the apparent zenith, the absolute air mass
 *   m = m_KY(z_app)·p(h)/p₀ (Kasten & Young 1989, standard-atmosphere pressure) and Spencer's
 *   extraterrestrial irradiance (Ineichen & Perez 2002; the combination pvlib's
 *   `Location.get_clearsky` uses).
 *
 * @param options site latitude/longitude [°], elevation [m], year, step [min], model and
 *   Linke turbidity [-] (one value or 12 monthly values, each in [1, 10])
 * @returns the series: 8760 hourly steps (8784 in a leap year) for a 60-min step,
 *   `intervalHours` = step/60, irradiances [W/m²] (0 with the sun down)
 * @throws RangeError on an unknown model, a step that does not divide a day, or a Linke
 *   turbidity outside [1, 10] or not 1 or 12 values
 * @see Rigollier C., Bauer O., Wald L., Solar Energy 68(1):33–48, 2000,
 *   doi:10.1016/S0038-092X(99)00055-9; Šúri M., Hofierka J., Transactions in GIS
 *   8(2):175–190, 2004, doi:10.1111/j.1467-9671.2004.00174.x; Ineichen P., Perez R., Solar
 *   Energy 73(3):151–157, 2002, doi:10.1016/S0038-092X(02)00045-2
 * @example
 * const sky = clearSkySeries({ latitudeDeg: 43.9, longitudeDeg: 2.15, elevationM: 170,
 *   year: 2023, stepMinutes: 60, model: 'esra', linkeTurbidity: 3 });
 * sky.ghiWM2.length; // 8760
 */
export function clearSkySeries(options: ClearSkySeriesOptions): SkyTimeSeries {
  const { model, elevationM } = options;
  if (model !== 'esra' && model !== 'ineichen') {
    throw new RangeError(`clear-sky model must be 'esra' or 'ineichen', got '${String(model)}'`);
  }
  const linke = monthlyLinkeTurbidity(
    typeof options.linkeTurbidity === 'number'
      ? new Array<number>(12).fill(options.linkeTurbidity)
      : options.linkeTurbidity,
  );
  const sun = sunPositionsForYear({
    latitudeDeg: options.latitudeDeg,
    longitudeDeg: options.longitudeDeg,
    elevationM,
    year: options.year,
    stepMinutes: options.stepMinutes,
  });
  const count = sun.count;
  const ghiWM2 = new Float32Array(count);
  const dniWM2 = new Float32Array(count);
  const dhiWM2 = new Float32Array(count);
  const pressurePa = altitudeToPressurePa(elevationM);
  const irradiance = createClearSkyIrradiance();
  for (let i = 0; i < count; i++) {
    const t = sun.timesUtcMs[i];
    const day = dayOfYearUtc(t);
    const linkeTurbidity = linke[new Date(t).getUTCMonth()];
    if (model === 'esra') {
      esraClearSky(
        {
          solarElevationDeg: 90 - sun.zenithRad[i] * DEG_PER_RAD,
          elevationM,
          linkeTurbidity,
          extraterrestrialWm2: extraterrestrialRsun(day),
        },
        irradiance,
      );
    } else {
      const apparentZenithDeg = sun.apparentZenithRad[i] * DEG_PER_RAD;
      ineichenPerez(
        {
          apparentZenithDeg,
          airmassAbsolute: absoluteAirmass(relativeAirmassKastenYoung(apparentZenithDeg), pressurePa),
          linkeTurbidity,
          altitudeM: elevationM,
          dniExtraWm2: extraterrestrialSpencer(day),
        },
        irradiance,
      );
    }
    ghiWM2[i] = irradiance.ghiWm2;
    dniWM2[i] = irradiance.dniWm2;
    dhiWM2[i] = irradiance.dhiWm2;
  }
  return {
    sunTimeUtcMs: sun.timesUtcMs,
    intervalHours: options.stepMinutes / 60,
    ghiWM2,
    dniWM2,
    dhiWM2,
  };
}
