/**
 * Fast path: one SPA evaluation per time step for a whole tile.
 *
 * The sun is 1 AU away, so across a tile only the observer's local frame changes. The
 * east/north/up frames of two points that differ by Δφ in latitude and Δλ in longitude
 * are rotated by √(Δφ² + Δλ²): a tilt of the vertical (Δφ north–south, Δλ·cos φ
 * east–west) and a twist about the vertical of Δλ·sin φ (meridian convergence). The sun
 * direction expressed in each point's own frame therefore changes by at most that angle;
 * refraction only shrinks elevation changes (dΔe/de0 ∈ (−0.2, 0) for apparent elevations
 * ≥ 0) and parallax changes by ~d/1 AU < 1e-7 rad. {@link sunDirectionTileErrorBoundRad}
 * states the bound; `sunPositions.test.ts` checks it on a 10 km tile over a year.
 *
 * In a conformal projected grid (e.g. Lambert-93) the twist is, to first order, the change
 * of the grid's meridian convergence, so a caller who rotates the centre's sun vector into
 * grid axes with the centre's convergence keeps only the tilt (d/R, ≈ 0.064° for a 10 km
 * tile's half-diagonal) plus the convergence residual of the projection.
 */
import { RAD_PER_DEG } from '../units/angles.js';
import { metresPerDegree } from '../units/metresPerDegree.js';
import { deltaTForInstant } from './deltaT.js';
import {
  createSpaIntermediates,
  julianDayFromUtcMs,
  resolveSpaSite,
  type SpaInput,
  spaGeocentric,
  spaTopocentric,
} from './spa.js';

const MS_PER_MINUTE = 60_000;
/** Change of solar parallax across a tile, ≤ tile size / 1 AU, rounded up [rad]. */
const PARALLAX_MARGIN_RAD = 1e-7;

/** Site inputs shared by every instant of a series (see {@link SpaInput}). */
export type SunSeriesSite = Omit<SpaInput, 'timeUtcMs'>;

/** Sun positions for a list of instants, as typed arrays (radians inside). */
export interface SunPositionSeries {
  /** Number of instants. */
  count: number;
  /** Instants [ms since epoch, UTC]. */
  timesUtcMs: Float64Array;
  /** Topocentric zenith without refraction [rad]. */
  zenithRad: Float64Array;
  /** Apparent (refraction-corrected) topocentric zenith [rad]. */
  apparentZenithRad: Float64Array;
  /** Azimuth, clockwise from north [rad], 0 ≤ a < 2π. */
  azimuthRad: Float64Array;
  /** East component of the unit vector towards the apparent sun [-]. */
  east: Float64Array;
  /** North component of the unit vector towards the apparent sun [-]. */
  north: Float64Array;
  /** Up component of the unit vector towards the apparent sun [-] (= cos apparent zenith). */
  up: Float64Array;
  /** Earth–Sun distance [AU]. */
  earthSunDistanceAu: Float64Array;
}

/**
 * Sun positions (NREL SPA) at a list of instants for one site, e.g. a tile's centre.
 *
 * One full SPA evaluation per instant, allocation-free inside the loop (one reused work
 * record). Use the tile centre as the site: the error this makes at any other point of
 * the tile is at most {@link sunDirectionTileErrorBoundRad}.
 *
 * @param timesUtcMs instants [ms since epoch, UTC]
 * @param site latitude/longitude [deg], elevation [m], pressure [mbar], temperature [°C],
 *   ΔT [s] (default: Espenak & Meeus estimate per instant), refraction [deg]
 * @returns typed arrays of zenith/apparent zenith/azimuth [rad], sun unit vectors
 *   (east, north, up) and Earth–Sun distance [AU]
 * @throws RangeError on an invalid site or a non-finite instant (naming its index)
 * @see Reda I., Andreas A., Solar Energy 76(5):577–589, 2004, doi:10.1016/j.solener.2003.12.003
 * @example
 * const s = sunPositionsForInstants([Date.UTC(2024, 5, 21, 12)], { latitudeDeg: 43.6, longitudeDeg: 3.88 });
 * s.up[0]; // ≈ 0.93 (sun ≈ 69° high)
 */
