/**
 * NREL SPA against the published reference values in
 * ../shared/data/solar-position/spa_test_vectors.json (facts from Reda & Andreas 2004,
 * Table A5.1, as asserted by pvlib-python tests, commit 6382338a; file+line of each
 * block are in the JSON's `ref` fields and its PROVENANCE.md).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { altitudeToPressurePa } from './atmosphere.js';
import { deltaTEspenakMeeus } from './deltaT.js';
import { solarPositionSpa, spaIntermediates } from './spa.js';

const vectors = JSON.parse(
  readFileSync(new URL('../../../../../shared/data/solar-position/spa_test_vectors.json', import.meta.url), 'utf8'),
);

/**
 * numpy.testing.assert_almost_equal(desired, actual, decimal): |a − d| < 1.5·10^−decimal,
 * the criterion pvlib's tests/test_spa.py applies.
 */
function expectDecimals(actual: number, desired: number, decimal: number): void {
  expect(Math.abs(actual - desired)).toBeLessThan(1.5 * 10 ** -decimal);
}

const refCase = vectors.spa_reference_case;
const refInput = {
  timeUtcMs: Date.parse(refCase.inputs.utc_time),
  latitudeDeg: refCase.inputs.latitude,
  longitudeDeg: refCase.inputs.longitude,
  elevationM: refCase.inputs.elevation_m,
  pressureMbar: refCase.inputs.pressure_mbar,
  temperatureC: refCase.inputs.temperature_C,
  deltaTSeconds: refCase.inputs.delta_t_s,
  refractionDeg: refCase.inputs.atmos_refract_deg,
};

describe('spaIntermediates — Reda & Andreas Table A5.1 (test_spa.py lines 40-77)', () => {
  const s = spaIntermediates(refInput);
  const x = refCase.expected;
  // [our field, expected value, decimals asserted in tests/test_spa.py lines 110-240]
  const rows: [keyof typeof s, number, number][] = [
    ['julianDay', x.julian_day_JD, 6],
    ['julianEphemerisDay', x.julian_ephemeris_day_JDE, 5],
    ['julianCentury', x.julian_century_JC, 6],
    ['julianEphemerisCentury', x.julian_ephemeris_century_JCE, 10],
    ['julianEphemerisMillennium', x.julian_ephemeris_millennium_JME, 10],
    ['heliocentricLongitudeDeg', x.heliocentric_longitude_L, 6],
    ['heliocentricLatitudeDeg', x.heliocentric_latitude_B, 6],
    ['earthRadiusVectorAu', x.earth_radius_vector_R_AU, 6],
    ['geocentricLongitudeDeg', x.geocentric_longitude_Theta, 6],
    ['geocentricLatitudeDeg', x.geocentric_latitude_beta, 6],
    ['meanElongationMoonDeg', x.X0_mean_elongation_moon, 5],
    ['meanAnomalySunDeg', x.X1_mean_anomaly_sun, 5],
    ['meanAnomalyMoonDeg', x.X2_mean_anomaly_moon, 5],
    ['moonArgumentLatitudeDeg', x.X3_moon_argument_latitude, 5],
    ['moonAscendingNodeDeg', x.X4_moon_ascending_node_longitude, 6],
    ['nutationLongitudeDeg', x.nutation_longitude_dPsi, 6],
    ['nutationObliquityDeg', x.nutation_obliquity_dEpsilon, 6],
    ['meanObliquityArcsec', x.mean_obliquity_epsilon0_arcsec, 6],
    ['trueObliquityDeg', x.true_obliquity_epsilon, 6],
    ['aberrationCorrectionDeg', x.aberration_correction_dTau, 6],
    ['apparentSunLongitudeDeg', x.apparent_sun_longitude_lambda, 6],
    ['meanSiderealTimeDeg', x.mean_sidereal_time_nu0, 3],
    ['apparentSiderealTimeDeg', x.apparent_sidereal_time_nu, 5],
    ['geocentricRightAscensionDeg', x.geocentric_right_ascension_alpha, 6],
    ['geocentricDeclinationDeg', x.geocentric_declination_delta, 6],
    ['hourAngleDeg', x.local_hour_angle_H, 4],
    ['equatorialHorizontalParallaxDeg', x.equatorial_horizontal_parallax_xi, 6],
    ['parallaxRightAscensionDeg', x.parallax_right_ascension_dAlpha, 4],
    ['topocentricRightAscensionDeg', x.topocentric_right_ascension_alpha_prime, 5],
    ['topocentricDeclinationDeg', x.topocentric_declination_delta_prime, 5],
    ['topocentricHourAngleDeg', x.topocentric_local_hour_angle_H_prime, 5],
    ['elevationDeg', x.elevation_without_refraction_e0, 6],
    ['refractionCorrectionDeg', x.refraction_correction_de, 6],
    ['apparentElevationDeg', x.apparent_elevation_e, 6],
    ['apparentZenithDeg', x.topocentric_zenith_theta, 5],
    ['zenithDeg', x.zenith_without_refraction_theta0, 5],
    ['astronomersAzimuthDeg', x.astronomers_azimuth_Gamma, 5],
    ['azimuthDeg', x.azimuth_Phi_from_north_eastward, 5],
    ['equationOfTimeMin', x.equation_of_time_minutes, 2],
  ];
  it.each(rows)('%s = %d', (field, expected, decimals) => {
    expectDecimals(s[field], expected, decimals);
  });
});

