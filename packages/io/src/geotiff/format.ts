/**
 * TIFF storage codes: compression, sample formats, header checks. Names follow GDAL
 * (`gdalinfo` COMPRESSION / Type strings) so that messages match what users see there.
 */
import { GeoTiffError } from './errors.js';

/** TIFF Compression tag values (TIFF 6.0 §3, Adobe/GDAL registered values) → GDAL-style names. */
const COMPRESSION_NAMES: ReadonlyMap<number, string> = new Map([
  [1, 'none'],
  [2, 'CCITT RLE'],
  [3, 'CCITT Fax3'],
  [4, 'CCITT Fax4'],
  [5, 'LZW'],
  [6, 'old-style JPEG'],
  [7, 'JPEG'],
  [8, 'Deflate'],
  [32773, 'PackBits'],
  [32946, 'Deflate'],
  [34712, 'JPEG 2000'],
  [34887, 'LERC'],
  [34925, 'LZMA'],
  [50000, 'ZSTD'],
  [50001, 'WebP'],
  [50002, 'JPEG XL'],
]);

/** Compressions we read: lossless ones that geotiff.js decodes without WebAssembly. */
const SUPPORTED_COMPRESSIONS: ReadonlySet<number> = new Set([1, 5, 8, 32773, 32946]);

/** Name of a TIFF compression code, e.g. `LZW`, or `code N` when unknown. */
export function compressionName(code: number): string {
  return COMPRESSION_NAMES.get(code) ?? `code ${code}`;
}

/**
 * Check that a compression code is one we decode.
 * @throws GeoTiffError naming the compression otherwise
 */
export function checkCompression(code: number, file: string): void {
  if (!SUPPORTED_COMPRESSIONS.has(code)) {
    throw new GeoTiffError(
      file,
      `unsupported compression ${compressionName(code)} (TIFF code ${code}); supported: none, LZW, Deflate, PackBits (convert with gdal_translate -co COMPRESS=DEFLATE)`,
    );
  }
}

/**
 * GDAL type name of a (SampleFormat, BitsPerSample) pair we can read, e.g. `Float32`.
 * @throws GeoTiffError for any other pair (complex, 16-bit float, 1-bit, 64-bit integer…)
 */
export function sampleTypeName(sampleFormat: number, bits: number, file: string): string {
  const name =
    sampleFormat === 1
      ? { 8: 'Byte', 16: 'UInt16', 32: 'UInt32' }[bits]
      : sampleFormat === 2
        ? { 8: 'Int8', 16: 'Int16', 32: 'Int32' }[bits]
        : sampleFormat === 3
          ? { 32: 'Float32', 64: 'Float64' }[bits]
          : undefined;
  if (name === undefined) {
    throw new GeoTiffError(
      file,
      `unsupported sample format ${sampleFormat} with ${bits} bits per sample; supported: 8/16/32-bit integers, 32/64-bit floats`,
    );
  }
  return name;
}

/** Smallest TIFF header: byte order, magic, first IFD offset (TIFF 6.0 §2). */
export const TIFF_HEADER_PROBE_BYTES = 16;

/**
 * Check the first bytes of a file: TIFF (II*\0 / MM\0*) or BigTIFF magic, and a first
 * directory that starts inside the file.
 * @param head the first {@link TIFF_HEADER_PROBE_BYTES} bytes (or fewer if the file is shorter)
 * @param byteLength size of the whole file [bytes]
 * @throws GeoTiffError "not a TIFF" or "truncated file"
 */
export function checkTiffHeader(head: Uint8Array, byteLength: number, file: string): void {
  if (byteLength === 0) throw new GeoTiffError(file, 'empty file (0 bytes), not a TIFF');
  const little = head[0] === 0x49 && head[1] === 0x49;
  const big = head[0] === 0x4d && head[1] === 0x4d;
  if (head.length < 4 || (!little && !big)) {
    throw new GeoTiffError(file, 'not a TIFF (no II/MM byte-order mark at byte 0)');
  }
  const view = new DataView(head.buffer, head.byteOffset, head.byteLength);
  const magic = view.getUint16(2, little);
  if (magic !== 42 && magic !== 43) {
    throw new GeoTiffError(file, `not a TIFF (magic number ${magic}, expected 42 or 43)`);
  }
  const headerBytes = magic === 42 ? 8 : 16;
  if (head.length < headerBytes) {
    throw new GeoTiffError(file, `truncated file (${byteLength} bytes, shorter than a TIFF header)`);
  }
  const ifdOffset = magic === 42 ? view.getUint32(4, little) : Number(view.getBigUint64(8, little));
  if (ifdOffset + 2 > byteLength) {
    throw new GeoTiffError(file, `truncated file (first directory at byte ${ifdOffset}, file has ${byteLength} bytes)`);
  }
}
