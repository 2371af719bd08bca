/**
 * `buildingInsights` on a hand-made building of 4 × 2 cells of 1 m (grid origin x 1000, y 2000,
 * rows going south) with two planes, and a linear "transform" lon = x·1e-5, lat = y·1e-5 so
 * every coordinate can be read off the cell edges. Each expected value is derived in its comment.
 *
 *   row 0:  cell 0 (P0, 1000)  cell 1 (P0, 1100)  cell 2 (P1, 900)  cell 3 (P1, 900)
 *   row 1:  cell 4 (P0, 1200)  cell 5 (P0 obstacle, 400)  cell 6 (P1, 900)  cell 7 (P1, 900)
 *
 * (cell, its plane, annual irradiation kWh/m²). P0: 30° south, 3 modules, 1100 kWh/m² on its
 * modules; P1: flat, 2 modules, 1000 kWh/m² on its tilted rows. Module 1.7 × 1.1 m, 400 W.
 */
import { describe, expect, it } from 'vitest';
import type { GeoRef } from '../raster/grid.js';
import { type BuildingInsightsInput, buildingInsights } from './buildingInsights.js';
import type { RoofSegmentation } from './segmentRoofPlanes.js';

const geo: GeoRef = { originX: 1000, originY: 2000, cellSizeX: 1, cellSizeY: 1, epsg: null };
const seg: RoofSegmentation = {
  planes: {
    count: 2,
    buildingId: Int32Array.of(1, 1),
    pitchDeg: Float64Array.of(30, 0),
    azimuthDeg: Float64Array.of(180, 0),
    isFlat: Uint8Array.of(0, 1),
    groundAreaM2: Float64Array.of(4, 4),
    areaM2: Float64Array.of(4 / Math.cos(Math.PI / 6), 4),
    obstacleGroundAreaM2: Float64Array.of(1, 0),
    centreX: Float64Array.of(1001, 1003),
    centreY: Float64Array.of(1999, 1999),
    planeHeightAtCenterM: Float64Array.of(10, 8),
    dzdx: Float64Array.of(0, 0),
    dzdy: Float64Array.of(Math.tan(Math.PI / 6), 0),
    rmsResidualM: Float64Array.of(0, 0),
    cellOffsets: Int32Array.of(0, 4, 8),
    cells: Int32Array.of(0, 1, 4, 5, 2, 3, 6, 7),
  },
  planeOfCell: Int32Array.of(0, 0, 1, 1, 0, 0, 1, 1),
  isObstacle: Uint8Array.of(0, 0, 0, 0, 0, 1, 0, 0),
  mixedEdges: { sides: [], masked: new Uint8Array(8), maskedCells: 0 },
};
const input: BuildingInsightsInput = {
  buildingId: 'B01',
  planeIndexes: [0, 1],
  seg,
  layout: { modulesCount: Int32Array.of(3, 2) },
  yields: { moduleIrradiationKwhM2Yr: Float64Array.of(1100, 1000) },
  globalKwhM2Yr: Float32Array.of(1000, 1100, 900, 900, 1200, 400, 900, 900),
  width: 4,
  geo,
  toWgs84: (x, y) => [x * 1e-5, y * 1e-5],
  module: { lengthM: 1.7, widthM: 1.1, powerWp: 400 },
  lifetimeYr: 20,
  co2KgPerKwh: 0.032,
};

