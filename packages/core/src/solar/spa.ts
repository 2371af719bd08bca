/**
 * NREL Solar Position Algorithm (SPA), implemented from the paper.
 *
 * Reda I., Andreas A., "Solar position algorithm for solar radiation applications",
 * Solar Energy 76(5):577–589, 2004, doi:10.1016/j.solener.2003.12.003
 * (NREL/TP-560-34302, revised 2008). Section numbers below (3.1 … 3.15, A.1) are the
 * paper's. Stated uncertainty ±0.0003° for the years −2000 … 6000.
 *
 * Conventions (DESIGN.md): degrees at the API, azimuth clockwise from north
 * (0 ≤ Φ < 360, 180 = south), longitude positive east, UTC instants in epoch ms.
 */
import { DEG_PER_RAD, RAD_PER_DEG } from '../units/angles.js';
import { deltaTForInstant } from './deltaT.js';
import {
  SPA_B0,
  SPA_B1,
  SPA_L0,
  SPA_L1,
  SPA_L2,
  SPA_L3,
  SPA_L4,
  SPA_L5,
  SPA_NUTATION,
  SPA_R0,
  SPA_R1,
  SPA_R2,
  SPA_R3,
  SPA_R4,
} from './spaTables.js';

/** Julian day of the Unix epoch 1970-01-01T00:00Z. */
const JD_UNIX_EPOCH = 2440587.5;
/** Julian day of J2000.0. */
const JD_J2000 = 2451545;
const MS_PER_DAY = 86_400_000;
/** Sun's apparent angular radius used by SPA [deg] (section 3.14). */
const SUN_RADIUS_DEG = 0.26667;
/** Earth's equatorial radius used by SPA [m] (section 3.12). */
const EARTH_RADIUS_M = 6378140;
/** Flattening term b/a of the Earth's ellipsoid used by SPA (section 3.12). */
const EARTH_AXIS_RATIO = 0.99664719;

/** Inputs of {@link solarPositionSpa}. */
export interface SpaInput {
  /** Instant [ms since 1970-01-01T00:00Z, UTC]. */
  timeUtcMs: number;
  /** Observer geodetic latitude [deg], −90…90, north positive. */
  latitudeDeg: number;
  /** Observer longitude [deg], −180…180, east positive. */
  longitudeDeg: number;
  /** Observer elevation above sea level [m] (default 0). */
  elevationM?: number;
  /** Annual mean local pressure [mbar = hPa] for refraction (default 1013.25). */
  pressureMbar?: number;
  /** Annual mean local temperature [°C] for refraction (default 12). */
  temperatureC?: number;
  /** ΔT = TT − UT [s] (default: Espenak & Meeus polynomial, {@link deltaTForInstant}). */
  deltaTSeconds?: number;
  /** Atmospheric refraction at sunrise/sunset [deg] (default 0.5667). */
  refractionDeg?: number;
}

/** Sun position seen by a topocentric observer. */
export interface SolarPosition {
  /** Topocentric zenith angle without refraction, θ0 = 90 − e0 [deg]. */
  zenithDeg: number;
  /** Topocentric zenith angle with refraction (apparent), θ = 90 − e [deg]. */
  apparentZenithDeg: number;
  /** Topocentric azimuth Φ, clockwise from north [deg], 0 ≤ Φ < 360. */
  azimuthDeg: number;
  /** Topocentric elevation without refraction e0 [deg]. */
  elevationDeg: number;
  /** Topocentric elevation with refraction (apparent) e [deg]. */
  apparentElevationDeg: number;
  /** Equation of time E (apparent − mean solar time) [min], −20…20. */
  equationOfTimeMin: number;
  /** Topocentric declination δ′ [deg]. */
  declinationDeg: number;
  /** Topocentric local hour angle H′ [deg], 0…360, measured westward from south. */
  hourAngleDeg: number;
  /** Earth–Sun distance R [AU]. */
  earthSunDistanceAu: number;
}

/**
 * Every intermediate quantity of the SPA, named as in Reda & Andreas (2004); angles in
 * degrees unless stated.
 */
