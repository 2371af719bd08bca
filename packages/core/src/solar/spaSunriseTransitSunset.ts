/**
 * Sunrise, sun transit and sunset by the NREL SPA (Reda & Andreas 2004, Appendix A.2).
 */
import { DEG_PER_RAD, RAD_PER_DEG } from '../units/angles.js';
import { deltaTForInstant } from './deltaT.js';
import { createSpaIntermediates, julianDayFromUtcMs, resolveSpaSite, spaGeocentric } from './spa.js';

const MS_PER_DAY = 86_400_000;
/** Sun elevation at sunrise/sunset: refraction 0.5667° + sun radius 0.26667° (A.2). */
const H0_PRIME_DEG = -0.8333;

/** Inputs of {@link spaSunriseTransitSunset}. */
export interface SunriseTransitSunsetInput {
  /** Any instant of the UT day of interest [ms since epoch, UTC]; only its UT date is used. */
  dateUtcMs: number;
  /** Observer latitude [deg], −90…90, north positive. */
  latitudeDeg: number;
  /** Observer longitude [deg], −180…180, east positive. */
  longitudeDeg: number;
  /** ΔT = TT − UT [s] (default: Espenak & Meeus estimate for that month). */
  deltaTSeconds?: number;
}

/** Event instants [ms since epoch, UTC]; `NaN` for sunrise/sunset during polar day or night. */
export interface SunriseTransitSunset {
  sunriseUtcMs: number;
  transitUtcMs: number;
  sunsetUtcMs: number;
}

/** Fractional part in [0, 1). */
function frac(x: number): number {
  return x - Math.floor(x);
}

/** Limit a degree angle to [−180, 180). */
function wrap180(x: number): number {
  return x - 360 * Math.floor((x + 180) / 360);
}

/**
 * Sunrise, transit and sunset of the sun whose transit falls on the given UT date, by
 * the SPA interpolation procedure of Reda & Andreas (2004), Appendix A.2.
 *
 * Sunrise and sunset are the instants when the topocentric centre of the sun is 0.8333°
 * below the horizon (refraction 0.5667° + radius 0.26667°); elevation and pressure are not
 * used. Deviation from A.2 step 5, as in pvlib: the sunrise and sunset fractions m1, m2
 * are not folded into the UT day, so a sunrise before 0 h UT (e.g. in east Asia) is
 * returned on the previous UT day rather than swapped for the next morning's; the
 * three-day interpolation of α and δ covers −1 ≤ n ≤ 1 so this stays accurate.
 *
 * @param input UT date [epoch ms], latitude [deg N+], longitude [deg E+], ΔT [s]
 * @returns sunrise, transit and sunset [epoch ms UTC]; sunrise/sunset `NaN` when the sun
 *   does not cross −0.8333° that day
 * @throws RangeError on an invalid date, latitude or longitude
 * @see Reda I., Andreas A., Solar Energy 76(5):577–589, 2004, doi:10.1016/j.solener.2003.12.003
 * @example
 * const t = spaSunriseTransitSunset({ dateUtcMs: Date.UTC(1996, 6, 5),
 *   latitudeDeg: -35, longitudeDeg: 0, deltaTSeconds: 64 });
 * new Date(t.sunriseUtcMs).toISOString(); // 1996-07-05T07:08:15Z (±1 s)
 */