export function sunPositionsForInstants(timesUtcMs: ArrayLike<number>, site: SunSeriesSite): SunPositionSeries {
  const resolved = resolveSpaSite(site);
  const count = timesUtcMs.length;
  const out: SunPositionSeries = {
    count,
    timesUtcMs: Float64Array.from(timesUtcMs),
    zenithRad: new Float64Array(count),
    apparentZenithRad: new Float64Array(count),
    azimuthRad: new Float64Array(count),
    east: new Float64Array(count),
    north: new Float64Array(count),
    up: new Float64Array(count),
    earthSunDistanceAu: new Float64Array(count),
  };
  const work = createSpaIntermediates();
  for (let i = 0; i < count; i++) {
    const t = out.timesUtcMs[i];
    if (!Number.isFinite(t)) throw new RangeError(`timesUtcMs[${i}] must be a finite epoch-ms instant, got ${t}`);
    spaGeocentric(julianDayFromUtcMs(t), site.deltaTSeconds ?? deltaTForInstant(t), work);
    spaTopocentric(resolved, work);
    const zApp = work.apparentZenithDeg * RAD_PER_DEG;
    const az = work.azimuthDeg * RAD_PER_DEG;
    const sinZ = Math.sin(zApp);
    out.zenithRad[i] = work.zenithDeg * RAD_PER_DEG;
    out.apparentZenithRad[i] = zApp;
    out.azimuthRad[i] = az;
    out.east[i] = sinZ * Math.sin(az);
    out.north[i] = sinZ * Math.cos(az);
    out.up[i] = Math.cos(zApp);
    out.earthSunDistanceAu[i] = work.earthRadiusVectorAu;
  }
  return out;
}

/** Inputs of {@link sunPositionsForYear}. */
export interface SunYearInput extends SunSeriesSite {
  /** Calendar year (UTC). */
  year: number;
  /** Time step [min]; must divide a day (e.g. 60, 30, 15). */
  stepMinutes: number;
}

/**
 * Sun positions at the centre of every time step of a UTC calendar year
 * (instants Jan 1 00:00 UTC + (i + ½)·step), for one site.
 *
 * @param input year, step [min] dividing 1440, and the site (see {@link sunPositionsForInstants})
 * @returns the series; 8760 (8784 in leap years) instants for a 60-min step
 * @throws RangeError when the step does not divide a day or the year is not an integer
 * @example sunPositionsForYear({ year: 2024, stepMinutes: 60, latitudeDeg: 43.6, longitudeDeg: 3.88 }).count; // 8784
 */
export function sunPositionsForYear(input: SunYearInput): SunPositionSeries {
  const { year, stepMinutes } = input;
  if (!Number.isInteger(year)) throw new RangeError(`year must be an integer, got ${year}`);
  if (!(stepMinutes > 0) || 1440 % stepMinutes !== 0) {
    throw new RangeError(`stepMinutes must divide 1440 (e.g. 60, 30, 15), got ${stepMinutes}`);
  }
  const startMs = Date.UTC(year, 0, 1);
  const stepMs = stepMinutes * MS_PER_MINUTE;
  const count = Math.round((Date.UTC(year + 1, 0, 1) - startMs) / stepMs);
  const times = new Float64Array(count);
  for (let i = 0; i < count; i++) times[i] = startMs + (i + 0.5) * stepMs;
  return sunPositionsForInstants(times, input);
}

/**
 * Upper bound on the angle between the sun direction computed at a tile's centre and the
 * one computed at a tile corner, each in its own east/north/up frame, for any sun
 * position with apparent elevation ≥ 0.
 *
 * Bound = √(Δφ² + Δλ²) + 1e-7 rad, the rotation between the two local frames (Δφ, Δλ of
 * the corner on the WGS84 ellipsoid, Δλ taken at the poleward corner) plus a parallax
 * margin. Example: a 10 km × 10 km tile at 43.6°N → 1.337e-3 rad (0.077°), of which the
 * meridian-convergence twist is the larger part.
 *
 * @param latitudeDeg latitude of the tile centre [deg]
 * @param halfWidthM half the tile width, east–west [m]
 * @param halfHeightM half the tile height, north–south [m]
 * @returns angular error bound [rad]
 * @throws RangeError when the latitude is outside [−90, 90]
 * @example sunDirectionTileErrorBoundRad(43.6, 5000, 5000); // 1.337e-3
 */
export function sunDirectionTileErrorBoundRad(latitudeDeg: number, halfWidthM: number, halfHeightM: number): number {
  const dPhiDeg = halfHeightM / metresPerDegree(latitudeDeg).yM;
  const polewardDeg = Math.min(90, Math.abs(latitudeDeg) + dPhiDeg);
  const dLambdaDeg = halfWidthM / metresPerDegree(polewardDeg).xM;
  return Math.hypot(dPhiDeg, dLambdaDeg) * RAD_PER_DEG + PARALLAX_MARGIN_RAD;
}
