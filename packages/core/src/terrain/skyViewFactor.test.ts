import { describe, expect, it } from 'vitest';
import { skyViewFactor } from './skyViewFactor.js';

/** SVF of one cell with the given horizons [°] (one per azimuth i·360/N), slope and aspect [°]. */
function svfOf(horizonsDeg: number[], slopeDeg: number, aspectDeg: number): number {
  const out = new Float32Array(1);
  skyViewFactor(
    Float32Array.from(horizonsDeg),
    Float32Array.of(slopeDeg),
    Float32Array.of(aspectDeg),
    horizonsDeg.length,
    out,
  );
  return out[0];
}

const open = (n: number, h = -90) => new Array<number>(n).fill(h);

describe('skyViewFactor', () => {
  it('is 1 for an open horizontal cell, whatever the (negative) horizons', () => {
    expect(svfOf(open(36), 0, Number.NaN)).toBeCloseTo(1, 6);
    expect(svfOf(open(36, -12), 0, Number.NaN)).toBeCloseTo(1, 6);
  });

  it('gives the isotropic view factor (1 + cos β)/2 for an open tilted plane', () => {
    // pvlib tests/test_irradiance.py:161 (REFERENCES.md): isotropic sky diffuse on a 40° tilt
    // with DHI 100 W/m² is 88.30222215594891 W/m², i.e. (1 + cos 40°)/2 = 0.8830222215594891.
    expect(svfOf(open(36), 40, 200) * 100).toBeCloseTo(88.30222215594891, 4);
    // (1 + cos 30°)/2 = 0.9330127 (Liu & Jordan 1963 isotropic sky), any aspect
    for (const aspectDeg of [0, 90, 135, 250]) {
      expect(svfOf(open(36), 30, aspectDeg)).toBeCloseTo((1 + Math.cos(Math.PI / 6)) / 2, 5);
    }
  });

  it('is cos²h for a horizontal cell under a uniform horizon h (mean cos² of Dozier & Frew, S = 0)', () => {
    expect(svfOf(open(36, 30), 0, Number.NaN)).toBeCloseTo(0.75, 6);
    expect(svfOf(open(36, 60), 0, Number.NaN)).toBeCloseTo(0.25, 6);
  });

  it('counts only the sky in front of a tilted surface: a wall upslope hides nothing more', () => {
    // A 30° plane facing south (180°): its own horizon to the north is +30°. A terrain horizon
    // of 20° to the north lies below that, so the SVF stays (1 + cos 30°)/2.
    const horizons = open(36);
    horizons[0] = 20;
    expect(svfOf(horizons, 30, 180)).toBeCloseTo((1 + Math.cos(Math.PI / 6)) / 2, 5);
    // A horizon of 60° to the north (above the plane's own 30°) does reduce it.
    horizons[0] = 60;
    expect(svfOf(horizons, 30, 180)).toBeLessThan((1 + Math.cos(Math.PI / 6)) / 2 - 1e-3);
  });

  it('halves for a horizontal cell with a vertical wall on half of the azimuths', () => {
    // sin² of the zenith angle is 0 under a 90° horizon, 1 in the open half.
    const horizons = open(36);
    for (let i = 0; i < 18; i++) horizons[i] = 90;
    expect(svfOf(horizons, 0, Number.NaN)).toBeCloseTo(0.5, 6);
  });

  it('propagates NaN (nodata) and checks lengths', () => {
    expect(svfOf([Number.NaN, 0, 0, 0], 0, 0)).toBeNaN();
    expect(svfOf([0, 0, 0, 0], Number.NaN, 0)).toBeNaN();
    const one = new Float32Array(1);
    expect(() => skyViewFactor(new Float32Array(3), one, one, 4, one)).toThrow(/horizonsDeg/);
  });
});
