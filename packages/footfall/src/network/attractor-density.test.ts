import { describe, expect, it } from 'vitest';
import { buildStreetGraph } from '../graph/street-graph.js';
import { attractorDensity, edgeMidpoints } from './attractor-density.js';

const way = (id: string, ...xy: number[]) => ({ id, xyM: Float64Array.from(xy) });

describe('attractorDensity', () => {
  it('sums the weights within the radius of the segment midpoint', () => {
    // One 100 m segment (0,0)–(100,0), midpoint (50,0). Attractors and their distances to it:
    // (50,90) w1 → 90 m; (50,101) w2 → 101 m; (150,0) w4 → 100 m (on the circle, counted);
    // (250,0) w8 → 200 m. Hand sums: r = 100 m → 1 + 4 = 5; r = 200 m → 1 + 2 + 4 + 8 = 15;
    // r = 50 m → 0.
    const { graph } = buildStreetGraph([way('a', 0, 0, 100, 0)]);
    const xy = Float64Array.of(50, 90, 50, 101, 150, 0, 250, 0);
    const w = Float64Array.of(1, 2, 4, 8);
    expect(Array.from(attractorDensity(graph, xy, w, 100))).toEqual([5]);
    expect(Array.from(attractorDensity(graph, xy, w, 200))).toEqual([15]);
    expect(Array.from(attractorDensity(graph, xy, w, 50))).toEqual([0]);
    expect(Array.from(attractorDensity(graph, new Float64Array(0), new Float64Array(0), 100))).toEqual([0]);
    expect(() => attractorDensity(graph, xy, w, 0)).toThrow(RangeError);
  });

  it('takes the midpoint along the polyline, not between the ends', () => {
    // L-shaped way (0,0)→(0,100)→(100,100), 200 m: halfway along is the corner (0,100), not
    // the chord midpoint (50,50).
    const { graph } = buildStreetGraph([way('l', 0, 0, 0, 100, 100, 100)]);
    expect(Array.from(edgeMidpoints(graph))).toEqual([0, 100]);
    // An attractor at the corner is within 1 m; one at the chord midpoint is 70.7 m away.
    expect(Array.from(attractorDensity(graph, Float64Array.of(0, 100.5, 50, 50), Float64Array.of(1, 1), 10))).toEqual([
      1,
    ]);
  });
});