export interface SpaIntermediates {
  /** Julian day JD (UT) (3.1.1). */
  julianDay: number;
  /** Julian ephemeris day JDE (TT) (3.1.2). */
  julianEphemerisDay: number;
  /** Julian century JC (3.1.3). */
  julianCentury: number;
  /** Julian ephemeris century JCE (3.1.4). */
  julianEphemerisCentury: number;
  /** Julian ephemeris millennium JME (3.1.5). */
  julianEphemerisMillennium: number;
  /** Earth heliocentric longitude L, 0…360 (3.2). */
  heliocentricLongitudeDeg: number;
  /** Earth heliocentric latitude B (3.2.7). */
  heliocentricLatitudeDeg: number;
  /** Earth radius vector R [AU] (3.2.8). */
  earthRadiusVectorAu: number;
  /** Geocentric longitude Θ, 0…360 (3.3.1). */
  geocentricLongitudeDeg: number;
  /** Geocentric latitude β (3.3.3). */
  geocentricLatitudeDeg: number;
  /** Mean elongation of the moon from the sun X0 (3.4.1). */
  meanElongationMoonDeg: number;
  /** Mean anomaly of the sun X1 (3.4.2). */
  meanAnomalySunDeg: number;
  /** Mean anomaly of the moon X2 (3.4.3). */
  meanAnomalyMoonDeg: number;
  /** Moon's argument of latitude X3 (3.4.4). */
  moonArgumentLatitudeDeg: number;
  /** Longitude of the ascending node of the moon X4 (3.4.5). */
  moonAscendingNodeDeg: number;
  /** Nutation in longitude Δψ (3.4.7). */
  nutationLongitudeDeg: number;
  /** Nutation in obliquity Δε (3.4.8). */
  nutationObliquityDeg: number;
  /** Mean obliquity of the ecliptic ε0 [arcsec] (3.5.1). */
  meanObliquityArcsec: number;
  /** True obliquity of the ecliptic ε (3.5.2). */
  trueObliquityDeg: number;
  /** Aberration correction Δτ (3.6). */
  aberrationCorrectionDeg: number;
  /** Apparent sun longitude λ (3.7). */
  apparentSunLongitudeDeg: number;
  /** Mean sidereal time at Greenwich ν0, 0…360 (3.8.1). */
  meanSiderealTimeDeg: number;
  /** Apparent sidereal time at Greenwich ν (3.8.2). */
  apparentSiderealTimeDeg: number;
  /** Geocentric sun right ascension α, 0…360 (3.9). */
  geocentricRightAscensionDeg: number;
  /** Geocentric sun declination δ (3.10). */
  geocentricDeclinationDeg: number;
  /** Observer local hour angle H, 0…360 (3.11). */
  hourAngleDeg: number;
  /** Equatorial horizontal parallax of the sun ξ (3.12.1). */
  equatorialHorizontalParallaxDeg: number;
  /** Parallax in the sun right ascension Δα (3.12.5). */
  parallaxRightAscensionDeg: number;
  /** Topocentric sun right ascension α′ (3.12.6). */
  topocentricRightAscensionDeg: number;
  /** Topocentric sun declination δ′ (3.12.7). */
  topocentricDeclinationDeg: number;
  /** Topocentric local hour angle H′ (3.13). */
  topocentricHourAngleDeg: number;
  /** Topocentric elevation without refraction e0 (3.14.1). */
  elevationDeg: number;
  /** Atmospheric refraction correction Δe (3.14.2). */
  refractionCorrectionDeg: number;
  /** Topocentric elevation with refraction e (3.14.3). */
  apparentElevationDeg: number;
  /** Topocentric zenith with refraction θ (3.14.4). */
  apparentZenithDeg: number;
  /** Topocentric zenith without refraction θ0 = 90 − e0. */
  zenithDeg: number;
  /** Topocentric astronomers' azimuth Γ, westward from south, 0…360 (3.15.1). */
  astronomersAzimuthDeg: number;
  /** Topocentric azimuth Φ, eastward from north, 0…360 (3.15.2). */
  azimuthDeg: number;
  /** Equation of time E [min] (A.1). */
  equationOfTimeMin: number;
}

/** Site and atmosphere inputs with defaults applied (see {@link SpaInput} for units). */
export interface SpaSite {
  /** Latitude [deg], north positive. */
  latitudeDeg: number;
  /** Longitude [deg], east positive. */
  longitudeDeg: number;
  /** Elevation [m]. */
  elevationM: number;
  /** Pressure [mbar]. */
  pressureMbar: number;
  /** Temperature [°C]. */
  temperatureC: number;
  /** Refraction at sunrise/sunset [deg]. */
  refractionDeg: number;
}

