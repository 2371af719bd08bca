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
  it('reproduces a published course worked example (Riverport, St. Louis; λ = 2)', () => {
    // Campbell, "Spatial interaction or gravity model", course handout BA 308B (St. Louis),
    // reproduced at https://docsbay.net/spatial-interaction-or-gravity-model: Huff's model with
    // α = 1, λ = 2 (Sj/Tij²). Sizes S [ft²]: Galleria 1 300 000, Northwest Plaza 1 700 000,
    // Riverport 1 500 000. Travel times T [min] from North, Central, West St. Louis County and
    // St. Charles County: (40, 25, 30), (15, 25, 30), (40, 50, 45), (40, 30, 20). Demand C
    // [$ million/yr]: 15, 20, 25, 10. Published Pij (3 decimals): N .156 .523 .321; C .568 .268
    // .164; W .364 .304 .332; S .126 .293 .581. Published Eij = Pij·Ci [$ million/yr, from the
    // rounded Pij]: N 2.34 7.845 4.815; C 11.36 5.36 3.28; W 9.1 7.6 8.3; S 1.26 2.93 5.81;
    // Riverport total 22.2.
    const size = [1_300_000, 1_700_000, 1_500_000];
    const minutes = [
      [40, 25, 30],
      [15, 25, 30],
      [40, 50, 45],
      [40, 30, 20],
    ];
    const demand = [15, 20, 25, 10];
    const published = [
      [0.156, 0.523, 0.321],
      [0.568, 0.268, 0.164],
      [0.364, 0.304, 0.332],
      [0.126, 0.293, 0.581],
    ];
    const publishedSpend = [
      [2.34, 7.845, 4.815],
      [11.36, 5.36, 3.28],
      [9.1, 7.6, 8.3],
      [1.26, 2.93, 5.81],
    ];
    const p = new Float64Array(3);
    let riverport = 0;
    minutes.forEach((t, i) => {
      huffProbabilities(size, t, p);
      for (let j = 0; j < 3; j++) {
        // Published to 3 decimals: |P − published| < 0.0005.
        expect(p[j]).toBeCloseTo(published[i][j], 3);
        // The handout multiplies the rounded P by C: the spend can differ by 0.0005·C plus
        // its own rounding to 0.005.
        expect(Math.abs(p[j] * demand[i] - publishedSpend[i][j])).toBeLessThanOrEqual(0.0005 * demand[i] + 0.005);
      }
      riverport += p[2] * demand[i];
    });
    // Published total 22.2 (one decimal): 22.19 here.
    expect(riverport).toBeCloseTo(22.2, 1);
  });
});
