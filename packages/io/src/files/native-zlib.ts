/**
 * Block compressors on Node's native zlib, asynchronous: each call runs in the libuv thread
 * pool (`UV_THREADPOOL_SIZE`, 4 by default), so many blocks in flight use every core while
 * the main thread goes on encoding or computing.
 *
 * Deflate uses zlib's run-length strategy (`Z_RLE`: matches at distance 1 only). After the
 * floating-point predictor, the compressible part of a Float32 block is runs of equal bytes in
 * the high-order planes, while the low-order planes of measured data are close to random, on
 * which the usual match search spends its time for nothing. Measured on the slope, aspect,
 * hillshade and DSM of the 4000 × 4000 terrain benchmark (table in packages/io/README.md):
 * 3–3.6 × less CPU than level 6 (GDAL's default `ZLEVEL`), files 2–13 % larger. The streams are
 * ordinary zlib streams.
 */
import { constants, deflate, inflate } from 'node:zlib';

/** zlib's smallest output chunk [bytes]. */
const MIN_CHUNK_BYTES = 64;

/**
 * Compress one GeoTIFF block as a zlib stream (run-length strategy), off the main thread.
 * @param raw the encoded block
 * @returns the zlib stream
 */
export function deflateBlockNative(raw: Uint8Array): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    // One output chunk above zlib's deflateBound, the stream finished by the first write: one
    // trip to the thread pool, no concatenation of 16 KB pieces.
    const chunkSize = raw.byteLength + (raw.byteLength >> 10) + MIN_CHUNK_BYTES;
    const options = { strategy: constants.Z_RLE, flush: constants.Z_FINISH, chunkSize };
    deflate(raw, options, (error, out) => (error ? reject(error) : resolve(out)));
  });
}

/**
 * Decompress one zlib stream whose decoded size is known, off the main thread.
 * @param compressed the zlib stream
 * @param decodedBytes expected decoded size [bytes] (sizes the output buffer)
 * @returns the decoded bytes
 */
export function inflateBlockNative(compressed: Uint8Array, decodedBytes: number): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const options = { flush: constants.Z_FINISH, chunkSize: decodedBytes + MIN_CHUNK_BYTES };
    inflate(compressed, options, (error, out) => (error ? reject(error) : resolve(out)));
  });
}
