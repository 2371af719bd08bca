/**
 * `analyseRoofPlanes` against the same chain written out by hand (equivalence, STYLE.md kind d)
 * on the hand-made plane of ./testing/onePlane.ts under a clear sky at Albi (inputs: 43.93° N as
 * in ./README.md, 2.15° E, 170 m near the sample's ground heights), with the irradiation field of
 * ./roofPlaneYield.test.ts (1000 + 10·(row − 4) kWh/m²/yr).
 */
import { describe, expect, it } from 'vitest';
import { pvEconomics } from '../economics/pvEconomics.js';
import { clearSkySeries } from '../irradiance/clearSkySeries.js';
import { createIrradiationOutput } from '../irradiance/irradiateCells.js';
import { monthlyTiltGain } from '../irradiance/monthlyTiltGain.js';
import { monthlyAngularFactor } from '../pv/monthlyAngularFactor.js';
import { monthlyOperatingConditions } from '../pv/monthlyOperatingConditions.js';
import { sunPositionsForInstants } from '../solar/sunPositions.js';
import { analyseRoofPlanes, type RoofAnalysisInput, roofAnalysisDefaults } from './analyseRoofPlanes.js';
import { layoutRoofPlanes } from './layoutRoofPlanes.js';
import { roofPlaneYield } from './roofPlaneYield.js';
import type { RoofSegmentation } from './segmentRoofPlanes.js';
import { suitabilityClass } from './suitability.js';
import { CELL_M, H, onePlane, W } from './testing/onePlane.js';
import { usableRoofArea } from './usableRoofArea.js';

const site = { latitudeDeg: 43.93, longitudeDeg: 2.15, elevationM: 170 };
const sky = clearSkySeries({ ...site, year: 2023, stepMinutes: 60, model: 'esra', linkeTurbidity: 3 });
const irradiation = createIrradiationOutput(W * H);
const { globalKwhM2Yr, monthlyKwhM2 } = irradiation;
for (let k = 0; k < W * H; k++) {
  globalKwhM2Yr[k] = 1000 + 10 * (Math.floor(k / W) - 4);
  for (let m = 0; m < 12; m++) monthlyKwhM2[m * W * H + k] = (globalKwhM2Yr[k] as number) / 12;
}

/** The input on the test grid: one plane of building 1, Albi's clear sky, albedo 0.2. */
function inputOf(seg: RoofSegmentation, buildingsCount: number): RoofAnalysisInput {
  return {
    seg,
    width: W,
    height: H,
    cellSizeXM: CELL_M,
    cellSizeYM: CELL_M,
    irradiation,
    sky,
    site,
    albedo: 0.2,
    gridConvergenceDeg: 0,
    buildingsCount,
  };
}

describe('analyseRoofPlanes', () => {
  it('equals usableRoofArea → layoutRoofPlanes → roofPlaneYield with NOCT conditions, by hand', () => {
    const seg = onePlane(30, 180);
    const o = roofAnalysisDefaults();
    const a = analyseRoofPlanes(inputOf(seg, 2), o);
    const usable = usableRoofArea(seg, W, H, CELL_M, CELL_M, globalKwhM2Yr);
    const layout = layoutRoofPlanes(seg.planes, usable.usable, W, H, CELL_M, CELL_M, { latitudeDeg: site.latitudeDeg });
    const sun = sunPositionsForInstants(sky.sunTimeUtcMs, site);
    const steps = sky.ghiWM2.length;
    const y = roofPlaneYield({
      seg,
      usable: usable.usable,
      layout,
      globalKwhM2Yr,
      monthlyKwhM2,
      // roofAnalysisDefaults: 20 °C and 1 m/s every month (IEC 61215 NOCT conditions).
      conditions: monthlyOperatingConditions(
        sky.sunTimeUtcMs,
        sky.ghiWM2,
        new Float32Array(steps).fill(20),
        new Float32Array(steps).fill(1),
      ),
      flatRowsTiltGain: monthlyTiltGain(sky, sun, 15, 180, 0.2),
      // Whole-degree policy: layout tilt 30°, azimuth 180° are whole already.
      angularFactor: monthlyAngularFactor(sky, sun, 30, 180, 0.2),
    });
    expect(a.layout.modulesCount[0]).toBe(layout.modulesCount[0]);
    expect(a.yields.yieldKwhYr[0]).toBe(y.yieldKwhYr[0]);
    expect(a.planeClass[0]).toBe(suitabilityClass(y.irradiationKwhM2Yr[0] as number, o.classes));
    expect(a.planeEconomics[0]).toEqual(pvEconomics(layout.kWp[0] as number, y.yieldKwhYr[0] as number, o.economics));
    // Building 1 holds the one plane; building 2 none.
    const b = a.buildings;
    expect([b.planesCount[0], b.planesCount[1]]).toEqual([1, 0]);
    expect(b.kWp[0]).toBe(layout.kWp[0]);
    expect(b.yieldKwhYr[0]).toBe(y.yieldKwhYr[0]);
    expect(b.irradiationKwhM2Yr[0]).toBeCloseTo(y.irradiationKwhM2Yr[0] as number, 9);
    expect(b.class[0]).toBe(a.planeClass[0]);
    expect([b.irradiationKwhM2Yr[1], b.class[1], b.economics[1]]).toEqual([Number.NaN, null, null]);
  });

  it('uses the measured conditions when given, and the angular factor of the rounded orientation', () => {
    const seg = onePlane(30.4, 179.6);
    const conditions = {
      irradianceWm2: new Float64Array(12).fill(600),
      airTemperatureC: new Float64Array(12).fill(35),
      windSpeedMs: new Float64Array(12).fill(0),
    };
    const input = inputOf(seg, 1);
    const hot = analyseRoofPlanes({ ...input, conditions }, roofAnalysisDefaults());
    const noct = analyseRoofPlanes(input, roofAnalysisDefaults());
    expect(hot.conditions).toBe(conditions);
    // Hotter modules (35 °C, no wind vs 20 °C, 1 m/s) yield less.
    expect(hot.yields.yieldKwhYr[0]).toBeLessThan(noct.yields.yieldKwhYr[0] as number);
    const exact = onePlane(30, 180);
    const whole = analyseRoofPlanes({ ...input, seg: exact }, roofAnalysisDefaults());
    // Same usable cells and modules, angular factor of (30°, 180°) for both: same specific yield.
    expect(noct.yields.specificYieldKwhKwp[0]).toBeCloseTo(whole.yields.specificYieldKwhKwp[0] as number, 9);
  });
});
