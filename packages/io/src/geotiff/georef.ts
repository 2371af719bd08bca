import type { GeoRef } from '@gisement/core';
import { GeoTiffError } from './errors.js';

/** GeoTIFF GTRasterTypeGeoKey value for PixelIsPoint (GeoTIFF 1.0 spec §6.3.1.2). */
const RASTER_PIXEL_IS_POINT = 2;

/** Georeferencing tags of one TIFF directory, as stored. */
export interface GeoTiffGeoTags {
  /** ModelPixelScaleTag (33550): ScaleX, ScaleY, ScaleZ. */
  pixelScale?: ArrayLike<number>;
  /** ModelTiepointTag (33922): (I, J, K, X, Y, Z) per tiepoint. */
  tiepoints?: ArrayLike<number>;
  /** ModelTransformationTag (34264): 4 × 4 row-major matrix. */
  transformation?: ArrayLike<number>;
  /** GTRasterTypeGeoKey (1025): 1 PixelIsArea (default), 2 PixelIsPoint. */
  rasterType?: number;
}

/**
 * Turn the GeoTIFF georeferencing tags into a pixel-is-area {@link GeoRef}
 * (origin = outer north-west corner of cell (0, 0)).
 *
 * PixelIsPoint files are read as GDAL does since GDAL 1.8 (RFC 33, "GTiff – Fixing
 * PixelIsPoint Interpretation", F. Warmerdam): the tiepoint names the centre of its cell,
 * so the area origin is shifted by half a cell to the west and to the north.
 * Only north-up grids are accepted: a ModelTransformation with rotation/shear terms,
 * ground control points without a pixel scale, or a non-positive scale is refused.
 *
 * @param tags georeferencing tags of the file
 * @param epsg EPSG code of the file's horizontal CRS, or `null`
 * @param file file name for error messages
 * @returns the georeferencing of the whole raster [CRS units]
 * @throws GeoTiffError when the file has no or an unsupported georeferencing
 * @example georefFromTags({ pixelScale: [0.5, 0.5, 0], tiepoints: [0, 0, 0, 770500, 6277600, 0] }, 2154, 'a.tif')
 */
export function georefFromTags(tags: GeoTiffGeoTags, epsg: number | null, file: string): GeoRef {
  const { pixelScale, tiepoints, transformation } = tags;
  let originX: number;
  let originY: number;
  let cellSizeX: number;
  let cellSizeY: number;
  if (transformation && transformation.length >= 16) {
    const [a, b, , d, e, f, , h] = Array.from(transformation);
    if (b !== 0 || e !== 0) {
      throw new GeoTiffError(
        file,
        `rotated or skewed grid (ModelTransformation terms ${b}, ${e}) is not supported; warp it north-up first (gdalwarp)`,
      );
    }
    originX = d;
    originY = h;
    cellSizeX = a;
    cellSizeY = -f;
  } else if (pixelScale && pixelScale.length >= 2 && tiepoints && tiepoints.length >= 6) {
    if (tiepoints.length > 6) {
      throw new GeoTiffError(
        file,
        `${tiepoints.length / 6} tiepoints (ground control points) are not supported; warp the raster first (gdalwarp)`,
      );
    }
    cellSizeX = pixelScale[0];
    cellSizeY = pixelScale[1];
    originX = tiepoints[3] - tiepoints[0] * cellSizeX;
    originY = tiepoints[4] + tiepoints[1] * cellSizeY;
  } else if (tiepoints && tiepoints.length > 6) {
    throw new GeoTiffError(
      file,
      `no georeferencing: ${Math.floor(tiepoints.length / 6)} ground control points but no ModelPixelScale; warp the raster first (gdalwarp)`,
    );
  } else {
    throw new GeoTiffError(file, 'no georeferencing (neither ModelPixelScale + ModelTiepoint nor ModelTransformation)');
  }
  if (!(cellSizeX > 0) || !(cellSizeY > 0) || !Number.isFinite(originX + originY)) {
    throw new GeoTiffError(
      file,
      `unsupported grid orientation: cell size ${cellSizeX} × ${-cellSizeY} (expected a north-up grid: x scale > 0, y scale < 0)`,
    );
  }
  if (tags.rasterType === RASTER_PIXEL_IS_POINT) {
    originX -= 0.5 * cellSizeX;
    originY += 0.5 * cellSizeY;
  }
  return { originX, originY, cellSizeX, cellSizeY, epsg };
}
