import { type CellSpacing, geographicCellSpacing } from '@gisement/core';
import { crsInfo, type RasterRead } from '@gisement/io';

/**
 * Ground cell size [m] of a raster read from a file, from its CRS units: the GeoRef's cell
 * sizes for a projected CRS in metres, metres per degree at each row's latitude for a
 * geographic CRS.
 * @throws Error naming the file when it carries no CRS (metres and degrees cannot be told apart)
 */
export function cellSpacingOf(raster: RasterRead): CellSpacing {
  const { geo, file } = raster;
  if (geo.epsg === null) {
    throw new Error(`${file}: the GeoTIFF names no CRS, so its cell size cannot be read as metres or degrees`);
  }
  return crsInfo(geo.epsg).units === 'degree'
    ? geographicCellSpacing(geo, raster.height)
    : { cellSizeXM: geo.cellSizeX, cellSizeYM: geo.cellSizeY };
}
