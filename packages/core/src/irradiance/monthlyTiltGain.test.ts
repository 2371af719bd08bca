/**
 * Monthly tilt gain: analytic limits of the isotropic transposition (Liu & Jordan 1963).
 */
import { describe, expect, it } from 'vitest';
import { sunPositionsForInstants } from '../solar/sunPositions.js';
import type { SkyTimeSeries } from './clearSkySeries.js';
import { monthlyTiltGain } from './monthlyTiltGain.js';

const site = { latitudeDeg: 43.93, longitudeDeg: 2.15, elevationM: 170 };
// Three winter middays (January) and one July midday, consistent GHI = DNI·cos z + DHI.
const times = Float64Array.of(
  Date.UTC(2023, 0, 15, 11),
  Date.UTC(2023, 0, 15, 12),
  Date.UTC(2023, 0, 16, 13),
  Date.UTC(2023, 6, 15, 12),
);
const sun = sunPositionsForInstants(times, site);
const dni = Float32Array.of(700, 800, 600, 850);
const dhi = Float32Array.of(80, 90, 100, 120);
const ghi = Float32Array.from(dni, (d, i) => d * sun.up[i] + dhi[i]);
const sky: SkyTimeSeries = { sunTimeUtcMs: times, intervalHours: 1, ghiWM2: ghi, dniWM2: dni, dhiWM2: dhi };

describe('monthlyTiltGain', () => {
  it('is 1 for a horizontal plane (beam·cos z + diffuse = GHI) and for months without sun', () => {
    const r = monthlyTiltGain(sky, sun, 0, 180, 0.2);
    expect(r[0]).toBeCloseTo(1, 6); // GHI stored as Float32
    expect(r[6]).toBeCloseTo(1, 6);
    expect(r[3]).toBe(1);
  });
  it('north-facing wall in January: no beam, half the sky, ρ/2 of the ground', () => {
    // Sun in the south at midday: cos I < 0, so R = Σ (DHI/2 + ρ·GHI/2) / Σ GHI.
    const r = monthlyTiltGain(sky, sun, 90, 0, 0.2);
    const expected = (0.5 * (80 + 90 + 100) + 0.1 * (ghi[0] + ghi[1] + ghi[2])) / (ghi[0] + ghi[1] + ghi[2]);
    expect(r[0]).toBeCloseTo(expected, 12);
  });
  it('a 15° south tilt gains more from a low January sun than from a high July one at 44° N', () => {
    // Middays only: in July the sun (zenith ≈ 20°) is still nearer the tilted normal than the
    // vertical, so both gain; January's (zenith ≈ 67°) gains far more.
    const r = monthlyTiltGain(sky, sun, 15, 180, 0.2);
    expect(r[0]).toBeGreaterThan(1.15);
    expect(r[6]).toBeGreaterThan(1);
    expect(r[6]).toBeLessThan(r[0]);
  });
});