/** A zero-filled intermediates record, to be reused across evaluations. */
export function createSpaIntermediates(): SpaIntermediates {
  return {
    julianDay: 0,
    julianEphemerisDay: 0,
    julianCentury: 0,
    julianEphemerisCentury: 0,
    julianEphemerisMillennium: 0,
    heliocentricLongitudeDeg: 0,
    heliocentricLatitudeDeg: 0,
    earthRadiusVectorAu: 0,
    geocentricLongitudeDeg: 0,
    geocentricLatitudeDeg: 0,
    meanElongationMoonDeg: 0,
    meanAnomalySunDeg: 0,
    meanAnomalyMoonDeg: 0,
    moonArgumentLatitudeDeg: 0,
    moonAscendingNodeDeg: 0,
    nutationLongitudeDeg: 0,
    nutationObliquityDeg: 0,
    meanObliquityArcsec: 0,
    trueObliquityDeg: 0,
    aberrationCorrectionDeg: 0,
    apparentSunLongitudeDeg: 0,
    meanSiderealTimeDeg: 0,
    apparentSiderealTimeDeg: 0,
    geocentricRightAscensionDeg: 0,
    geocentricDeclinationDeg: 0,
    hourAngleDeg: 0,
    equatorialHorizontalParallaxDeg: 0,
    parallaxRightAscensionDeg: 0,
    topocentricRightAscensionDeg: 0,
    topocentricDeclinationDeg: 0,
    topocentricHourAngleDeg: 0,
    elevationDeg: 0,
    refractionCorrectionDeg: 0,
    apparentElevationDeg: 0,
    apparentZenithDeg: 0,
    zenithDeg: 0,
    astronomersAzimuthDeg: 0,
    azimuthDeg: 0,
    equationOfTimeMin: 0,
  };
}

/** x modulo 360 in [0, 360). */
function wrap360(x: number): number {
  const r = x % 360;
  return r < 0 ? r + 360 : r;
}

/** Σ A·cos(B + C·t) over flat (A, B, C) triples (section 3.2.1). */
function periodicSum(terms: readonly number[], t: number): number {
  let s = 0;
  for (let i = 0; i < terms.length; i += 3) s += terms[i] * Math.cos(terms[i + 1] + terms[i + 2] * t);
  return s;
}

/**
 * Fill the time scales, the geocentric sun and the equation of time (sections 3.1–3.10
 * and A.1) into `out`. Allocation-free.
 * @param julianDay Julian day (UT)
 * @param deltaTSeconds ΔT [s]
 */
