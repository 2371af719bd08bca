import { ringSelfIntersection } from '@gisement/io';
import { describe, expect, it } from 'vitest';

const ring = (...xy: number[]) => new Float64Array(xy);

describe('ringSelfIntersection', () => {
  it('accepts simple rings, convex or not, either orientation', () => {
    expect(ringSelfIntersection(ring(0, 0, 4, 0, 4, 4, 0, 4, 0, 0))).toBeNull();
    expect(ringSelfIntersection(ring(0, 0, 0, 4, 4, 4, 4, 0, 0, 0))).toBeNull();
    expect(ringSelfIntersection(ring(0, 0, 4, 0, 4, 4, 2, 1, 0, 4, 0, 0))).toBeNull(); // notch
  });

  it('finds a bow tie, a vertex touching an edge, a repeated vertex and a fold-back', () => {
    expect(ringSelfIntersection(ring(0, 0, 2, 2, 2, 0, 0, 2, 0, 0))).toEqual([0, 2]);
    expect(ringSelfIntersection(ring(0, 0, 4, 0, 4, 4, 2, 0, 0, 4, 0, 0))).not.toBeNull();
    // The repeated vertex (4, 0) makes edges 0 and 2 touch.
    expect(ringSelfIntersection(ring(0, 0, 4, 0, 4, 0, 4, 4, 0, 0))).toEqual([0, 2]);
    expect(ringSelfIntersection(ring(0, 0, 0, 0, 4, 0, 4, 4, 0, 0))).toEqual([0, 0]);
    expect(ringSelfIntersection(ring(0, 0, 4, 0, 2, 0, 2, 3, 0, 0))).toEqual([0, 1]);
  });
});
