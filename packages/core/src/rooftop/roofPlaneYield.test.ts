/**
 * Plane yield on a hand-made plane: with the same conditions every month the monthly chain is
 * linear in irradiation, E = f·H, f = 123.17434016352927/150 kWh per kWh/m² for 1 kWp (the hand
 * computation in ../pv/monthlyPvYield.test.ts). Monthly irradiation is stored in Float32 (relative
 * step 6e-8): yields on ~1000 kWh/kWp are compared to 5e-5 (4 decimals).
 */
import { describe, expect, it } from 'vitest';
import { monthlyOperatingConditions } from '../pv/monthlyOperatingConditions.js';
import { layoutRoofPlanes } from './layoutRoofPlanes.js';
import { FRANCE_GRID_KG_CO2_PER_KWH, roofPlaneYield } from './roofPlaneYield.js';
import { CELL_M, H, onePlane, W } from './testing/onePlane.js';
import { usableRoofArea } from './usableRoofArea.js';

const F = 123.17434016352927 / 150;
/** A glazing that transmits at every angle (the angular factor is checked in ../pv). */
const clear = new Float64Array(12).fill(1);
const noon = (m: number) => Date.UTC(2023, m, 15, 12);
const months = Array.from({ length: 12 }, (_, m) => m);
const conditions = monthlyOperatingConditions(
  months.map(noon),
  months.map(() => 600),
  months.map(() => 20),
  months.map(() => 2),
);

/** Annual irradiation 1000 + 10·(row − 4) kWh/m² on every cell, a twelfth each month. */
function irradiation(): { globalKwhM2Yr: Float32Array; monthlyKwhM2: Float32Array } {
  const globalKwhM2Yr = new Float32Array(W * H);
  const monthlyKwhM2 = new Float32Array(12 * W * H);
  for (let k = 0; k < W * H; k++) {
    globalKwhM2Yr[k] = 1000 + 10 * (Math.floor(k / W) - 4);
    for (let m = 0; m < 12; m++) monthlyKwhM2[m * W * H + k] = globalKwhM2Yr[k] / 12;
  }
  return { globalKwhM2Yr, monthlyKwhM2 };
}

describe('roofPlaneYield', () => {
  it('30° south plane: mean of usable rows 5–26 = 1115 kWh/m², specific 1115·f, 121 modules', () => {
    const seg = onePlane(30, 180);
    const irr = irradiation();
    const { usable } = usableRoofArea(seg, W, H, CELL_M, CELL_M, irr.globalKwhM2Yr);
    const layout = layoutRoofPlanes(seg.planes, usable, W, H, CELL_M, CELL_M, { latitudeDeg: 43.6 });
    const y = roofPlaneYield({
      seg,
      usable,
      layout,
      ...irr,
      conditions,
      flatRowsTiltGain: new Float64Array(12),
      angularFactor: clear,
    });
    // Rows 5–26 (the edge ring removed): 1010 … 1220, mean 1115.
    expect(y.irradiationKwhM2Yr[0]).toBeCloseTo(1115, 9);
    expect(y.specificYieldKwhKwp[0]).toBeCloseTo(1115 * F, 4);
    expect(y.yieldKwhYr[0] / (121 * 0.425)).toBeCloseTo(1115 * F, 4);
    expect((12 * y.monthlyYieldKwh[5]) / (121 * 0.425)).toBeCloseTo(1115 * F, 4);
    expect(y.co2AvoidedKgYr[0]).toBeCloseTo(y.yieldKwhYr[0] * FRANCE_GRID_KG_CO2_PER_KWH, 9);
    // 836 cells, 38 per value: q0 = 1010·f, q1 = 1220·f, median between sorted[417] = 1110 and
    // sorted[418] = 1120 → 1115·f; q0.1 at h = 83.5 → sorted[83] = sorted[84] = 1030.
    const q = y.sunshineQuantilesKwhKwp;
    expect(q[0]).toBeCloseTo(1010 * F, 4);
    expect(q[1]).toBeCloseTo(1030 * F, 4);
    expect(q[5]).toBeCloseTo(1115 * F, 4);
    expect(q[10]).toBeCloseTo(1220 * F, 4);
  });
  it('multiplies the irradiation by the angular factor of each month', () => {
    const seg = onePlane(30, 180);
    const irr = irradiation();
    const { usable } = usableRoofArea(seg, W, H, CELL_M, CELL_M, irr.globalKwhM2Yr);
    const layout = layoutRoofPlanes(seg.planes, usable, W, H, CELL_M, CELL_M, { latitudeDeg: 43.6 });
    const angularFactor = new Float64Array(12).fill(0.96);
    const y = roofPlaneYield({ seg, usable, layout, ...irr, conditions, flatRowsTiltGain: clear, angularFactor });
    // Linear chain (same conditions every month): 0.96 × the specific yield of the first test.
    expect(y.specificYieldKwhKwp[0]).toBeCloseTo(0.96 * 1115 * F, 4);
    // The plane's irradiation itself, and that on its modules, are reported before the glazing
    // (12 Float32 months of 1115/12 kWh/m² each: 4 decimals).
    expect(y.irradiationKwhM2Yr[0]).toBeCloseTo(1115, 9);
    expect(y.moduleIrradiationKwhM2Yr[0]).toBeCloseTo(1115, 4);
  });
  it('tilted rows on a flat plane take the tilt gain; a plane without usable cells uses its own', () => {
    const seg = onePlane(0, 0);
    const irr = irradiation();
    const { usable } = usableRoofArea(seg, W, H, CELL_M, CELL_M, irr.globalKwhM2Yr);
    const layout = layoutRoofPlanes(seg.planes, usable, W, H, CELL_M, CELL_M, { latitudeDeg: 43.6 });
    const gain = new Float64Array(12).fill(1.1);
    const y = roofPlaneYield({ seg, usable, layout, ...irr, conditions, flatRowsTiltGain: gain, angularFactor: clear });
    expect(y.specificYieldKwhKwp[0]).toBeCloseTo(1115 * 1.1 * F, 4);
    // On the rows: 1.1 × the plane's 1115 kWh/m².
    expect(y.moduleIrradiationKwhM2Yr[0]).toBeCloseTo(1115 * 1.1, 4);
    // Nothing usable (threshold above every cell): all 960 own cells, rows 4–27, mean 1115 too.
    const none = usableRoofArea(seg, W, H, CELL_M, CELL_M, irr.globalKwhM2Yr, { minIrradiationKwhM2Yr: 5000 });
    const dark = layoutRoofPlanes(seg.planes, none.usable, W, H, CELL_M, CELL_M, { latitudeDeg: 43.6 });
    const z = roofPlaneYield({
      seg,
      usable: none.usable,
      layout: dark,
      ...irr,
      conditions,
      flatRowsTiltGain: gain,
      angularFactor: clear,
    });
    expect(dark.modulesCount[0]).toBe(0);
    expect(z.yieldKwhYr[0]).toBe(0);
    expect(z.irradiationKwhM2Yr[0]).toBeCloseTo(1115, 9);
  });
});