export function spaGeocentric(julianDay: number, deltaTSeconds: number, out: SpaIntermediates): void {
  // 3.1 Julian day, ephemeris day, centuries and millennium.
  const jde = julianDay + deltaTSeconds / 86400;
  const jc = (julianDay - JD_J2000) / 36525;
  const jce = (jde - JD_J2000) / 36525;
  const jme = jce / 10;
  out.julianDay = julianDay;
  out.julianEphemerisDay = jde;
  out.julianCentury = jc;
  out.julianEphemerisCentury = jce;
  out.julianEphemerisMillennium = jme;

  // 3.2 Earth heliocentric longitude, latitude and radius vector.
  const l =
    (periodicSum(SPA_L0, jme) +
      jme *
        (periodicSum(SPA_L1, jme) +
          jme *
            (periodicSum(SPA_L2, jme) +
              jme * (periodicSum(SPA_L3, jme) + jme * (periodicSum(SPA_L4, jme) + jme * periodicSum(SPA_L5, jme)))))) /
    1e8;
  const lDeg = wrap360(l * DEG_PER_RAD);
  const bDeg = ((periodicSum(SPA_B0, jme) + jme * periodicSum(SPA_B1, jme)) / 1e8) * DEG_PER_RAD;
  const r =
    (periodicSum(SPA_R0, jme) +
      jme *
        (periodicSum(SPA_R1, jme) +
          jme * (periodicSum(SPA_R2, jme) + jme * (periodicSum(SPA_R3, jme) + jme * periodicSum(SPA_R4, jme))))) /
    1e8;
  out.heliocentricLongitudeDeg = lDeg;
  out.heliocentricLatitudeDeg = bDeg;
  out.earthRadiusVectorAu = r;

  // 3.3 Geocentric longitude and latitude.
  const theta = wrap360(lDeg + 180);
  const beta = -bDeg;
  out.geocentricLongitudeDeg = theta;
  out.geocentricLatitudeDeg = beta;

  // 3.4 Nutation in longitude and obliquity.
  const jce2 = jce * jce;
  const jce3 = jce2 * jce;
  const x0 = 297.85036 + 445267.11148 * jce - 0.0019142 * jce2 + jce3 / 189474;
  const x1 = 357.52772 + 35999.05034 * jce - 0.0001603 * jce2 - jce3 / 300000;
  const x2 = 134.96298 + 477198.867398 * jce + 0.0086972 * jce2 + jce3 / 56250;
  const x3 = 93.27191 + 483202.017538 * jce - 0.0036825 * jce2 + jce3 / 327270;
  const x4 = 125.04452 - 1934.136261 * jce + 0.0020708 * jce2 + jce3 / 450000;
  out.meanElongationMoonDeg = x0;
  out.meanAnomalySunDeg = x1;
  out.meanAnomalyMoonDeg = x2;
  out.moonArgumentLatitudeDeg = x3;
  out.moonAscendingNodeDeg = x4;
  let sumPsi = 0;
  let sumEps = 0;
  for (let i = 0; i < SPA_NUTATION.length; i += 9) {
    const arg =
      (SPA_NUTATION[i] * x0 +
        SPA_NUTATION[i + 1] * x1 +
        SPA_NUTATION[i + 2] * x2 +
        SPA_NUTATION[i + 3] * x3 +
        SPA_NUTATION[i + 4] * x4) *
      RAD_PER_DEG;
    sumPsi += (SPA_NUTATION[i + 5] + SPA_NUTATION[i + 6] * jce) * Math.sin(arg);
    sumEps += (SPA_NUTATION[i + 7] + SPA_NUTATION[i + 8] * jce) * Math.cos(arg);
  }
  const dPsi = sumPsi / 36e6;
  const dEps = sumEps / 36e6;
  out.nutationLongitudeDeg = dPsi;
  out.nutationObliquityDeg = dEps;

  // 3.5 True obliquity of the ecliptic.
  const u = jme / 10;
  const eps0 =
    84381.448 +
    u *
      (-4680.93 +
        u *
          (-1.55 +
            u *
              (1999.25 +
                u * (-51.38 + u * (-249.67 + u * (-39.05 + u * (7.12 + u * (27.87 + u * (5.79 + u * 2.45)))))))));
  const eps = eps0 / 3600 + dEps;
  out.meanObliquityArcsec = eps0;
  out.trueObliquityDeg = eps;

  // 3.6 Aberration correction; 3.7 apparent sun longitude.
  const dTau = -20.4898 / (3600 * r);
  const lambda = theta + dPsi + dTau;
  out.aberrationCorrectionDeg = dTau;
  out.apparentSunLongitudeDeg = lambda;

  // 3.8 Apparent sidereal time at Greenwich.
  const nu0 = wrap360(
    280.46061837 + 360.98564736629 * (julianDay - JD_J2000) + 0.000387933 * jc * jc - (jc * jc * jc) / 38710000,
  );
  const cosEps = Math.cos(eps * RAD_PER_DEG);
  const sinEps = Math.sin(eps * RAD_PER_DEG);
  const nu = nu0 + dPsi * cosEps;
  out.meanSiderealTimeDeg = nu0;
  out.apparentSiderealTimeDeg = nu;

  // 3.9 Geocentric right ascension; 3.10 geocentric declination.
  const sinLambda = Math.sin(lambda * RAD_PER_DEG);
  const betaRad = beta * RAD_PER_DEG;
  const alpha = wrap360(
    Math.atan2(sinLambda * cosEps - Math.tan(betaRad) * sinEps, Math.cos(lambda * RAD_PER_DEG)) * DEG_PER_RAD,
  );
  const delta = Math.asin(Math.sin(betaRad) * cosEps + Math.cos(betaRad) * sinEps * sinLambda) * DEG_PER_RAD;
  out.geocentricRightAscensionDeg = alpha;
  out.geocentricDeclinationDeg = delta;

  // A.1 Equation of time.
  const m =
    280.4664567 + jme * (360007.6982779 + jme * (0.03032028 + jme * (1 / 49931 + jme * (-1 / 15300 - jme / 2000000))));
  let eotMin = 4 * wrap360(m - 0.0057183 - alpha + dPsi * cosEps);
  if (eotMin > 20) eotMin -= 1440;
  out.equationOfTimeMin = eotMin;
}

