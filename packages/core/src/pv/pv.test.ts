/**
 * PV models against pvlib-python's tests (file:line as listed in ../shared/REFERENCES.md, and
 * tests/test_temperature.py at commit 058e1f00 for the Faiman model).
 */
import { describe, expect, it } from 'vitest';
import { faimanCellTemperature } from './faimanCellTemperature.js';
import { ashraeIam, physicalIam } from './incidenceAngleModifier.js';
import { pvwattsDc, pvwattsInverter, pvwattsLosses } from './pvwatts.js';

describe('PVWatts (REFERENCES.md)', () => {
  it('DC: POA 900 W/m², cell 30 °C, pdc0 100 W, γ −0.003 → 88.65 W (tests/test_pvsystem.py:2207)', () => {
    expect(Math.abs(pvwattsDc(900, 30, 100, -0.003) - 88.65)).toBeLessThan(1e-12);
  });
  it('default system losses 14.075660688264469 % (tests/test_pvsystem.py:2280)', () => {
    expect(Math.abs(pvwattsLosses() - 14.075660688264469)).toBeLessThan(1e-12);
  });
  it('a loss overridden: no shading → 100·(1 − 0.86/0.97·…) < default', () => {
    // 1 − (1 − 0.14075660688264469)/(1 − 0.03) = 0.1141820689512832 (shading factor removed).
    expect(Math.abs(pvwattsLosses({ shading: 0 }) - 11.41820689512832)).toBeLessThan(1e-9);
  });
  it('inverter: pdc 90, pdc0 100, η 0.95 → 85.58556604752516 W (tests/test_inverter.py:137)', () => {
    expect(Math.abs(pvwattsInverter(90, 100, 0.95) - 85.58556604752516)).toBeLessThan(1e-10);
  });
  it('inverter clips at η_nom·pdc0 and gives 0 without DC', () => {
    // 200 W into a 100 W inverter: the curve gives > 95 W, clipped to 0.95·100.
    expect(pvwattsInverter(200, 100, 0.95)).toBe(95);
    expect(pvwattsInverter(0, 100, 0.95)).toBe(0);
  });
});

describe('Faiman module temperature (pvlib tests/test_temperature.py)', () => {
  it('900 W/m², 20 °C, 5 m/s, defaults → 35.203 °C (test_faiman_default, :101–103)', () => {
    expect(Math.abs(faimanCellTemperature(900, 20, 5) - 35.203)).toBeLessThan(0.001);
  });
  it('u0 22, u1 6 → 37.308 °C (test_faiman_kwargs, :106–108)', () => {
    expect(Math.abs(faimanCellTemperature(900, 20, 5, 22, 6) - 37.308)).toBeLessThan(0.001);
  });
  it('500 W/m², 10 °C, 5 m/s → 18.446 °C (test_faiman_ndarray)', () => {
    expect(Math.abs(faimanCellTemperature(500, 10, 5) - 18.446)).toBeLessThan(0.001);
  });
});

describe('incidence angle modifiers (REFERENCES.md)', () => {
  it('ASHRAE b 0.05 at 22.5/45/67.5° → 0.99588039, 0.97928932, 0.9193437; 0 at ≥ 89° (tests/test_iam.py:18)', () => {
    const expected = [0.99588039, 0.97928932, 0.9193437];
    [22.5, 45, 67.5].forEach((aoi, i) => {
      expect(Math.abs(ashraeIam(aoi) - expected[i])).toBeLessThan(1e-8);
    });
    expect(ashraeIam(89)).toBe(0);
    expect(ashraeIam(90)).toBe(0);
  });
  it('physical n 1.526, K·L 0.008 at 22.5/45/67.5° → 0.99926198, 0.98797788, 0.8893998 (tests/test_iam.py:40)', () => {
    const expected = [0.99926198, 0.98797788, 0.8893998];
    [22.5, 45, 67.5].forEach((aoi, i) => {
      expect(Math.abs(physicalIam(aoi) - expected[i])).toBeLessThan(1e-8);
    });
    expect(physicalIam(0)).toBe(1);
    expect(physicalIam(90)).toBe(0);
  });
});