describe('buildingInsights', () => {
  const b = buildingInsights(input);
  const sp = b.solarPotential;

  it('names, centres and boxes the building in WGS 84', () => {
    expect(b.name).toBe('buildings/B01');
    // ground-area-weighted plane centres: x (4·1001 + 4·1003)/8 = 1002, y 1999
    expect(b.center.longitude).toBeCloseTo(1002e-5, 12);
    expect(b.center.latitude).toBeCloseTo(1999e-5, 12);
    // cells span x 1000…1004 (4 columns of 1 m), y 1998…2000 (2 rows south of the origin)
    expect(b.boundingBox.sw).toEqual({ latitude: 1998e-5, longitude: 1000e-5 });
    expect(b.boundingBox.ne).toEqual({ latitude: 2000e-5, longitude: 1004e-5 });
    // 1 m cells: coarser than Google's MEDIUM (0.25 m), no level claimed
    expect(b.imageryQuality).toBeUndefined();
    expect(buildingInsights({ ...input, geo: { ...geo, cellSizeX: 0.25, cellSizeY: 0.25 } }).imageryQuality).toBe(
      'MEDIUM',
    );
  });

  it('describes each segment with its own cells', () => {
    const [s0, s1] = sp.roofSegmentStats;
    expect(sp.roofSegmentStats).toHaveLength(2);
    expect(s0?.pitchDegrees).toBe(30);
    expect(s0?.azimuthDegrees).toBe(180);
    expect(s1?.azimuthDegrees).toBe(0);
    expect(s0?.planeHeightAtCenterMeters).toBe(10);
    expect(s0?.stats.groundAreaMeters2).toBe(4);
    // 4 m² / cos 30° = 4.6188 m²
    expect(s0?.stats.areaMeters2).toBeCloseTo(4.618802, 6);
    // P0 own cells 1000, 1100, 1200 (cell 5 is an obstacle): type 7, h = 2q: q 0.1 → 1000 + 0.2·100
    const q0 = s0?.stats.sunshineQuantiles as number[];
    expect(q0).toHaveLength(11);
    expect(q0[0]).toBeCloseTo(1000, 9);
    expect(q0[1]).toBeCloseTo(1020, 9);
    expect(q0[5]).toBeCloseTo(1100, 9);
    expect(q0[10]).toBeCloseTo(1200, 9);
    expect(s1?.stats.sunshineQuantiles).toEqual(new Array(11).fill(900));
    // P0 cells: columns 0–1 → x 1000…1002, y 1998…2000
    expect(s0?.boundingBox.ne.longitude).toBeCloseTo(1002e-5, 12);
    expect(s0?.center.longitude).toBeCloseTo(1001e-5, 12);
    expect(s0?.center.latitude).toBeCloseTo(1999e-5, 12);
  });

  it('sums the roof and the building', () => {
    // 4.6188 + 4 m² inclined, 4 + 4 m² ground
    expect(sp.wholeRoofStats.areaMeters2).toBeCloseTo(8.618802, 6);
    expect(sp.wholeRoofStats.groundAreaMeters2).toBe(8);
    // own cells sorted 900 ×4, 1000, 1100, 1200: h = 6q; q 0.5 → 900, q 0.7 → h 4.2 → 1020
    const roof = sp.wholeRoofStats.sunshineQuantiles as number[];
    expect(roof[5]).toBeCloseTo(900, 9);
    expect(roof[7]).toBeCloseTo(1020, 9);
    // with the obstacle cell (400): min 400; h = 7q, q 0.5 → h 3.5 → 900
    const all = sp.buildingStats.sunshineQuantiles as number[];
    expect(all[0]).toBeCloseTo(400, 9);
    expect(all[5]).toBeCloseTo(900, 9);
    // the sunniest own cell, 1200 kWh/m² ÷ 1 kW/m²
    expect(sp.maxSunshineHoursPerYear).toBeCloseTo(1200, 9);
  });

  it('gives the panel, the array and the emission factor in Google units', () => {
    expect(sp.maxArrayPanelsCount).toBe(5);
    // 5 × 1.7 m × 1.1 m
    expect(sp.maxArrayAreaMeters2).toBeCloseTo(9.35, 12);
    expect(sp.panelCapacityWatts).toBe(400);
    expect(sp.panelHeightMeters).toBe(1.7);
    expect(sp.panelWidthMeters).toBe(1.1);
    expect(sp.panelLifetimeYears).toBe(20);
    // 0.032 kg/kWh = 32 kg/MWh
    expect(sp.carbonOffsetFactorKgPerMwh).toBeCloseTo(32, 12);
  });

  it('fills panels sunniest segment first, one configuration per panel count from 4', () => {
    const configs = sp.solarPanelConfigs ?? [];
    expect(configs.map((c) => c.panelsCount)).toEqual([4, 5]);
    // 4 panels: P0's 3 (1100 h) then 1 on P1 (1000 h): 3·0.4·1100 + 1·0.4·1000 = 1320 + 400
    expect(configs[0]?.yearlyEnergyDcKwh).toBeCloseTo(1720, 9);
    expect(configs[0]?.roofSegmentSummaries.map((r) => [r.segmentIndex, r.panelsCount])).toEqual([
      [0, 3],
      [1, 1],
    ]);
    expect(configs[0]?.roofSegmentSummaries[0]?.yearlyEnergyDcKwh).toBeCloseTo(1320, 9);
    // 5 panels: 1320 + 2·0.4·1000
    expect(configs[1]?.yearlyEnergyDcKwh).toBeCloseTo(2120, 9);
    expect(configs[1]?.roofSegmentSummaries[1]).toMatchObject({ pitchDegrees: 0, azimuthDegrees: 0, panelsCount: 2 });
  });

  it('leaves out the configurations below 4 panels, and refuses a building without plane', () => {
    const three = buildingInsights({ ...input, layout: { modulesCount: Int32Array.of(3, 0) } });
    expect(three.solarPotential.maxArrayPanelsCount).toBe(3);
    expect(three.solarPotential.solarPanelConfigs).toBeUndefined();
    expect(() => buildingInsights({ ...input, planeIndexes: [] })).toThrow(/B01 has no roof plane/);
  });
});
