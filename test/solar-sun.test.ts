import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { shared } from './fixtures/paths.js';
import { runCliCapture as cli } from './helpers/cliCapture.js';

// NREL SPA worked example (Reda & Andreas 2004, Table A5.1), as transcribed with pvlib's
// precision in ../shared/data/solar-position/spa_test_vectors.json (pvlib tests/test_spa.py
// lines 23–77): 2003-10-17 19:30:30 UTC, Golden CO, 1830.14 m, 820 mbar, 11 °C, ΔT 67 s.
const vectors = JSON.parse(readFileSync(shared('data/solar-position/spa_test_vectors.json'), 'utf8'));
const { inputs, expected } = vectors.spa_reference_case;

describe('gisement sun', () => {
  it('reproduces the SPA worked example', async () => {
    const { code, stdout, stderr } = await cli(
      'sun',
      '--lat',
      String(inputs.latitude),
      `--lon=${inputs.longitude}`, // a negative value needs the = form (node:util parseArgs)
      '--time',
      inputs.local_time,
      '--elevation',
      String(inputs.elevation_m),
      '--pressure',
      String(inputs.pressure_mbar),
      '--temperature',
      String(inputs.temperature_C),
      '--delta-t',
      String(inputs.delta_t_s),
    );
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const p = JSON.parse(stdout);
    expect(p.time).toBe('2003-10-17T19:30:30.000Z');
    // pvlib asserts 5–6 decimals on these (test_spa.py lines 70–77).
    expect(p.apparentZenithDeg).toBeCloseTo(expected.topocentric_zenith_theta, 5);
    expect(p.zenithDeg).toBeCloseTo(expected.zenith_without_refraction_theta0, 5);
    expect(p.azimuthDeg).toBeCloseTo(expected.azimuth_Phi_from_north_eastward, 5);
    expect(p.elevationDeg).toBeCloseTo(expected.elevation_without_refraction_e0, 5);
    expect(p.apparentElevationDeg).toBeCloseTo(expected.apparent_elevation_e, 5);
    expect(p.declinationDeg).toBeCloseTo(expected.topocentric_declination_delta_prime, 5);
    expect(p.equationOfTimeMin).toBeCloseTo(expected.equation_of_time_minutes, 2);
    expect(p.deltaTSeconds).toBe(67);
  });

  it('uses the Espenak & Meeus ΔT estimate when --delta-t is absent', async () => {
    const { code, stdout } = await cli(
      'sun',
      '--lat',
      '39.742476',
      '--lon=-105.1786',
      '--time',
      '2003-10-17T19:30:30Z',
    );
    expect(code).toBe(0);
    const p = JSON.parse(stdout);
    // Espenak & Meeus (NASA/TP-2006-214141, section 2.6), 1986–2005 polynomial
    // 63.86 + 0.3345t − 0.060374t² + 0.0017275t³ + 0.000651814t⁴ + 0.00002373599t⁵ at
    // t = 2003 + 9.5/12 − 2000 = 3.7917: 64.508 s.
    expect(p.deltaTSeconds).toBeCloseTo(64.508, 3);
    // ΔT only moves the ephemeris (≈ 0.0006° per 5 s, deltaT.ts): 2.5 s less is < 0.001°.
    expect(Math.abs(p.azimuthDeg - expected.azimuth_Phi_from_north_eastward)).toBeLessThan(0.001);
  });

  it('rejects a time without a zone and missing coordinates (usage errors, exit 2)', async () => {
    const noZone = await cli('sun', '--lat', '45', '--lon', '4', '--time', '2003-10-17T19:30:30');
    expect(noZone.code).toBe(2);
    expect(noZone.stderr).toMatch(/--time expects an ISO 8601 instant with a zone/);
    const noLat = await cli('sun', '--lon', '4', '--time', '2003-10-17T19:30:30Z');
    expect(noLat.code).toBe(2);
    expect(noLat.stderr).toMatch(/--lat <deg> and --lon <deg> are required/);
    const badLat = await cli('sun', '--lat', '95', '--lon', '4', '--time', '2003-10-17T19:30:30Z');
    expect(badLat.code).toBe(2);
    expect(badLat.stderr).toMatch(/--lat expects a number in \[-90, 90\], got "95"/);
  });
});
