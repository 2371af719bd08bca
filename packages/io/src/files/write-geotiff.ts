import { type EncodeGeoTiffOptions, encodeGeoTiffParts, type RasterToEncode } from '../geotiff/encode.js';
import { deflateBlockNative } from './native-zlib.js';
import { writeFileAtomic } from './write-atomic.js';

/**
 * Encode a Float32 raster as GeoTIFF (as `encodeGeoTiffAsync`, blocks deflated by native zlib
 * in the libuv thread pool, see native-zlib.ts) and write it atomically
 * ({@link writeFileAtomic}), block by block without joining them in memory. Several calls
 * awaited together compress their blocks concurrently.
 * @param path target file path
 * @param raster bands (NaN = nodata), size [cells], georeferencing
 * @param options nodata (default -9999), compression, tiling, band names
 * @example await writeGeoTiffFile('out/slope.tif', { bands: [slopeDeg], width, height, geo });
 */
export async function writeGeoTiffFile(
  path: string,
  raster: RasterToEncode,
  options?: EncodeGeoTiffOptions,
): Promise<void> {
  await writeFileAtomic(path, await encodeGeoTiffParts(raster, deflateBlockNative, options));
}
