/**
 * Monthly share of plane-of-array irradiation that the glazing transmits at its angles of
 * incidence (incidence angle modifiers on beam, sky diffuse and ground-reflected light).
 */
import type { SkyTimeSeries } from '../irradiance/clearSkySeries.js';
import { monthlyPlaneSums } from '../irradiance/monthlyPlaneSums.js';
import type { SunPositionSeries } from '../solar/sunPositions.js';
import { physicalIam } from './incidenceAngleModifier.js';

/**
 * Effective incidence angles of isotropic sky diffuse and ground-reflected light on a plane
 * tilted β: θ_d = 59.7 − 0.1388β + 0.001497β², θ_g = 90 − 0.5788β + 0.002693β² [°].
 *
 * @param tiltDeg plane tilt β [°]
 * @returns effective angles [°] of the sky diffuse (`skyDeg`) and ground-reflected (`groundDeg`) light
 * @see Brandemuehl M.J., Beckman W.A., "Transmission of diffuse radiation through CPC and flat
 *   plate collector glazings", Solar Energy 24(5):511–513, 1980,
 *   doi:10.1016/0038-092X(80)90320-5; Duffie & Beckman, Solar Engineering of Thermal
 *   Processes, 4th ed., 2013, eq. 5.4.1–5.4.2
 * @example brandemuehlBeckmanAnglesDeg(60); // { skyDeg: 56.76, groundDeg: 64.97 }
 */
export function brandemuehlBeckmanAnglesDeg(tiltDeg: number): { skyDeg: number; groundDeg: number } {
  return {
    skyDeg: 59.7 - 0.1388 * tiltDeg + 0.001497 * tiltDeg * tiltDeg,
    groundDeg: 90 - 0.5788 * tiltDeg + 0.002693 * tiltDeg * tiltDeg,
  };
}

/**
 * Per UTC month, the irradiation a PV module transmits over what reaches its plane:
 * F_m = Σ (B·IAM(θ) + D·IAM(θ_d) + R·IAM(θ_g)) / Σ (B + D + R), with B = DNI·max(cos θ, 0),
 * D = DHI·(1 + cos β)/2, R = GHI·ρ(1 − cos β)/2 (isotropic, unshaded, `monthlyPlaneSums`), θ the sun's angle of
 * incidence and θ_d, θ_g the effective angles of {@link brandemuehlBeckmanAnglesDeg}.
 * Multiplying the plane's (shaded) irradiation by F_m assumes shading removes light of every
 * angle alike.
 *
 * @param sky sky series (GHI, DNI, DHI [W/m²])
 * @param sun sun positions at the sky's instants
 * @param tiltDeg plane tilt β [°]
 * @param azimuthDeg direction the plane faces [°, clockwise from north]
 * @param albedo ground reflectance ρ [-]
 * @param iam incidence angle modifier of the glazing [aoi ° → 0–1], default {@link physicalIam}
 * @returns 12 factors [0–1], 1 for a month without light on the plane
 * @see Duffie & Beckman 2013, §5.4 (transmittance–absorptance product of the three parts)
 * @example monthlyAngularFactor(sky, sun, 30, 180, 0.2)[6]; // ≈ 0.97 for a south roof in July
 */
export function monthlyAngularFactor(
  sky: SkyTimeSeries,
  sun: SunPositionSeries,
  tiltDeg: number,
  azimuthDeg: number,
  albedo: number,
  iam: (aoiDeg: number) => number = physicalIam,
): Float64Array {
  const angles = brandemuehlBeckmanAnglesDeg(tiltDeg);
  const sums = monthlyPlaneSums(sky, sun, tiltDeg, azimuthDeg, albedo, {
    beam: iam,
    sky: iam(angles.skyDeg),
    ground: iam(angles.groundDeg),
  });
  return sums.transmitted.map((t, m) => (sums.plane[m] > 0 ? t / sums.plane[m] : 1));
}
