/**
 * Extraterrestrial irradiance and the day-of-year sun geometry that r.sun uses.
 */
import { DEG_PER_RAD } from '../units/angles.js';

const MS_PER_DAY = 86_400_000;

/**
 * Day of the year of a UTC instant, 1 = January 1st.
 * @param timeUtcMs instant [ms since epoch, UTC]
 * @returns day of year [-], 1…366
 * @example dayOfYearUtc(Date.UTC(2019, 5, 20)); // 171
 */
export function dayOfYearUtc(timeUtcMs: number): number {
  const year = new Date(timeUtcMs).getUTCFullYear();
  return Math.floor((timeUtcMs - Date.UTC(year, 0, 1)) / MS_PER_DAY) + 1;
}

/**
 * Extraterrestrial normal irradiance by Spencer's Fourier series for (R0/R)²,
 * with day angle B = 2π(n − 1)/365:
 * E0 = S·(1.00011 + 0.034221 cos B + 0.00128 sin B + 0.000719 cos 2B + 0.000077 sin 2B).
 *
 * @param dayOfYear day of year n [-], 1…366
 * @param solarConstantWm2 solar constant S [W/m²] (default 1366.1, as pvlib)
 * @returns extraterrestrial irradiance on a plane normal to the sun [W/m²]
 * @see Spencer J.W., "Fourier series representation of the position of the sun",
 *   Search 2(5):172, 1971
 * @example extraterrestrialSpencer(1); // ≈ 1414.0
 */
export function extraterrestrialSpencer(dayOfYear: number, solarConstantWm2 = 1366.1): number {
  const b = (2 * Math.PI * (dayOfYear - 1)) / 365;
  return (
    solarConstantWm2 *
    (1.00011 + 0.034221 * Math.cos(b) + 0.00128 * Math.sin(b) + 0.000719 * Math.cos(2 * b) + 0.000077 * Math.sin(2 * b))
  );
}

/**
 * Extraterrestrial normal irradiance as GRASS r.sun computes it (ESRA):
 * G0 = S·(1 + 0.03344·cos(2π·n/365.25 − 0.048869)), perihelion on day ≈ 2.84.
 *
 * @param dayOfYear day of year n [-], 1…366
 * @param solarConstantWm2 solar constant S [W/m²] (default 1367, r.sun's default)
 * @returns extraterrestrial irradiance on a plane normal to the sun [W/m²]
 * @see Šúri M., Hofierka J., "A new GIS-based solar radiation model and its application
 *   to photovoltaic assessments", Transactions in GIS 8(2):175–190, 2004,
 *   doi:10.1111/j.1467-9671.2004.00174.x; GRASS GIS r.sun, rsunlib.c `com_sol_const`
 * @example extraterrestrialRsun(172); // 1322.508495 (r.sun testsuite)
 */
export function extraterrestrialRsun(dayOfYear: number, solarConstantWm2 = 1367): number {
  return solarConstantWm2 * (1 + 0.03344 * Math.cos((2 * Math.PI * dayOfYear) / 365.25 - 0.048869));
}

/**
 * Solar declination as GRASS r.sun computes it:
 * δ = asin(0.3978·sin(j′ − 1.4 + 0.0355·sin(j′ − 0.0489))), j′ = 2π·n/365.25.
 *
 * @param dayOfYear day of year n [-], 1…366
 * @returns declination [deg] (r.sun uses radians internally)
 * @see Šúri M., Hofierka J., Transactions in GIS 8(2):175–190, 2004,
 *   doi:10.1111/j.1467-9671.2004.00174.x (after Gruter 1984, ESRA); GRASS r.sun `com_declin`
 * @example declinationRsunDeg(172); // 23.4405 (0.409115 rad, r.sun testsuite)
 */
export function declinationRsunDeg(dayOfYear: number): number {
  const j = (2 * Math.PI * dayOfYear) / 365.25;
  return Math.asin(0.3978 * Math.sin(j - 1.4 + 0.0355 * Math.sin(j - 0.0489))) * DEG_PER_RAD;
}
