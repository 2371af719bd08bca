/** Ranking and classes, by hand. */
import { describe, expect, it } from 'vitest';
import { IRRADIATION_CLASSES, rankValues, suitabilityClass } from './suitability.js';

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
