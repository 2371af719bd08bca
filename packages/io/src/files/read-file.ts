import { open, stat } from 'node:fs/promises';
import { fromFile, type GeoTIFF } from 'geotiff';
import { GeoTiffError } from '../geotiff/errors.js';
import { checkTiffHeader, TIFF_HEADER_PROBE_BYTES } from '../geotiff/format.js';
import { decodeGeoTiff, describeGeoTiff } from '../geotiff/read.js';
import type { GeoTiffInfo, RasterRead, ReadGeoTiffOptions } from '../geotiff/types.js';
import { inflateBlockNative } from './native-zlib.js';

/** Size of a regular file [bytes]. @throws GeoTiffError "file not found" / "not a regular file". */
async function regularFileSize(path: string): Promise<number> {
  let size: number;
  try {
    const stats = await stat(path);
    if (!stats.isFile()) throw new GeoTiffError(path, 'not a regular file');
    size = stats.size;
  } catch (error) {
    if (error instanceof GeoTiffError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    throw new GeoTiffError(path, code === 'ENOENT' ? 'file not found' : `cannot read file (${code ?? String(error)})`, {
      cause: error,
    });
  }
  return size;
}

/** The first bytes of a file, for the header check. */
async function readHead(path: string, byteLength: number): Promise<Uint8Array> {
  const handle = await open(path, 'r');
  try {
    const head = new Uint8Array(Math.min(TIFF_HEADER_PROBE_BYTES, byteLength));
    await handle.read(head, 0, head.length, 0);
    return head;
  } finally {
    await handle.close();
  }
}

/**
 * Open a GeoTIFF file for reading after checking it exists and starts like a TIFF, run
 * `use` on it, and close it.
 */
async function withGeoTiffFile<T>(path: string, use: (tiff: GeoTIFF, byteLength: number) => Promise<T>): Promise<T> {
  const byteLength = await regularFileSize(path);
  checkTiffHeader(await readHead(path, byteLength), byteLength, path);
  let tiff: GeoTIFF;
  try {
    tiff = await fromFile(path);
  } catch (error) {
    throw new GeoTiffError(path, `corrupt TIFF: ${error instanceof Error ? error.message : String(error)}`, {
      cause: error,
    });
  }
  try {
    return await use(tiff, byteLength);
  } finally {
    await tiff.close();
  }
}

/**
 * Storage facts and georeferencing of a GeoTIFF file, reading only its header.
 * @param path file path
 * @returns size, bands, sample type, compression, tiling, nodata, EPSG, georef (pixel-is-area)
 * @throws GeoTiffError with a one-line reason naming the file
 * @example const { geo, epsg } = await readGeoTiffFileInfo('dsm.tif');
 */
export async function readGeoTiffFileInfo(path: string): Promise<GeoTiffInfo> {
  return withGeoTiffFile(path, async (tiff, byteLength) => (await describeGeoTiff(tiff, byteLength, path)).info);
}

/**
 * Read one band of a GeoTIFF file (Node). Only the header and the strips/tiles that
 * intersect the window are read from disk, so a small window of a big file is cheap.
 * Same formats, decoding and validation as {@link readGeoTiff}; Deflate blocks are inflated
 * by native zlib in the libuv thread pool, concurrently.
 *
 * @param path file path
 * @param options `window` [cells]; `band` 1-based (default 1)
 * @returns the band (or window) as Float32 with nodata → NaN, its georef and file facts
 * @throws GeoTiffError with a one-line reason naming the file (file not found, not a TIFF…)
 * @example const dsm = await readGeoTiffFile('dsm.tif', { window: { col: 0, row: 0, width: 256, height: 256 } });
 */
export async function readGeoTiffFile(path: string, options: ReadGeoTiffOptions = {}): Promise<RasterRead> {
  return withGeoTiffFile(path, (tiff, byteLength) =>
    decodeGeoTiff(tiff, byteLength, path, options, inflateBlockNative),
  );
}
