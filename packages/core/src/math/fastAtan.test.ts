import { describe, expect, it } from 'vitest';
import { atan2Fast, atanNonNegative } from './fastAtan.js';

// Reference: the exact Math.atan / Math.atan2 of the JavaScript engine (IEEE 754 double,
// fdlibm-derived, < 1 ulp). The bound 5e-9 rad is the one documented in fastAtan.ts.
const BOUND_RAD = 5e-9;

describe('atanNonNegative', () => {
  it('stays within 5e-9 rad of Math.atan on [0, 1e6]', () => {
    let worst = 0;
    for (let i = 0; i <= 2_000_000; i++) {
      const u = i / 2_000_000;
      for (const x of [u, 1 / (u + 1e-6)]) worst = Math.max(worst, Math.abs(atanNonNegative(x) - Math.atan(x)));
    }
    expect(worst).toBeLessThan(BOUND_RAD);
  });

  it('is exact at 0 and reaches π/2 at infinity', () => {
    expect(atanNonNegative(0)).toBe(0);
    expect(atanNonNegative(Number.POSITIVE_INFINITY)).toBeCloseTo(Math.PI / 2, 8);
  });
});

describe('atan2Fast', () => {
  it('stays within 5e-9 rad of Math.atan2 all around the circle', () => {
    let worst = 0;
    for (let i = 0; i < 1_000_000; i++) {
      const angle = -Math.PI + (2 * Math.PI * (i + 0.5)) / 1_000_000;
      const r = 0.001 + (i % 977);
      const y = r * Math.sin(angle);
      const x = r * Math.cos(angle);
      worst = Math.max(worst, Math.abs(atan2Fast(y, x) - Math.atan2(y, x)));
    }
    expect(worst).toBeLessThan(BOUND_RAD);
  });

  it('follows the quadrant rules on the axes', () => {
    expect(atan2Fast(0, 1)).toBe(0);
    expect(atan2Fast(1, 0)).toBeCloseTo(Math.PI / 2, 12);
    expect(atan2Fast(-1, 0)).toBeCloseTo(-Math.PI / 2, 12);
    expect(atan2Fast(0, -1)).toBeCloseTo(Math.PI, 12);
    expect(atan2Fast(0, 0)).toBe(0);
  });
});

describe('NaN handling', () => {
  it('propagates NaN like Math.atan', () => {
    expect(atanNonNegative(Number.NaN)).toBeNaN();
    expect(atan2Fast(Number.NaN, 1)).toBeNaN();
  });
});
