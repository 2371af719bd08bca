import {
  type EncodeGeoTiffOptions,
  encodeGeoTiff,
  type RasterToEncode,
} from '../geotiff/encode.js';
import { writeFileAtomic } from './write-atomic.js';

/**
 * Encode a Float32 raster as GeoTIFF ({@link encodeGeoTiff}) and write it atomically
 * ({@link writeFileAtomic}).
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
  await writeFileAtomic(path, encodeGeoTiff(raster, options));
}
