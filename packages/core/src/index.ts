export type { Grid, GeoRef, GeoGrid } from './raster/grid.js';
export { createGrid } from './raster/grid.js';