describe('solarPositionSpa — headline zenith/azimuth within 1e-5° (REFERENCES.md)', () => {
  it('reproduces the 2003-10-17 Golden example', () => {
    const p = solarPositionSpa(refInput);
    expect(Math.abs(p.apparentZenithDeg - 50.11162)).toBeLessThan(1e-5);
    expect(Math.abs(p.azimuthDeg - 194.340241)).toBeLessThan(1e-5);
    expect(p.zenithDeg).toBeCloseTo(90 - p.elevationDeg, 12);
    expect(p.earthSunDistanceAu).toBeCloseTo(0.9965422974, 9);
  });

  // Row 0 is Table A5.1 (ΔT 67 s). Row 1 (2003-10-18) matches pvlib's `delta_t=None`
  // parametrisation of test_get_solarposition_deltat (ΔT from the Espenak & Meeus
  // polynomial, ≈ 64.5 s), not the 67 s listed in the JSON: with 67 s the azimuth is off
  // by 3.7e-5°. So row 1 exercises our default ΔT.
  it.each([
    [vectors.pvlib_expected_solpos[0], vectors.pvlib_expected_solpos[0].inputs.delta_t_s],
    [vectors.pvlib_expected_solpos[1], undefined],
  ])('expected_solpos row %# (ΔT %s s)', (c, deltaTSeconds) => {
    const p = solarPositionSpa({
      timeUtcMs: Date.parse(c.inputs.utc_time),
      latitudeDeg: c.inputs.latitude,
      longitudeDeg: c.inputs.longitude,
      elevationM: c.inputs.altitude_m,
      pressureMbar: c.inputs.pressure_Pa / 100,
      temperatureC: c.inputs.temperature_C,
      deltaTSeconds,
    });
    expect(Math.abs(p.elevationDeg - c.expected.elevation)).toBeLessThan(1e-5);
    expect(Math.abs(p.apparentZenithDeg - c.expected.apparent_zenith)).toBeLessThan(1e-5);
    expect(Math.abs(p.azimuthDeg - c.expected.azimuth)).toBeLessThan(1e-5);
    expect(Math.abs(p.apparentElevationDeg - c.expected.apparent_elevation)).toBeLessThan(1e-5);
  });

  it('altitude 2000 m case (test_solarposition.py lines 503-510), pressure from altitude', () => {
    const c = vectors.pvlib_expected_solpos[2];
    const pressureMbar = altitudeToPressurePa(2000) / 100; // pvlib alt2pres, ≈ 794.95 mbar
    const p = solarPositionSpa({
      timeUtcMs: Date.parse(c.inputs.utc_time),
      latitudeDeg: c.inputs.latitude,
      longitudeDeg: c.inputs.longitude,
      elevationM: c.inputs.altitude_m,
      pressureMbar,
      temperatureC: c.inputs.temperature_C,
      deltaTSeconds: c.inputs.delta_t_s,
    });
    // pvlib compares after rounding to 5 decimals: |difference| ≤ 1e-5.
    const x = c.expected;
    expect(Math.abs(p.apparentElevationDeg - x.apparent_elevation)).toBeLessThanOrEqual(1e-5);
    expect(Math.abs(p.apparentZenithDeg - x.apparent_zenith)).toBeLessThanOrEqual(1e-5);
    expect(Math.abs(p.azimuthDeg - x.azimuth)).toBeLessThanOrEqual(1e-5);
    expect(Math.abs(p.elevationDeg - x.elevation)).toBeLessThanOrEqual(1e-5);
    expect(Math.abs(p.equationOfTimeMin - x.equation_of_time_min)).toBeLessThanOrEqual(1e-5);
    expect(Math.abs(p.zenithDeg - x.zenith)).toBeLessThanOrEqual(1e-5);
  });

  it('ΔT 67 s vs 0 s changes the azimuth as in test_solarposition.py lines 559-562', () => {
    const c = vectors.pvlib_expected_solpos[3];
    const base = {
      timeUtcMs: Date.parse(c.inputs.utc_time),
      latitudeDeg: c.inputs.latitude,
      longitudeDeg: c.inputs.longitude,
      elevationM: c.inputs.altitude_m,
      pressureMbar: c.inputs.pressure_Pa / 100,
      temperatureC: c.inputs.temperature_C,
    };
    // assert_series_equal default rtol 1e-5 on ~257°: well below 1e-5° here.
    expect(
      Math.abs(solarPositionSpa({ ...base, deltaTSeconds: 67 }).azimuthDeg - c.expected.azimuth_delta_t_67),
    ).toBeLessThan(1e-7);
    expect(
      Math.abs(solarPositionSpa({ ...base, deltaTSeconds: 0 }).azimuthDeg - c.expected.azimuth_delta_t_0),
    ).toBeLessThan(1e-7);
  });
});

