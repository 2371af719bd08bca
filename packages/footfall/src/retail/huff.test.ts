import { describe, expect, it } from 'vitest';
import { huffProbabilities } from './huff-probabilities.js';

describe('huffProbabilities', () => {
  it('puts equal probability at the Converse breaking point (α = 1, λ = 2)', () => {
    // Converse (1949), J. Marketing 14(3):379–384: the breaking point between towns A and B,
    // D apart, lies D / (1 + √(P_A/P_B)) from B. Here P_A = 400, P_B = 100, D = 1000 m →
    // 1000/3 m from B, 2000/3 m from A; Huff with λ = 2 must give P = ½ there.
    const p = huffProbabilities([400, 100], [2000 / 3, 1000 / 3], new Float64Array(2));
    expect(p[0]).toBeCloseTo(0.5, 14);
    expect(p[1]).toBeCloseTo(0.5, 14);
  });
  it('matches a hand computation with three centres', () => {
    // U = A/d²: A 3500/16 = 218.75, B 1500/25 = 60, C 300/9 = 33.333…; Σ = 312.0833…
    // → P = 0.70093…, 0.19226…, 0.10681…
    const p = huffProbabilities([3500, 1500, 300], [4, 5, 3], new Float64Array(3));
    const sum = 218.75 + 60 + 300 / 9;
    expect(Array.from(p)).toEqual([218.75 / sum, 60 / sum, 300 / 9 / sum].map((v) => expect.closeTo(v, 14)));
  });
  it('ignores unreachable destinations and honours α and λ', () => {
    const p = huffProbabilities([4, 9, 1], [1, 2, Number.POSITIVE_INFINITY], new Float64Array(3), 0.5, 1);
    // U = √4/1 = 2, √9/2 = 1.5, 0 → 4/7, 3/7, 0.
    expect(p[0]).toBeCloseTo(4 / 7, 14);
    expect(p[1]).toBeCloseTo(3 / 7, 14);
    expect(p[2]).toBe(0);
  });
});
