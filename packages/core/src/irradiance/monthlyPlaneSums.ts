/**
 * Monthly sums of a sky series on a tilted plane (isotropic sky, unshaded), the common part of
 * `monthlyTiltGain` and `monthlyAngularFactor`.
 */
import { beamOnPlane, groundReflected, isotropicSkyDiffuse } from '../solar/isotropicSkyDiffuse.js';
import type { SunPositionSeries } from '../solar/sunPositions.js';
import { DEG_PER_RAD, RAD_PER_DEG } from '../units/angles.js';
import type { SkyTimeSeries } from './clearSkySeries.js';

/** Per UTC month (index 0 = January), sums of irradiance over the daylight steps [W/m²·steps]. */
export interface MonthlyPlaneSums {
  /** Σ GHI. */
  horizontal: Float64Array;
  /** Σ (B + D + R) on the plane: B = DNI·max(cos θ, 0), D = DHI(1 + cos β)/2, R = GHI·ρ(1 − cos β)/2. */
  plane: Float64Array;
  /** Σ (B·iam(θ) + D·iamSky + R·iamGround); equal to `plane` without `iam`. */
  transmitted: Float64Array;
}

/** Incidence angle modifiers of a glazing: of the beam at incidence θ, and of the sky and ground light. */
export interface GlazingModifiers {
  beam: (aoiDeg: number) => number;
  sky: number;
  ground: number;
}

/**
 * Sums per UTC month of the horizontal, plane-of-array and transmitted irradiance of a sky
 * series, over the steps with the sun above the horizon and GHI > 0 (isotropic transposition,
 * Liu & Jordan 1963; unshaded).
 *
 * @param sky sky series (GHI, DNI, DHI [W/m²])
 * @param sun sun positions at the sky's instants
 * @param tiltDeg plane tilt β [°]
 * @param azimuthDeg direction the plane faces [°, clockwise from north]
 * @param albedo ground reflectance ρ [-]
 * @param glazing incidence angle modifiers; absent: everything transmitted
 * @returns the three monthly sums [W/m² × steps]
 * @see Liu B.Y.H., Jordan R.C., Solar Energy 7(2):53–74, 1963, doi:10.1016/0038-092X(63)90006-9
 * @example monthlyPlaneSums(sky, sun, 30, 180, 0.2).plane[6];
 */
export function monthlyPlaneSums(
  sky: SkyTimeSeries,
  sun: SunPositionSeries,
  tiltDeg: number,
  azimuthDeg: number,
  albedo: number,
  glazing?: GlazingModifiers,
): MonthlyPlaneSums {
  const b = tiltDeg * RAD_PER_DEG;
  const a = azimuthDeg * RAD_PER_DEG;
  const nx = Math.sin(b) * Math.sin(a);
  const ny = Math.sin(b) * Math.cos(a);
  const nz = Math.cos(b);
  const out: MonthlyPlaneSums = {
    horizontal: new Float64Array(12),
    plane: new Float64Array(12),
    transmitted: new Float64Array(12),
  };
  for (let i = 0; i < sun.count; i++) {
    if (!(sun.up[i] > 0) || !(sky.ghiWM2[i] > 0)) continue;
    const m = new Date(sun.timesUtcMs[i]).getUTCMonth();
    const cosI = nx * sun.east[i] + ny * sun.north[i] + nz * sun.up[i];
    const beam = beamOnPlane(sky.dniWM2[i], cosI);
    const diffuse = isotropicSkyDiffuse(sky.dhiWM2[i], tiltDeg);
    const ground = groundReflected(sky.ghiWM2[i], tiltDeg, albedo);
    out.horizontal[m] += sky.ghiWM2[i];
    out.plane[m] += beam + diffuse + ground;
    out.transmitted[m] += glazing
      ? (beam > 0 ? beam * glazing.beam(Math.acos(Math.min(1, cosI)) * DEG_PER_RAD) : 0) +
        diffuse * glazing.sky +
        ground * glazing.ground
      : beam + diffuse + ground;
  }
  return out;
}
