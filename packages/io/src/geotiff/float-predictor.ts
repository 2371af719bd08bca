/**
 * TIFF floating-point predictor (Predictor = 3), encoding side: Adobe Photoshop TIFF
 * Technical Note 3 (2005), as libtiff implements it (`fpDiff` in tif_predict.c): per row, the
 * bytes of the samples are split into byte planes, most significant first, then each byte
 * becomes its difference with the previous byte of the row. Deflate then compresses the
 * slowly varying high-order planes much better than raw IEEE floats.
 */

const BYTES_PER_SAMPLE = 4;

/**
 * Apply the floating-point predictor in place to a block of little-endian Float32 samples,
 * one sample per pixel (band-separate planes).
 * @param block `width × rows` Float32 samples as little-endian bytes; overwritten
 * @param width samples per row (the block's width) [cells]
 * @param rows rows in the block
 * @param scratch reusable buffer of at least `width × 4` bytes
 */
export function applyFloatPredictor(
  block: Uint8Array,
  width: number,
  rows: number,
  scratch: Uint8Array,
): void {
  const rowBytes = width * BYTES_PER_SAMPLE;
  for (let r = 0; r < rows; r++) {
    const row = r * rowBytes;
    // Byte plane k holds byte (3 − k) of each little-endian sample: plane 0 = most significant.
    for (let c = 0; c < width; c++) {
      const src = row + c * BYTES_PER_SAMPLE;
      scratch[c] = block[src + 3];
      scratch[width + c] = block[src + 2];
      scratch[2 * width + c] = block[src + 1];
      scratch[3 * width + c] = block[src];
    }
    block[row] = scratch[0];
    for (let i = 1; i < rowBytes; i++) block[row + i] = (scratch[i] - scratch[i - 1]) & 0xff;
  }
}
