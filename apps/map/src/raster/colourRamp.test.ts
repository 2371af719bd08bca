import { describe, expect, it } from 'vitest';
import { type ColourRamp, colourise, cssColour, rampColour } from './colourRamp.js';

const GREY: ColourRamp = {
  stops: [
    { value: 0, rgb: [0, 0, 0] },
    { value: 10, rgb: [200, 100, 50] },
    { value: 20, rgb: [255, 255, 255] },
  ],
};

function colourOf(value: number): number[] {
  const px = new Uint8ClampedArray(4);
  rampColour(GREY, value, px, 0);
  return Array.from(px);
}

describe('rampColour', () => {
  it('gives each stop its own colour', () => {
    expect(colourOf(0)).toEqual([0, 0, 0, 255]);
    expect(colourOf(10)).toEqual([200, 100, 50, 255]);
    expect(colourOf(20)).toEqual([255, 255, 255, 255]);
  });

  it('interpolates linearly between stops', () => {
    // 15 is halfway from (200,100,50) to (255,255,255): 227.5, 177.5, 152.5, rounded half to
    // even by Uint8ClampedArray (ECMAScript ToUint8Clamp) → 228, 178, 152.
    expect(colourOf(15)).toEqual([228, 178, 152, 255]);
    expect(colourOf(2.5)).toEqual([50, 25, 12, 255]);
  });

  it('clamps outside the stops and makes NaN transparent', () => {
    expect(colourOf(-5)).toEqual([0, 0, 0, 255]);
    expect(colourOf(99)).toEqual([255, 255, 255, 255]);
    expect(colourOf(Number.NaN)).toEqual([0, 0, 0, 0]);
  });
});

describe('colourise', () => {
  it('writes four bytes per cell', () => {
    const out = new Uint8ClampedArray(8);
    colourise(new Float32Array([10, Number.NaN]), GREY, out);
    expect(Array.from(out)).toEqual([200, 100, 50, 255, 0, 0, 0, 0]);
  });

  it('rejects an output of the wrong size', () => {
    expect(() => colourise(new Float32Array(2), GREY, new Uint8ClampedArray(4))).toThrow(/8 bytes/);
  });
});

describe('cssColour', () => {
  it('formats the ramp colour for CSS', () => {
    expect(cssColour(GREY, 10)).toBe('rgb(200, 100, 50)');
  });
});
