export type { Grid, GeoRef, GeoGrid } from './raster/grid.js';
export { createGrid } from './raster/grid.js';
export type { RasterStatistics } from './raster/statistics.js';
export { rasterStatistics } from './raster/statistics.js';
export { DEG_PER_RAD, RAD_PER_DEG } from './units/angles.js';
export type { MetresPerDegree } from './units/metresPerDegree.js';
export {
  metresPerDegree,
  WGS84_FLATTENING,
  WGS84_SEMI_MAJOR_AXIS_M,
} from './units/metresPerDegree.js';
export type { CellSpacing } from './terrain/cellSpacing.js';
export { geographicCellSpacing } from './terrain/cellSpacing.js';
export type { SlopeAspectOutput } from './terrain/hornSlopeAspect.js';
export { hornSlopeAspect } from './terrain/hornSlopeAspect.js';
export type { HillshadeOptions } from './terrain/hillshade.js';
export { hillshade } from './terrain/hillshade.js';
