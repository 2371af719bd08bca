/** Ranking and classes, by hand. */
import { describe, expect, it } from 'vitest';
import { IRRADIATION_CLASSES, rankByCriterion, rankValues, suitabilityClass } from './suitability.js';

describe('suitability', () => {
  it('classes at the documented thresholds (Paris cadastre 1000, ADEME zone bounds 1220 and 1350)', () => {
    expect(suitabilityClass(999.9, IRRADIATION_CLASSES)).toBe('unfavourable');
    expect(suitabilityClass(1000, IRRADIATION_CLASSES)).toBe('favourable');
    expect(suitabilityClass(1219, IRRADIATION_CLASSES)).toBe('favourable');
    expect(suitabilityClass(1220, IRRADIATION_CLASSES)).toBe('good');
    expect(suitabilityClass(1400, IRRADIATION_CLASSES)).toBe('excellent');
    expect(suitabilityClass(Number.NaN, IRRADIATION_CLASSES)).toBeNull();
  });
  it('competition ranks, best first, NaN unranked', () => {
    expect([...rankValues([5, 9, 5, Number.NaN, 1], true)]).toEqual([2, 1, 2, 0, 4]);
    // Payback: shorter is better; Infinity (never repaid) ranks last.
    expect([...rankValues([12, 8, Number.POSITIVE_INFINITY], false)]).toEqual([2, 1, 3]);
  });
});

// Four buildings (hand-made values): the second has no module; the fourth never pays back
// (NaN here), so it is unranked by payback only. Specific yields: 1100, –, 1000, 1200 kWh/kWp.
const KWP = Float32Array.of(3, 0, 6, 2);
const YIELD = Float32Array.of(3300, 0, 6000, 2400);
const PAYBACK = Float32Array.of(12, Number.NaN, 11, Number.NaN);

describe('rankByCriterion', () => {
  it('ranks by yield and specific yield highest first, payback shortest first, unranked without modules', () => {
    expect(Array.from(rankByCriterion(KWP, YIELD, PAYBACK, 'yield'))).toEqual([2, 0, 1, 3]);
    expect(Array.from(rankByCriterion(KWP, YIELD, PAYBACK, 'specificYield'))).toEqual([2, 0, 3, 1]);
    expect(Array.from(rankByCriterion(KWP, YIELD, PAYBACK, 'payback'))).toEqual([2, 0, 1, 0]);
  });

  it('gives ties the smaller rank (competition ranking)', () => {
    expect(Array.from(rankByCriterion(Float32Array.of(1, 1), Float32Array.of(900, 900), PAYBACK, 'yield'))).toEqual([
      1, 1,
    ]);
  });
});