export function spaSunriseTransitSunset(input: SunriseTransitSunsetInput): SunriseTransitSunset {
  const { dateUtcMs, latitudeDeg, longitudeDeg } = input;
  if (!Number.isFinite(dateUtcMs)) throw new RangeError(`dateUtcMs must be finite, got ${dateUtcMs}`);
  resolveSpaSite({ latitudeDeg, longitudeDeg });
  const dayStartMs = Math.floor(dateUtcMs / MS_PER_DAY) * MS_PER_DAY;
  const deltaT = input.deltaTSeconds ?? deltaTForInstant(dayStartMs);
  const jd0 = julianDayFromUtcMs(dayStartMs);
  const work = createSpaIntermediates();

  // A.2 step 1: apparent sidereal time at Greenwich at 0 UT.
  spaGeocentric(jd0, deltaT, work);
  const nu = work.apparentSiderealTimeDeg;
  // Step 2: geocentric α, δ at 0 TT of the previous, same and next day (ΔT = 0).
  spaGeocentric(jd0 - 1, 0, work);
  const alphaM1 = work.geocentricRightAscensionDeg;
  const deltaM1 = work.geocentricDeclinationDeg;
  spaGeocentric(jd0 + 1, 0, work);
  const alphaP1 = work.geocentricRightAscensionDeg;
  const deltaP1 = work.geocentricDeclinationDeg;
  spaGeocentric(jd0, 0, work);
  const alpha0 = work.geocentricRightAscensionDeg;
  const delta0 = work.geocentricDeclinationDeg;

  // Step 3: approximate transit time as a fraction of the day.
  const m0 = frac((alpha0 - longitudeDeg - nu) / 360);
  // Step 4: local hour angle of sunrise/sunset.
  const phi = latitudeDeg * RAD_PER_DEG;
  const sinPhi = Math.sin(phi);
  const cosPhi = Math.cos(phi);
  const cosH0 =
    (Math.sin(H0_PRIME_DEG * RAD_PER_DEG) - sinPhi * Math.sin(delta0 * RAD_PER_DEG)) /
    (cosPhi * Math.cos(delta0 * RAD_PER_DEG));
  const hasRiseSet = Math.abs(cosH0) <= 1;
  const h0 = hasRiseSet ? Math.acos(cosH0) * DEG_PER_RAD : 0;

  // Step 8 terms: quadratic interpolation through the three days (a, b limited to
  // fractions when α wraps through 360°).
  let a = alpha0 - alphaM1;
  if (Math.abs(a) > 2) a = frac(a);
  let b = alphaP1 - alpha0;
  if (Math.abs(b) > 2) b = frac(b);
  let ap = delta0 - deltaM1;
  if (Math.abs(ap) > 2) ap = frac(ap);
  let bp = deltaP1 - delta0;
  if (Math.abs(bp) > 2) bp = frac(bp);
  const c = b - a;
  const cp = bp - ap;

  // Steps 6–10 for one event fraction m: returns [H′ (deg, −180…180), h (deg), δ′ (deg)].
  const event = { hourAngleDeg: 0, elevationDeg: 0, declinationDeg: 0 };
  const evaluate = (m: number): void => {
    const nuI = nu + 360.985647 * m;
    const n = m + deltaT / 86400;
    const alphaI = alpha0 + (n * (a + b + c * n)) / 2;
    const deltaI = delta0 + (n * (ap + bp + cp * n)) / 2;
    const hI = wrap180(nuI + longitudeDeg - alphaI);
    const dRad = deltaI * RAD_PER_DEG;
    event.hourAngleDeg = hI;
    event.declinationDeg = deltaI;
    event.elevationDeg =
      Math.asin(sinPhi * Math.sin(dRad) + cosPhi * Math.cos(dRad) * Math.cos(hI * RAD_PER_DEG)) * DEG_PER_RAD;
  };

  // Step 11: transit.
  evaluate(m0);
  const transit = m0 - event.hourAngleDeg / 360;
  if (!hasRiseSet) {
    return {
      sunriseUtcMs: Number.NaN,
      transitUtcMs: dayStartMs + transit * MS_PER_DAY,
      sunsetUtcMs: Number.NaN,
    };
  }
  // Steps 5 and 12: sunrise and sunset corrections.
  const correct = (m: number): number => {
    evaluate(m);
    return (
      m +
      (event.elevationDeg - H0_PRIME_DEG) /
        (360 * Math.cos(event.declinationDeg * RAD_PER_DEG) * cosPhi * Math.sin(event.hourAngleDeg * RAD_PER_DEG))
    );
  };
  const sunrise = correct(m0 - h0 / 360);
  const sunset = correct(m0 + h0 / 360);
  return {
    sunriseUtcMs: dayStartMs + sunrise * MS_PER_DAY,
    transitUtcMs: dayStartMs + transit * MS_PER_DAY,
    sunsetUtcMs: dayStartMs + sunset * MS_PER_DAY,
  };
}
