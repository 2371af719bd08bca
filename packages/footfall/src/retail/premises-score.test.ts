import { describe, expect, it } from 'vitest';
import { buildStreetGraph } from '../graph/street-graph.js';
import { scorePremises } from './premises-score.js';

describe('scorePremises', () => {
  // A(0,0) — B(100,0) — C(200,0); footfall AB 100, BC 300 pedestrians/day, so the node
  // potentials C_i = ½ Σ incident footfall are A 50, B 200, C 150. One competitor 'x' at C.
  const { graph } = buildStreetGraph([
    { id: 'ab', xyM: Float64Array.of(0, 0, 100, 0) },
    { id: 'bc', xyM: Float64Array.of(100, 0, 200, 0) },
  ]);
  const footfall = Float64Array.of(100, 300);
  const competitor = { id: 'shopC', category: 'x', weight: 1, snap: { edge: 1, distanceM: 0, alongM: 100 } };
  const atA = { id: 'candA', category: 'x', weight: 1, snap: { edge: 0, distanceM: 0, alongM: 0 } };
  const atB = { id: 'candB', category: 'x', weight: 1, snap: { edge: 1, distanceM: 0, alongM: 0 } };
  const scores = scorePremises(graph, footfall, [competitor], [atA, atB]);

  it('computes Huff patronage by hand (α = 1, λ = 2, d_min = 25 m)', () => {
    expect([graph.edgeFrom[0], graph.edgeTo[0], graph.edgeTo[1]]).toEqual([0, 1, 2]);
    // Candidate at A: U_cand = 1/25², 1/100², 1/200² at A, B, C; U_comp = 1/200², 1/100², 1/25².
    // P = 64/65, ½, 1/65 → patronage = 50·64/65 + 200·½ + 150/65 = 100 + 3350/65.
    expect(scores[0].huffPatronageDaily).toBeCloseTo(100 + 3350 / 65, 10);
    expect(scores[0].huffShare).toBeCloseTo((100 + 3350 / 65) / 400, 10);
    // Candidate at B: U_cand = 1/100², 1/25², 1/100²; P = 0.8, 16/17, 1/17
    // → 50·0.8 + 200·16/17 + 150/17 = 40 + 3350/17.
    expect(scores[1].huffPatronageDaily).toBeCloseTo(40 + 3350 / 17, 10);
  });

  it('ranks by the mean of the percentile parts', () => {
    // Footfall 100 vs 300 → parts 0, 1; Huff → 0, 1; one competitor within 400 m each → ½, ½.
    expect(scores.map((s) => s.competitors)).toEqual([1, 1]);
    expect(scores[0].parts).toEqual({ footfall: 0, huff: 0, competition: 0.5 });
    expect(scores[0].score).toBeCloseTo(1 / 6, 15);
    expect(scores[1].score).toBeCloseTo(5 / 6, 15);
    expect(scores.map((s) => s.rank)).toEqual([2, 1]);
  });
});
