/**
 * A direct decoder for the commonest DSM layout (and the one we write): little-endian Float32
 * samples, one band or band-separate planes, strips or tiles, uncompressed or Deflate, with
 * no predictor or the floating-point predictor. Blocks are fetched and inflated concurrently
 * (with an injected inflater: native zlib in Node, fflate in the browser) and their rows
 * written straight into the output, instead of geotiff.js's per-sample copy. Every other
 * layout goes through geotiff.js.
 */
import type { GeoTIFFImage } from 'geotiff';
import { GeoTiffError } from './errors.js';
import { floatPredictorDecodeRow } from './float-predictor.js';
import { readLittleEndianRow } from './little-endian-row.js';
import type { GeoTiffInfo, PixelWindow } from './types.js';

/**
 * Decompresses one zlib stream (RFC 1950; TIFF Compression 8 / 32946) whose decoded size is
 * known; synchronous or asynchronous.
 */
export type BlockInflater = (compressed: Uint8Array, decodedBytes: number) => Uint8Array | Promise<Uint8Array>;

const BYTES_PER_SAMPLE = 4;

/**
 * Whether {@link readFloat32Blocks} decodes this image: Float32, little-endian, one band or
 * band-separate planes, uncompressed or Deflate, predictor 1 or 3.
 */
export function isDirectFloat32Layout(image: GeoTIFFImage, info: GeoTiffInfo): boolean {
  return (
    info.sampleType === 'Float32' &&
    image.littleEndian &&
    (info.bands === 1 || image.planarConfiguration === 2) &&
    (info.compression === 'none' || info.compression === 'Deflate') &&
    (info.predictor === 1 || info.predictor === 3)
  );
}

/**
 * Decode a window of one band of an image in the {@link isDirectFloat32Layout} layout.
 * Missing blocks (byte count 0, GDAL sparse files) read as the file's nodata value (0 when
 * it has none), as GDAL reads them.
 *
 * @param image the image (its source supplies the block bytes)
 * @param info its storage facts ({@link describeGeoTiff})
 * @param window cells to read, inside the raster
 * @param band 0-based band
 * @param inflate zlib decompressor of one block
 * @param file file name for errors
 * @returns the window's samples as stored (nodata not yet replaced)
 * @throws GeoTiffError when a block does not decode to its expected size
 */
export async function readFloat32Blocks(
  image: GeoTIFFImage,
  info: GeoTiffInfo,
  window: PixelWindow,
  band: number,
  inflate: BlockInflater,
  file: string,
): Promise<Float32Array> {
  const dir = image.getFileDirectory();
  const offsets = (await dir.loadValue(info.tiled ? 'TileOffsets' : 'StripOffsets')) as ArrayLike<number | bigint>;
  const counts = (await dir.loadValue(info.tiled ? 'TileByteCounts' : 'StripByteCounts')) as ArrayLike<number | bigint>;
  const { blockWidth, blockHeight } = info;
  const across = Math.ceil(info.width / blockWidth);
  const down = Math.ceil(info.height / blockHeight);
  const deflate = info.compression === 'Deflate';
  const predictor = info.predictor === 3;
  const out = new Float32Array(window.width * window.height);
  const outBits = new Int32Array(out.buffer);
  const missingValue = Math.fround(info.nodata ?? 0);
  const rowBytes = blockWidth * BYTES_PER_SAMPLE;

  const bx0 = Math.floor(window.col / blockWidth);
  const bx1 = Math.ceil((window.col + window.width) / blockWidth);
  const by0 = Math.floor(window.row / blockHeight);
  const by1 = Math.ceil((window.row + window.height) / blockHeight);
  const pending: Promise<void>[] = [];
  for (let by = by0; by < by1; by++) {
    for (let bx = bx0; bx < bx1; bx++) {
      const index = band * across * down + by * across + bx;
      // Rows and columns of this block inside the window, in raster coordinates.
      const col0 = Math.max(window.col, bx * blockWidth);
      const col1 = Math.min(window.col + window.width, (bx + 1) * blockWidth);
      const row0 = Math.max(window.row, by * blockHeight);
      const row1 = Math.min(window.row + window.height, (by + 1) * blockHeight);
      const first = col0 - bx * blockWidth;
      const count = col1 - col0;
      const place = (bytes: Uint8Array | null): void => {
        for (let row = row0; row < row1; row++) {
          const dst = (row - window.row) * window.width + (col0 - window.col);
          const at = (row - by * blockHeight) * rowBytes;
          if (bytes === null) out.fill(missingValue, dst, dst + count);
          else if (predictor) floatPredictorDecodeRow(bytes, at, blockWidth, first, count, outBits, dst);
          else readLittleEndianRow(bytes, at, first, count, outBits, dst);
        }
      };
      const byteCount = Number(counts[index]);
      if (byteCount === 0) {
        place(null);
        continue;
      }
      // Strips end at the last row of the raster; tiles are always whole (TIFF 6.0 §15).
      const rows = info.tiled ? blockHeight : Math.min(blockHeight, info.height - by * blockHeight);
      const decodedBytes = rows * blockWidth * BYTES_PER_SAMPLE;
      pending.push(
        (async () => {
          const [data] = await image.source.fetch([{ offset: Number(offsets[index]), length: byteCount }]);
          const stored = new Uint8Array(data);
          const bytes = deflate ? await inflate(stored, decodedBytes) : stored;
          if (bytes.byteLength < decodedBytes) {
            throw new GeoTiffError(
              file,
              `corrupt ${info.tiled ? 'tile' : 'strip'} ${index}: ${bytes.byteLength} bytes decoded, ${decodedBytes} expected`,
            );
          }
          place(bytes);
        })(),
      );
    }
  }
  await Promise.all(pending);
  return out;
}
