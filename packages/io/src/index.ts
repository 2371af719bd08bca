export type { CrsInfo } from './crs/registry.js';
export { crsInfo, supportedEpsgCodes } from './crs/registry.js';
export { CrsError } from './crs/errors.js';
export { type CrsGeoKeys, epsgFromGeoKeys } from './crs/geokeys.js';
export { boundsToWgs84, toWgs84, type Wgs84Bounds } from './crs/transform.js';
export { type EncodeGeoTiffOptions, encodeGeoTiff, type RasterToEncode } from './geotiff/encode.js';
export { GeoTiffError } from './geotiff/errors.js';
export { readGeoTiff } from './geotiff/read.js';
export type { GeoTiffInfo, PixelWindow, RasterRead, ReadGeoTiffOptions } from './geotiff/types.js';
