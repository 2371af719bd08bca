/**
 * Rows of Float32 samples as little-endian bytes (TIFF byte order `II`, TIFF 6.0 §2), from and
 * to their bit patterns as `Int32Array` values, independent of the host's byte order. The
 * uncompressed counterpart of float-predictor.ts, with the same parameters.
 */

/**
 * Write samples `bits[start … start + count)`, NaN replaced by `fillBits`, then
 * `width − count` more `fillBits`, as little-endian bytes to `out[at … at + 4 × width)`.
 * @param bits Float32 bit patterns of the band (a view on its data)
 * @param start index of the row's first sample in `bits`
 * @param count samples of the raster in this row of the block, count ≤ width
 * @param width samples per row of the block
 * @param fillBits bit pattern written for NaN and padding (the nodata value)
 * @param out destination bytes
 * @param at byte offset of the row in `out`
 */
export function writeLittleEndianRow(
  bits: Int32Array,
  start: number,
  count: number,
  width: number,
  fillBits: number,
  out: Uint8Array,
  at: number,
): void {
  for (let c = 0; c < width; c++) {
    let b = c < count ? bits[start + c] : fillBits;
    if ((b & 0x7fffffff) > 0x7f800000) b = fillBits;
    const i = at + 4 * c;
    out[i] = b;
    out[i + 1] = b >>> 8;
    out[i + 2] = b >>> 16;
    out[i + 3] = b >>> 24;
  }
}

/**
 * Read samples `first … first + count − 1` of a little-endian row at `bytes[at …]` into
 * `bits[dst … dst + count)`.
 * @param bytes source bytes
 * @param at byte offset of the row in `bytes`
 * @param first first sample of the row to read
 * @param count samples to read
 * @param bits destination bit patterns (a view on the output Float32 data)
 * @param dst index in `bits` of the first sample written
 */
export function readLittleEndianRow(
  bytes: Uint8Array,
  at: number,
  first: number,
  count: number,
  bits: Int32Array,
  dst: number,
): void {
  for (let c = 0; c < count; c++) {
    const i = at + 4 * (first + c);
    bits[dst + c] = bytes[i] | (bytes[i + 1] << 8) | (bytes[i + 2] << 16) | (bytes[i + 3] << 24);
  }
}