/**
 * Fill the observer-dependent quantities (sections 3.11–3.15) into `out`, which must
 * already hold the geocentric results of {@link spaGeocentric}. Allocation-free.
 */
export function spaTopocentric(site: SpaSite, out: SpaIntermediates): void {
  const r = out.earthRadiusVectorAu;
  const delta = out.geocentricDeclinationDeg * RAD_PER_DEG;
  const phi = site.latitudeDeg * RAD_PER_DEG;

  // 3.11 Observer local hour angle.
  const h = wrap360(out.apparentSiderealTimeDeg + site.longitudeDeg - out.geocentricRightAscensionDeg);
  out.hourAngleDeg = h;
  const hRad = h * RAD_PER_DEG;

  // 3.12 Topocentric right ascension and declination (parallax).
  const xi = 8.794 / (3600 * r);
  const sinXi = Math.sin(xi * RAD_PER_DEG);
  const uTerm = Math.atan(EARTH_AXIS_RATIO * Math.tan(phi));
  const x = Math.cos(uTerm) + (site.elevationM / EARTH_RADIUS_M) * Math.cos(phi);
  const y = EARTH_AXIS_RATIO * Math.sin(uTerm) + (site.elevationM / EARTH_RADIUS_M) * Math.sin(phi);
  const denom = Math.cos(delta) - x * sinXi * Math.cos(hRad);
  const dAlphaRad = Math.atan2(-x * sinXi * Math.sin(hRad), denom);
  const deltaPrimeRad = Math.atan2((Math.sin(delta) - y * sinXi) * Math.cos(dAlphaRad), denom);
  out.equatorialHorizontalParallaxDeg = xi;
  out.parallaxRightAscensionDeg = dAlphaRad * DEG_PER_RAD;
  out.topocentricRightAscensionDeg = out.geocentricRightAscensionDeg + dAlphaRad * DEG_PER_RAD;
  out.topocentricDeclinationDeg = deltaPrimeRad * DEG_PER_RAD;

  // 3.13 Topocentric local hour angle.
  const hPrimeRad = hRad - dAlphaRad;
  out.topocentricHourAngleDeg = hPrimeRad * DEG_PER_RAD;

  // 3.14 Topocentric zenith angle.
  const sinPhi = Math.sin(phi);
  const cosPhi = Math.cos(phi);
  const cosHp = Math.cos(hPrimeRad);
  const e0 = Math.asin(sinPhi * Math.sin(deltaPrimeRad) + cosPhi * Math.cos(deltaPrimeRad) * cosHp) * DEG_PER_RAD;
  const de =
    e0 >= -(SUN_RADIUS_DEG + site.refractionDeg)
      ? (site.pressureMbar / 1010) *
        (283 / (273 + site.temperatureC)) *
        (1.02 / (60 * Math.tan((e0 + 10.3 / (e0 + 5.11)) * RAD_PER_DEG)))
      : 0;
  const e = e0 + de;
  out.elevationDeg = e0;
  out.refractionCorrectionDeg = de;
  out.apparentElevationDeg = e;
  out.apparentZenithDeg = 90 - e;
  out.zenithDeg = 90 - e0;

  // 3.15 Topocentric azimuth.
  const gamma = wrap360(
    Math.atan2(Math.sin(hPrimeRad), cosHp * sinPhi - Math.tan(deltaPrimeRad) * cosPhi) * DEG_PER_RAD,
  );
  out.astronomersAzimuthDeg = gamma;
  out.azimuthDeg = wrap360(gamma + 180);
}

/**
 * Resolve and validate {@link SpaInput} site fields (defaults per the paper's example
 * conventions: sea level, 1013.25 mbar, 12 °C, refraction 0.5667°).
 * @throws RangeError on a latitude/longitude out of range or a non-finite value.
 */