describe('Earth–Sun distance (test_solarposition.py lines 598-606)', () => {
  it.each(vectors.earth_sun_distance.cases)('$time', (c) => {
    const p = solarPositionSpa({
      timeUtcMs: Date.parse(c.time),
      latitudeDeg: 0,
      longitudeDeg: 0,
      deltaTSeconds: 64,
    });
    // pvlib: assert_series_equal (rtol 1e-5); the values are given to 12 digits.
    expect(Math.abs(p.earthSunDistanceAu - c.distance_AU)).toBeLessThan(1e-11);
  });
});

describe('equation of time at NREL SPA calculator instants (test_solarposition.py lines 721-742)', () => {
  it.each(vectors.hour_angle.cases)('$time', (c) => {
    const p = solarPositionSpa({
      timeUtcMs: Date.parse(c.time),
      latitudeDeg: 39.742476,
      longitudeDeg: -105.1786,
      deltaTSeconds: 67,
    });
    expect(Math.abs(p.equationOfTimeMin - c.equation_of_time_min)).toBeLessThan(1e-4);
  });
});

describe('deltaTEspenakMeeus (test_spa.py lines 78-93)', () => {
  it('scalar 1985-02', () => {
    const c = vectors.delta_t.scalar;
    expectDecimals(deltaTEspenakMeeus(c.year, c.month), c.delta_t_s, 7);
  });
  it.each(vectors.delta_t.array)('$year-$month', (c) => {
    expectDecimals(deltaTEspenakMeeus(c.year, c.month), c.delta_t_s, 3);
  });
});

describe('input validation', () => {
  it('rejects an out-of-range latitude with the value in the message', () => {
    expect(() => solarPositionSpa({ timeUtcMs: 0, latitudeDeg: 91, longitudeDeg: 0 })).toThrow(/got 91/);
    expect(() => solarPositionSpa({ timeUtcMs: Number.NaN, latitudeDeg: 0, longitudeDeg: 0 })).toThrow(RangeError);
  });
});
