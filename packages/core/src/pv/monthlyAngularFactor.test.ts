/**
 * Angular factor: the Brandemuehl & Beckman (1980) effective angles transcribed, and analytic
 * limits of the monthly weighting.
 */
import { describe, expect, it } from 'vitest';
import type { SkyTimeSeries } from '../irradiance/clearSkySeries.js';
import { sunPositionsForInstants } from '../solar/sunPositions.js';
import { physicalIam } from './incidenceAngleModifier.js';
import { brandemuehlBeckmanAnglesDeg, monthlyAngularFactor } from './monthlyAngularFactor.js';

const site = { latitudeDeg: 43.93, longitudeDeg: 2.15, elevationM: 170 };
const times = Float64Array.of(Date.UTC(2023, 6, 15, 10), Date.UTC(2023, 6, 15, 12));
const sun = sunPositionsForInstants(times, site);

describe('brandemuehlBeckmanAnglesDeg (Duffie & Beckman 2013, eq. 5.4.2)', () => {
  it('β = 60°: θ_d = 59.7 − 8.328 + 5.3892 = 56.7612°, θ_g = 90 − 34.728 + 9.6948 = 64.9668°', () => {
    const a = brandemuehlBeckmanAnglesDeg(60);
    expect(a.skyDeg).toBeCloseTo(56.7612, 10);
    expect(a.groundDeg).toBeCloseTo(64.9668, 10);
  });
  it('β = 0: the sky at 59.7°, the ground at 90° (no ground seen, IAM 0)', () => {
    expect(brandemuehlBeckmanAnglesDeg(0)).toEqual({ skyDeg: 59.7, groundDeg: 90 });
  });
});

describe('monthlyAngularFactor', () => {
  it('is 1 with a perfect glazing and for a month without light', () => {
    const sky: SkyTimeSeries = {
      sunTimeUtcMs: times,
      intervalHours: 1,
      ghiWM2: Float32Array.of(700, 850),
      dniWM2: Float32Array.of(750, 850),
      dhiWM2: Float32Array.of(100, 110),
    };
    const f = monthlyAngularFactor(sky, sun, 30, 180, 0.2, () => 1);
    expect(f[6]).toBeCloseTo(1, 12);
    expect(f[0]).toBe(1);
  });
  it('beam only: the beam-weighted IAM of the sun’s angles of incidence', () => {
    // No diffuse, no albedo: F = Σ B·IAM(θ)/Σ B with B = DNI·cos θ, θ from the sun vector.
    const sky: SkyTimeSeries = {
      sunTimeUtcMs: times,
      intervalHours: 1,
      ghiWM2: Float32Array.of(700, 850),
      dniWM2: Float32Array.of(750, 850),
      dhiWM2: Float32Array.of(0, 0),
    };
    const b = (30 * Math.PI) / 180;
    const cosI = [0, 1].map((i) => -Math.sin(b) * (sun.north[i] as number) + Math.cos(b) * (sun.up[i] as number));
    const beams = cosI.map((c, i) => (i === 0 ? 750 : 850) * c);
    const expected =
      (beams[0] * physicalIam((Math.acos(cosI[0]) * 180) / Math.PI) +
        beams[1] * physicalIam((Math.acos(cosI[1]) * 180) / Math.PI)) /
      (beams[0] + beams[1]);
    expect(monthlyAngularFactor(sky, sun, 30, 180, 0, physicalIam)[6]).toBeCloseTo(expected, 12);
  });
});
