/**
 * The one-pass floating-point predictor rows against a literal transcription of its definition
 * (Adobe Photoshop TIFF Technical Note 3, 2005; libtiff tif_predict.c `fpDiff`): split the row's
 * samples into byte planes, most significant byte first, then replace each byte of the row by
 * its difference with the previous one. That GDAL decodes our predicted blocks is checked in
 * encode.test.ts ("GDAL decodes our Deflate + floating-point predictor").
 */
import { describe, expect, it } from 'vitest';
import { floatPredictorDecodeRow, floatPredictorEncodeRow } from './float-predictor.js';
import { readLittleEndianRow, writeLittleEndianRow } from './little-endian-row.js';

/** Bit pattern of a Float32 value, as an int32. */
function bitsOf(value: number): number {
  return new Int32Array(new Float32Array([value]).buffer)[0] as number;
}

/** Technical Note 3, step by step: row samples (already with fill) → planes → differences. */
function referenceEncode(samples: Float32Array): Uint8Array {
  const width = samples.length;
  const view = new DataView(samples.buffer, samples.byteOffset, samples.byteLength);
  const planes = new Uint8Array(4 * width);
  for (let c = 0; c < width; c++) {
    const bits = view.getUint32(4 * c, true);
    for (let k = 0; k < 4; k++) planes[k * width + c] = (bits >>> (24 - 8 * k)) & 0xff;
  }
  const out = new Uint8Array(4 * width);
  out[0] = planes[0] as number;
  for (let i = 1; i < out.length; i++) out[i] = ((planes[i] as number) - (planes[i - 1] as number)) & 0xff;
  return out;
}

/** Samples with every kind of bit pattern: signs, exponents, subnormals, ±0, ±∞, NaN. */
const SAMPLES = new Float32Array([
  21.75,
  21.5,
  -3.25e-3,
  1e30,
  -0,
  0,
  1.4e-45,
  -7.5,
  Number.POSITIVE_INFINITY,
  Number.NaN,
  43.22999954223633,
  Number.NEGATIVE_INFINITY,
  255,
  1,
  0.5,
  Number.NaN,
  6277600.5,
]);
const FILL = -9999;

describe('floatPredictorEncodeRow', () => {
  it.each([
    ['a whole row', 0, SAMPLES.length, SAMPLES.length],
    ['part of a band, padded to the block width', 3, 9, 16],
    ['a row of padding only', 0, 0, 8],
  ])('%s: the bytes of Technical Note 3, NaN and padding written as the fill value', (_name, start, count, width) => {
    const expected = new Float32Array(width).fill(FILL);
    for (let c = 0; c < count; c++) {
      const v = SAMPLES[start + c] as number;
      expected[c] = Number.isNaN(v) ? FILL : v;
    }
    const out = new Uint8Array(4 * width + 12).fill(0xaa);
    floatPredictorEncodeRow(new Int32Array(SAMPLES.buffer), start, count, width, bitsOf(FILL), out, 8);
    expect(Array.from(out.subarray(8, 8 + 4 * width))).toEqual(Array.from(referenceEncode(expected)));
    // Nothing written outside the row.
    expect(Array.from(out.subarray(0, 8))).toEqual(new Array(8).fill(0xaa));
    expect(Array.from(out.subarray(8 + 4 * width))).toEqual([0xaa, 0xaa, 0xaa, 0xaa]);
  });
});

describe('floatPredictorDecodeRow', () => {
  it('inverts the encoding bit for bit, for any run of samples of the row', () => {
    const width = SAMPLES.length;
    const row = referenceEncode(SAMPLES);
    const block = new Uint8Array(4 + row.length);
    block.set(row, 4);
    const whole = new Int32Array(width);
    floatPredictorDecodeRow(block, 4, width, 0, width, whole, 0);
    expect(Array.from(whole)).toEqual(Array.from(new Int32Array(SAMPLES.buffer)));
    const part = new Int32Array(8).fill(7);
    floatPredictorDecodeRow(block, 4, width, 5, 6, part, 1);
    expect(Array.from(part)).toEqual([7, ...Array.from(new Int32Array(SAMPLES.buffer, 5 * 4, 6)), 7]);
  });
});

describe('little-endian rows (uncompressed blocks)', () => {
  it('write the TIFF II byte order with fill for NaN and padding, and read it back', () => {
    const width = SAMPLES.length + 3;
    const out = new Uint8Array(4 * width);
    writeLittleEndianRow(new Int32Array(SAMPLES.buffer), 0, SAMPLES.length, width, bitsOf(FILL), out, 0);
    const view = new DataView(out.buffer);
    for (let c = 0; c < width; c++) {
      const v = c < SAMPLES.length ? (SAMPLES[c] as number) : FILL;
      expect(Object.is(view.getFloat32(4 * c, true), Number.isNaN(v) ? FILL : v)).toBe(true);
    }
    const back = new Int32Array(4);
    readLittleEndianRow(out, 0, 2, 4, back, 0);
    expect(Array.from(back)).toEqual(Array.from(new Int32Array(SAMPLES.buffer, 2 * 4, 4)));
  });
});
