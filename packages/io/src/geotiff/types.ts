import type { GeoGrid, GeoRef } from '@gisement/core';

/** A rectangle of cells: column/row of its north-west cell and its size [cells]. */
export interface PixelWindow {
  /** First column (0 = west edge of the raster). */
  col: number;
  /** First row (0 = north edge of the raster). */
  row: number;
  /** Number of columns, > 0. */
  width: number;
  /** Number of rows, > 0. */
  height: number;
}

/** Options of a GeoTIFF read. */
export interface ReadGeoTiffOptions {
  /** Cells to read; the whole raster when absent. */
  window?: PixelWindow;
  /** Band to read, 1-based like GDAL (default 1). */
  band?: number;
}

/** Storage facts of a GeoTIFF, as `gisement info` reports them. */
export interface GeoTiffInfo {
  /** Raster width of the whole file [cells]. */
  width: number;
  /** Raster height of the whole file [cells]. */
  height: number;
  /** Number of bands (samples per pixel). */
  bands: number;
  /** Sample type of band 1, GDAL-style name: `Byte`, `Int16`, `UInt16`, `Int32`, `UInt32`, `Float32`, `Float64`, `Int8`. */
  sampleType: string;
  /** TIFF SampleFormat of band 1: 1 = unsigned integer, 2 = signed integer, 3 = IEEE float. */
  sampleFormat: number;
  /** Bits per sample of band 1. */
  bitsPerSample: number;
  /** Compression name: `none`, `LZW`, `Deflate`, `PackBits`. */
  compression: string;
  /** TIFF Predictor: 1 none, 2 horizontal differencing, 3 floating point. */
  predictor: number;
  /** Whether the file is tiled (else stripped). */
  tiled: boolean;
  /** Block size [cells]: tile size, or image width × rows per strip. */
  blockWidth: number;
  blockHeight: number;
  /** Nodata value written in the file (GDAL_NODATA tag), or `null`. */
  nodata: number | null;
  /** EPSG code of the horizontal CRS, or `null` when the file names none. */
  epsg: number | null;
  /** Georeferencing of the whole file, pixel-is-area. */
  geo: GeoRef;
  /** Raster type in the file: `area` (PixelIsArea) or `point` (PixelIsPoint, origin shifted on read). */
  rasterType: 'area' | 'point';
}

/** One band (or a window of it) read from a GeoTIFF, nodata → `NaN`. */
export interface RasterRead extends GeoGrid {
  /** Nodata value written in the file, or `null` when it has none. */
  nodata: number | null;
  /** The file path or name it was read from. */
  file: string;
  /** Storage facts of the whole file. */
  info: GeoTiffInfo;
}
