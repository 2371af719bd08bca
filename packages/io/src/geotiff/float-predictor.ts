/**
 * TIFF floating-point predictor (Predictor = 3) for 32-bit samples: Adobe Photoshop TIFF
 * Technical Note 3 (2005), as libtiff implements it (`fpDiff` / `fpAcc` in tif_predict.c).
 * Per row, the bytes of the samples are split into byte planes, most significant first
 * (whatever the file's byte order), then each byte becomes its difference with the previous
 * byte of the row. Deflate then compresses the slowly varying high-order planes much better
 * than raw IEEE floats.
 *
 * Both directions work on the samples' bit patterns as `Int32Array` values (a view on the
 * Float32 data), so they are independent of the host's byte order, and make one pass over the
 * row's samples, allocating nothing.
 */

/**
 * Encode one row of a block: samples `bits[start … start + count)`, NaN replaced by
 * `fillBits`, then `width − count` more `fillBits` (padding of a tile past the raster's
 * edge), as differenced byte planes in `out[at … at + 4 × width)`.
 * @param bits Float32 bit patterns of the band (a view on its data)
 * @param start index of the row's first sample in `bits`
 * @param count samples of the raster in this row of the block, 0 ≤ count ≤ width
 * @param width samples per row of the block
 * @param fillBits bit pattern written for NaN and padding (the nodata value)
 * @param out destination bytes (a block being encoded)
 * @param at byte offset of the row in `out`
 */
export function floatPredictorEncodeRow(
  bits: Int32Array,
  start: number,
  count: number,
  width: number,
  fillBits: number,
  out: Uint8Array,
  at: number,
): void {
  const plane1 = at + width;
  const plane2 = at + 2 * width;
  const plane3 = at + 3 * width;
  // Each byte minus the same byte of the previous sample; Uint8Array stores wrap modulo 256,
  // so the higher bits left by the shifts do not matter.
  let previous = 0;
  for (let c = 0; c < count; c++) {
    let b = bits[start + c];
    if ((b & 0x7fffffff) > 0x7f800000) b = fillBits;
    out[at + c] = (b >>> 24) - (previous >>> 24);
    out[plane1 + c] = (b >>> 16) - (previous >>> 16);
    out[plane2 + c] = (b >>> 8) - (previous >>> 8);
    out[plane3 + c] = b - previous;
    previous = b;
  }
  for (let c = count; c < width; c++) {
    out[at + c] = (fillBits >>> 24) - (previous >>> 24);
    out[plane1 + c] = (fillBits >>> 16) - (previous >>> 16);
    out[plane2 + c] = (fillBits >>> 8) - (previous >>> 8);
    out[plane3 + c] = fillBits - previous;
    previous = fillBits;
  }
  // The first byte of planes 1–3 follows the last byte of the previous plane.
  let first = count > 0 ? bits[start] : fillBits;
  if ((first & 0x7fffffff) > 0x7f800000) first = fillBits;
  out[plane1] = (first >>> 16) - (previous >>> 24);
  out[plane2] = (first >>> 8) - (previous >>> 16);
  out[plane3] = first - (previous >>> 8);
}

/**
 * Decode one row of a block: undo the differencing of `block[at … at + 4 × width)` and write
 * the Float32 bit patterns of its samples `first … first + count − 1` to
 * `bits[dst … dst + count)`.
 * @param block decoded (inflated) block bytes; left unchanged
 * @param at byte offset of the row in `block`
 * @param width samples per row of the block
 * @param first first sample of the row to write, 0 ≤ first
 * @param count samples to write, first + count ≤ width
 * @param bits destination bit patterns (a view on the output Float32 data)
 * @param dst index in `bits` of the first sample written
 */
export function floatPredictorDecodeRow(
  block: Uint8Array,
  at: number,
  width: number,
  first: number,
  count: number,
  bits: Int32Array,
  dst: number,
): void {
  const plane1 = at + width;
  const plane2 = at + 2 * width;
  const plane3 = at + 3 * width;
  // Running sums restart each plane from the total of the planes before it.
  let sum0 = 0;
  let sum1 = 0;
  for (let c = 0; c < width; c++) sum1 += block[at + c];
  let sum2 = sum1;
  for (let c = 0; c < width; c++) sum2 += block[plane1 + c];
  let sum3 = sum2;
  for (let c = 0; c < width; c++) sum3 += block[plane2 + c];
  for (let c = 0; c < first; c++) {
    sum0 += block[at + c];
    sum1 += block[plane1 + c];
    sum2 += block[plane2 + c];
    sum3 += block[plane3 + c];
  }
  const end = first + count;
  for (let c = first; c < end; c++) {
    sum0 += block[at + c];
    sum1 += block[plane1 + c];
    sum2 += block[plane2 + c];
    sum3 += block[plane3 + c];
    bits[dst + c - first] = (sum0 << 24) | ((sum1 & 0xff) << 16) | ((sum2 & 0xff) << 8) | (sum3 & 0xff);
  }
}