export function resolveSpaSite(input: Omit<SpaInput, 'timeUtcMs' | 'deltaTSeconds'>): SpaSite {
  const { latitudeDeg, longitudeDeg } = input;
  if (!(latitudeDeg >= -90 && latitudeDeg <= 90)) {
    throw new RangeError(`latitudeDeg must be within [-90, 90], got ${latitudeDeg}`);
  }
  if (!(longitudeDeg >= -180 && longitudeDeg <= 180)) {
    throw new RangeError(`longitudeDeg must be within [-180, 180], got ${longitudeDeg}`);
  }
  const site: SpaSite = {
    latitudeDeg,
    longitudeDeg,
    elevationM: input.elevationM ?? 0,
    pressureMbar: input.pressureMbar ?? 1013.25,
    temperatureC: input.temperatureC ?? 12,
    refractionDeg: input.refractionDeg ?? 0.5667,
  };
  for (const key of ['elevationM', 'pressureMbar', 'temperatureC', 'refractionDeg'] as const) {
    if (!Number.isFinite(site[key])) throw new RangeError(`${key} must be a finite number, got ${site[key]}`);
  }
  return site;
}

/** Julian day (UT) of an epoch-ms instant (section 3.1.1, Gregorian calendar). */
export function julianDayFromUtcMs(timeUtcMs: number): number {
  return timeUtcMs / MS_PER_DAY + JD_UNIX_EPOCH;
}

/**
 * All intermediate values of the NREL SPA for one instant and observer.
 *
 * @param input instant, observer and atmosphere, see {@link SpaInput}
 * @returns every quantity of sections 3.1–3.15 and A.1, see {@link SpaIntermediates}
 * @throws RangeError on an invalid instant, latitude or longitude
 * @see Reda I., Andreas A., Solar Energy 76(5):577–589, 2004, doi:10.1016/j.solener.2003.12.003
 * @example
 * const s = spaIntermediates({ timeUtcMs: Date.UTC(2003, 9, 17, 19, 30, 30),
 *   latitudeDeg: 39.742476, longitudeDeg: -105.1786, elevationM: 1830.14,
 *   pressureMbar: 820, temperatureC: 11, deltaTSeconds: 67 });
 * s.julianDay; // 2452930.312847
 */
export function spaIntermediates(input: SpaInput): SpaIntermediates {
  if (!Number.isFinite(input.timeUtcMs)) {
    throw new RangeError(`timeUtcMs must be a finite epoch-ms instant, got ${input.timeUtcMs}`);
  }
  const site = resolveSpaSite(input);
  const deltaT = input.deltaTSeconds ?? deltaTForInstant(input.timeUtcMs);
  const out = createSpaIntermediates();
  spaGeocentric(julianDayFromUtcMs(input.timeUtcMs), deltaT, out);
  spaTopocentric(site, out);
  return out;
}

/**
 * Topocentric sun position by the NREL Solar Position Algorithm (±0.0003°, years
 * −2000…6000).
 *
 * Zenith and elevation are given with and without atmospheric refraction (Reda &
 * Andreas eq. 42; refraction is applied while the sun's upper limb is above the
 * horizon, e0 ≥ −(0.26667° + refractionDeg)). Azimuth is clockwise from north.
 *
 * @param input instant [epoch ms UTC], latitude [deg, N+], longitude [deg, E+],
 *   elevation [m], pressure [mbar], temperature [°C], ΔT [s], refraction [deg]
 * @returns zenith/elevation (true and apparent), azimuth, equation of time [min],
 *   topocentric declination and hour angle [deg], Earth–Sun distance [AU]
 * @throws RangeError on an invalid instant, latitude or longitude
 * @see Reda I., Andreas A., "Solar position algorithm for solar radiation applications",
 *   Solar Energy 76(5):577–589, 2004, doi:10.1016/j.solener.2003.12.003
 * @example
 * const p = solarPositionSpa({ timeUtcMs: Date.UTC(2003, 9, 17, 19, 30, 30),
 *   latitudeDeg: 39.742476, longitudeDeg: -105.1786, elevationM: 1830.14,
 *   pressureMbar: 820, temperatureC: 11, deltaTSeconds: 67 });
 * p.apparentZenithDeg; // 50.11162
 * p.azimuthDeg; // 194.340241
 */
export function solarPositionSpa(input: SpaInput): SolarPosition {
  const s = spaIntermediates(input);
  return {
    zenithDeg: s.zenithDeg,
    apparentZenithDeg: s.apparentZenithDeg,
    azimuthDeg: s.azimuthDeg,
    elevationDeg: s.elevationDeg,
    apparentElevationDeg: s.apparentElevationDeg,
    equationOfTimeMin: s.equationOfTimeMin,
    declinationDeg: s.topocentricDeclinationDeg,
    hourAngleDeg: wrap360(s.topocentricHourAngleDeg),
    earthSunDistanceAu: s.earthRadiusVectorAu,
  };
}
