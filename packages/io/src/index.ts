export {
  defaultRoofsConfig,
  type RankingCriterion,
  type RoofSegmentationThresholds,
  type RoofsConfig,
  RoofsConfigError,
  readRoofsConfig,
} from './config/roofsConfig.js';
export { gridConvergenceDeg } from './crs/convergence.js';
export { CrsError } from './crs/errors.js';
export { crsTransform, fromWgs84, type PointTransform } from './crs/fromWgs84.js';
export { type CrsGeoKeys, epsgFromGeoKeys } from './crs/geokeys.js';
export type { CrsInfo } from './crs/registry.js';
export { crsInfo, supportedEpsgCodes } from './crs/registry.js';
export { boundsToWgs84, toWgs84, type Wgs84Bounds } from './crs/transform.js';
export {
  type BlockDeflater,
  type EncodeGeoTiffOptions,
  encodeGeoTiff,
  encodeGeoTiffAsync,
  type RasterToEncode,
} from './geotiff/encode.js';
export { GeoTiffError } from './geotiff/errors.js';
export { readGeoTiff } from './geotiff/read.js';
export type { GeoTiffInfo, PixelWindow, RasterRead, ReadGeoTiffOptions } from './geotiff/types.js';
export { FootprintError } from './vector/errors.js';
export {
  type Footprint,
  type FootprintCollection,
  type FootprintSkipReason,
  type FootprintTarget,
  type ReadFootprintsOptions,
  readFootprints,
  type SkippedFootprint,
} from './vector/readFootprints.js';
export { ringSelfIntersection } from './vector/ringSelfIntersection.js';
export { decomposeGhiErbs } from './weather/decomposeGhi.js';
export { parseEpw } from './weather/epw.js';
export { WeatherFileError, type WeatherFilePlace } from './weather/errors.js';
export { parseWeather } from './weather/parseWeather.js';
export { parsePvgisCsv } from './weather/pvgisCsv.js';
export { parsePvgisJson } from './weather/pvgisJson.js';
export { EARTH_MEAN_RADIUS_KM, siteDistanceKm } from './weather/siteDistance.js';
export type { WeatherFormat, WeatherSeries, WeatherSite } from './weather/types.js';
export { WEATHER_WARNING_DISTANCE_KM, weatherSky } from './weather/weatherSky.js';
