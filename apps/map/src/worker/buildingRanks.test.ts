import { describe, expect, it } from 'vitest';
import { buildingRanks } from './buildingRanks.js';

// Four buildings (hand-made values): the second has no module; the fourth never pays back
// (NaN here), so it is unranked by payback only. Specific yields: 1100, –, 1000, 1200 kWh/kWp.
const KWP = Float32Array.of(3, 0, 6, 2);
const YIELD = Float32Array.of(3300, 0, 6000, 2400);
const PAYBACK = Float32Array.of(12, Number.NaN, 11, Number.NaN);

describe('buildingRanks', () => {
  it('ranks by each criterion of a roofs config as gisement roofs does (analyseRoofs.ts criterion)', () => {
    expect(Array.from(buildingRanks(KWP, YIELD, PAYBACK, 'yield'))).toEqual([2, 0, 1, 3]);
    expect(Array.from(buildingRanks(KWP, YIELD, PAYBACK, 'specificYield'))).toEqual([2, 0, 3, 1]);
    expect(Array.from(buildingRanks(KWP, YIELD, PAYBACK, 'payback'))).toEqual([2, 0, 1, 0]);
  });

  it('gives ties the smaller rank (competition ranking)', () => {
    expect(Array.from(buildingRanks(Float32Array.of(1, 1), Float32Array.of(900, 900), PAYBACK, 'yield'))).toEqual([
      1, 1,
    ]);
  });
});
