/**
 * Monthly PVWatts chain, checked against a hand computation (each step in the comments).
 */
import { describe, expect, it } from 'vitest';
import { monthlyOperatingConditions } from './monthlyOperatingConditions.js';
import { monthlyPvYield } from './monthlyPvYield.js';

const JAN_1 = Date.UTC(2023, 0, 1, 12);
const JUL_1 = Date.UTC(2023, 6, 1, 12);

describe('monthlyOperatingConditions', () => {
  it('weights by irradiance: G 200, 600 W/m² at 10, 20 °C → 500 W/m², 17.5 °C', () => {
    // Σ G² / Σ G = (200² + 600²)/800 = 500; Σ G·T / Σ G = (2000 + 12000)/800 = 17.5;
    // Σ G·ws / Σ G = (200·1 + 600·3)/800 = 2.5. July: night only → plain means, no irradiance.
    const c = monthlyOperatingConditions([JAN_1, JAN_1 + 3.6e6, JUL_1], [200, 600, 0], [10, 20, 25], [1, 3, 4]);
    expect(c.irradianceWm2[0]).toBe(500);
    expect(c.airTemperatureC[0]).toBe(17.5);
    expect(c.windSpeedMs[0]).toBe(2.5);
    expect(c.irradianceWm2[6]).toBe(0);
    expect(c.airTemperatureC[6]).toBe(25);
    expect(Number.isNaN(c.airTemperatureC[3])).toBe(true);
  });
});

describe('monthlyPvYield', () => {
  it('1 kWp, 150 kWh/m² in January at 600 W/m², 20 °C, 2 m/s → 123.174340 kWh', () => {
    // Losses 100·(1 − 0.85924339/0.97) = 11.418207 %; Faiman T = 20 + 600/(25 + 6.84·2) =
    // 35.511892 °C; DC 600·(1 − 0.0035·10.511892)·0.88581793 = 511.936351 W; inverter pdc0
    // 1000/(1.1·0.96) = 946.9697 W, ζ = 0.540605, η = (0.96/0.9637)(−0.0162ζ − 0.0059/ζ +
    // 0.9858) = 0.962419; E = 0.962419·511.936351 W × 150000/600 h = 123.174340 kWh.
    const c = monthlyOperatingConditions([JAN_1], [600], [20], [2]);
    const poa = new Float64Array(12);
    poa[0] = 150;
    poa[6] = 200; // July has no sun in these conditions: no energy.
    const monthly = new Float64Array(12);
    const annual = monthlyPvYield(1, poa, c, {}, monthly);
    expect(annual).toBeCloseTo(123.17434016352927, 9);
    expect(monthly[0]).toBe(annual);
    expect(monthly[6]).toBe(0);
  });
  it('scales with kWp (no clipping at this load)', () => {
    const c = monthlyOperatingConditions([JAN_1], [600], [20], [2]);
    const poa = [150, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0];
    const out = new Float64Array(12);
    expect(monthlyPvYield(10, poa, c, {}, out)).toBeCloseTo(1231.7434016352927, 7);
  });
});
