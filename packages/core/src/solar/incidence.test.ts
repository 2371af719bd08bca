import { describe, expect, it } from 'vitest';
import { cosIncidence, incidenceAngleDeg } from './incidence.js';
import { solarPositionSpa } from './spa.js';

describe('incidenceAngleDeg — NREL SPA C example (REFERENCES.md, pvlib spa_c_files/spa_py_example.py)', () => {
  // 2004-10-17 12:30:30 MST (UTC−7), Golden; surface slope 30°, NREL azimuth rotation −10°
  // (10° east of south) = 170° clockwise from north.
  const pos = solarPositionSpa({
    timeUtcMs: Date.UTC(2004, 9, 17, 19, 30, 30),
    latitudeDeg: 39.742476,
    longitudeDeg: -105.1786,
    elevationM: 1830.14,
    pressureMbar: 820,
    temperatureC: 11,
    deltaTSeconds: 67,
    refractionDeg: 0.5667,
  });
  it('zenith, azimuth and incidence within 1e-5°', () => {
    expect(Math.abs(pos.apparentZenithDeg - 50.39141121101823)).toBeLessThan(1e-5);
    expect(Math.abs(pos.azimuthDeg - 194.3119618059468)).toBeLessThan(1e-5);
    expect(Math.abs(incidenceAngleDeg(pos, 30, 170) - 25.42168493680471)).toBeLessThan(1e-5);
  });
});

describe('cosIncidence geometry', () => {
  it('is 1 when the sun is on the plane normal and cos θ on a horizontal plane', () => {
    expect(cosIncidence(30, 180, 30, 180)).toBeCloseTo(1, 14);
    expect(cosIncidence(60, 123, 0, 0)).toBeCloseTo(0.5, 14);
  });
});
