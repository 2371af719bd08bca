import type { GeoRef } from '@gisement/core';
import { zlibSync } from 'fflate';
import { crsInfo } from '../crs/registry.js';
import { GeoTiffError } from './errors.js';
import { applyFloatPredictor } from './float-predictor.js';
import { assembleTiff, TIFF_TYPE, type TiffEntry } from './tiff-writer.js';

/** A multi-band Float32 raster to write: bands share the grid, row 0 = north, NaN = nodata. */
export interface RasterToEncode {
  bands: Float32Array[];
  width: number;
  height: number;
  geo: GeoRef;
}

/** Options of {@link encodeGeoTiff}. */
export interface EncodeGeoTiffOptions {
  /** Value written for NaN cells and in the GDAL_NODATA tag (default -9999). */
  nodata?: number;
  /** Block compression (default `deflate`). */
  compress?: 'deflate' | 'none';
  /** Tile size [cells], a multiple of 16: forces internal tiling. Without it, rasters over 1024 × 1024 cells are tiled 256 × 256, smaller ones written in strips. */
  tileSize?: number;
  /** Band descriptions (GDAL_METADATA `DESCRIPTION` items), one per band. */
  bandNames?: string[];
}

/** Cell count above which the encoder tiles without being asked. */
const AUTO_TILE_CELLS = 1024 * 1024;
const DEFAULT_TILE_SIZE = 256;
/** Target uncompressed strip size [bytes] (GDAL and libtiff aim at ~8 KB–64 KB strips). */
const STRIP_TARGET_BYTES = 64 * 1024;
const BYTES_PER_SAMPLE = 4;

/** TIFF tags (TIFF 6.0 §8; GeoTIFF 1.0 §2.6; GDAL private tags 42112/42113). */
const TAG = {
  ImageWidth: 256,
  ImageLength: 257,
  BitsPerSample: 258,
  Compression: 259,
  PhotometricInterpretation: 262,
  SamplesPerPixel: 277,
  RowsPerStrip: 278,
  PlanarConfiguration: 284,
  Predictor: 317,
  TileWidth: 322,
  TileLength: 323,
  ExtraSamples: 338,
  SampleFormat: 339,
  ModelPixelScale: 33550,
  ModelTiepoint: 33922,
  GeoKeyDirectory: 34735,
  GeoAsciiParams: 34737,
  GdalMetadata: 42112,
  GdalNodata: 42113,
} as const;

/** GeoKey ids and values (GeoTIFF 1.0 spec §6.2, §6.3). */
const GEOKEY = {
  GTModelType: 1024,
  GTRasterType: 1025,
  GTCitation: 1026,
  GeographicType: 2048,
  GeogAngularUnits: 2054,
  ProjectedCSType: 3072,
  ProjLinearUnits: 3076,
} as const;
const MODEL_PROJECTED = 1;
const MODEL_GEOGRAPHIC = 2;
const RASTER_PIXEL_IS_AREA = 1;
const UNIT_METRE = 9001;
const UNIT_DEGREE = 9102;

function checkRaster(raster: RasterToEncode, options: EncodeGeoTiffOptions, file: string): void {
  const { bands, width, height, geo } = raster;
  if (!Number.isInteger(width) || !Number.isInteger(height) || width <= 0 || height <= 0) {
    throw new GeoTiffError(file, `raster size must be positive integers, got ${width} × ${height}`);
  }
  if (bands.length === 0) throw new GeoTiffError(file, 'no band to write');
  bands.forEach((band, i) => {
    if (band.length !== width * height) {
      throw new GeoTiffError(
        file,
        `band ${i + 1} has ${band.length} cells, expected ${width} × ${height} = ${width * height}`,
      );
    }
  });
  if (
    !(geo.cellSizeX > 0) ||
    !(geo.cellSizeY > 0) ||
    !Number.isFinite(geo.originX) ||
    !Number.isFinite(geo.originY)
  ) {
    throw new GeoTiffError(
      file,
      `invalid georeferencing: origin (${geo.originX}, ${geo.originY}), cell size ${geo.cellSizeX} × ${geo.cellSizeY}`,
    );
  }
  if (options.bandNames && options.bandNames.length !== bands.length) {
    throw new GeoTiffError(
      file,
      `${options.bandNames.length} band names for ${bands.length} bands`,
    );
  }
  const { tileSize } = options;
  if (
    tileSize !== undefined &&
    (!Number.isInteger(tileSize) || tileSize <= 0 || tileSize % 16 !== 0)
  ) {
    throw new GeoTiffError(
      file,
      `tile size must be a positive multiple of 16 (TIFF 6.0 §15), got ${tileSize}`,
    );
  }
  if (
    options.nodata !== undefined &&
    !Number.isNaN(options.nodata) &&
    Math.fround(options.nodata) !== options.nodata
  ) {
    throw new GeoTiffError(
      file,
      `nodata ${options.nodata} is not exactly representable as Float32`,
    );
  }
}

/** GeoKeyDirectory (+ GeoAsciiParams) naming the CRS, PixelIsArea. */
function geoKeyEntries(epsg: number | null): TiffEntry[] {
  const keys: number[][] = [];
  let citation: string | null = null;
  if (epsg !== null) {
    const crs = crsInfo(epsg);
    const projected = crs.units === 'metre';
    citation = `${crs.name}|`;
    keys.push([GEOKEY.GTModelType, 0, 1, projected ? MODEL_PROJECTED : MODEL_GEOGRAPHIC]);
    keys.push([GEOKEY.GTRasterType, 0, 1, RASTER_PIXEL_IS_AREA]);
    keys.push([GEOKEY.GTCitation, TAG.GeoAsciiParams, citation.length, 0]);
    if (projected) {
      keys.push([GEOKEY.ProjectedCSType, 0, 1, epsg]);
      keys.push([GEOKEY.ProjLinearUnits, 0, 1, UNIT_METRE]);
    } else {
      keys.push([GEOKEY.GeographicType, 0, 1, epsg]);
      keys.push([GEOKEY.GeogAngularUnits, 0, 1, UNIT_DEGREE]);
    }
  } else {
    keys.push([GEOKEY.GTRasterType, 0, 1, RASTER_PIXEL_IS_AREA]);
  }
  const directory = [1, 1, 0, keys.length, ...keys.flat()];
  const entries: TiffEntry[] = [
    { tag: TAG.GeoKeyDirectory, type: TIFF_TYPE.SHORT, values: directory },
  ];
  if (citation !== null)
    entries.push({ tag: TAG.GeoAsciiParams, type: TIFF_TYPE.ASCII, values: citation });
  return entries;
}

function escapeXml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

/**
 * GDAL_METADATA XML with one band DESCRIPTION item per band (GDAL GTiff driver format).
 * GDAL escapes item values twice (CPLEscapeString, then the XML serializer) and unescapes
 * twice on read: a description `a & b` is stored `a &amp;amp; b` (seen in a file written
 * by GDAL 3.6 `SetDescription`), so we do the same.
 */
function gdalMetadataXml(bandNames: string[]): string {
  const items = bandNames.map(
    (name, i) =>
      `<Item name="DESCRIPTION" sample="${i}" role="description">${escapeXml(escapeXml(name))}</Item>`,
  );
  return `<GDALMetadata>${items.join('')}</GDALMetadata>`;
}

/**
 * Copy a rectangle of a band into a little-endian Float32 block, NaN → nodata; cells of the
 * block beyond the raster (right/bottom tile padding) are nodata too.
 */
function encodeBlock(
  band: Float32Array,
  width: number,
  height: number,
  col0: number,
  row0: number,
  blockWidth: number,
  blockHeight: number,
  nodata: number,
): Uint8Array {
  const bytes = new Uint8Array(blockWidth * blockHeight * BYTES_PER_SAMPLE);
  const view = new DataView(bytes.buffer);
  for (let r = 0; r < blockHeight; r++) {
    const row = row0 + r;
    const src = row * width;
    const dst = r * blockWidth;
    for (let c = 0; c < blockWidth; c++) {
      const col = col0 + c;
      const v = row < height && col < width ? band[src + col] : Number.NaN;
      view.setFloat32((dst + c) * BYTES_PER_SAMPLE, Number.isNaN(v) ? nodata : v, true);
    }
  }
  return bytes;
}

/**
 * Encode Float32 bands as a GeoTIFF that GDAL/QGIS open with the right CRS, extent and
 * nodata (pure, browser-safe).
 *
 * Layout: classic little-endian TIFF, one IFD, Float32 samples (SampleFormat 3), band-separate
 * planes (PlanarConfiguration 2 when several bands), strips or 256 × 256 tiles, Deflate (zlib,
 * TIFF code 8) with the floating-point predictor 3 (as GDAL's `PREDICTOR=3`), or none. Georeferencing: ModelPixelScale + ModelTiepoint at the
 * outer corner of cell (0, 0), GTRasterType = PixelIsArea, ProjectedCSTypeGeoKey or
 * GeographicTypeGeoKey = EPSG code (GeoTIFF 1.0 spec, Ritter & Ruth 1995; OGC 19-008r4),
 * GDAL_NODATA ASCII tag, optional GDAL_METADATA band descriptions.
 *
 * @param raster bands (NaN = nodata), size [cells] and georeferencing
 * @param options nodata value (default -9999), compression (default deflate), tile size, band names
 * @returns the file bytes
 * @throws GeoTiffError on inconsistent input or when the file would exceed 4 GB (no BigTIFF)
 * @throws CrsError when `geo.epsg` is not a supported CRS
 * @example const bytes = encodeGeoTiff({ bands: [slope], width, height, geo }, { bandNames: ['slope'] });
 */
export function encodeGeoTiff(
  raster: RasterToEncode,
  options: EncodeGeoTiffOptions = {},
): Uint8Array {
  const file = '<encoded GeoTIFF>';
  checkRaster(raster, options, file);
  const { bands, width, height, geo } = raster;
  const nodata = options.nodata ?? -9999;
  const deflate = (options.compress ?? 'deflate') === 'deflate';
  const tiled = options.tileSize !== undefined || width * height > AUTO_TILE_CELLS;
  const blockWidth = tiled ? (options.tileSize ?? DEFAULT_TILE_SIZE) : width;
  const blockHeight = tiled
    ? blockWidth
    : Math.max(1, Math.min(height, Math.floor(STRIP_TARGET_BYTES / (width * BYTES_PER_SAMPLE))));
  const blocksAcross = Math.ceil(width / blockWidth);
  const blocksDown = Math.ceil(height / blockHeight);
  const rawBytes =
    bands.length * blocksAcross * blocksDown * blockWidth * blockHeight * BYTES_PER_SAMPLE;
  if (!deflate && rawBytes > 2 ** 32 - 1) {
    throw new GeoTiffError(
      file,
      `uncompressed size ${rawBytes} bytes exceeds the 4 GB limit of classic TIFF (BigTIFF is not written)`,
    );
  }

  const blocks: Uint8Array[] = [];
  const scratch = new Uint8Array(blockWidth * BYTES_PER_SAMPLE);
  for (const band of bands) {
    for (let by = 0; by < blocksDown; by++) {
      const row0 = by * blockHeight;
      // Strips end at the last row; tiles are always full size (TIFF 6.0 §15).
      const rows = tiled ? blockHeight : Math.min(blockHeight, height - row0);
      for (let bx = 0; bx < blocksAcross; bx++) {
        const raw = encodeBlock(
          band,
          width,
          height,
          bx * blockWidth,
          row0,
          blockWidth,
          rows,
          nodata,
        );
        if (deflate) applyFloatPredictor(raw, blockWidth, rows, scratch);
        blocks.push(deflate ? zlibSync(raw, { level: 6 }) : raw);
      }
    }
  }

  const n = bands.length;
  const entries: TiffEntry[] = [
    { tag: TAG.ImageWidth, type: TIFF_TYPE.LONG, values: [width] },
    { tag: TAG.ImageLength, type: TIFF_TYPE.LONG, values: [height] },
    { tag: TAG.BitsPerSample, type: TIFF_TYPE.SHORT, values: new Array(n).fill(32) },
    { tag: TAG.Compression, type: TIFF_TYPE.SHORT, values: [deflate ? 8 : 1] },
    { tag: TAG.PhotometricInterpretation, type: TIFF_TYPE.SHORT, values: [1] },
    { tag: TAG.SamplesPerPixel, type: TIFF_TYPE.SHORT, values: [n] },
    { tag: TAG.PlanarConfiguration, type: TIFF_TYPE.SHORT, values: [n > 1 ? 2 : 1] },
    { tag: TAG.Predictor, type: TIFF_TYPE.SHORT, values: [deflate ? 3 : 1] },
    { tag: TAG.SampleFormat, type: TIFF_TYPE.SHORT, values: new Array(n).fill(3) },
    { tag: TAG.ModelPixelScale, type: TIFF_TYPE.DOUBLE, values: [geo.cellSizeX, geo.cellSizeY, 0] },
    {
      tag: TAG.ModelTiepoint,
      type: TIFF_TYPE.DOUBLE,
      values: [0, 0, 0, geo.originX, geo.originY, 0],
    },
    ...geoKeyEntries(geo.epsg),
    {
      tag: TAG.GdalNodata,
      type: TIFF_TYPE.ASCII,
      values: Number.isNaN(nodata) ? 'nan' : String(nodata),
    },
  ];
  if (tiled) {
    entries.push({ tag: TAG.TileWidth, type: TIFF_TYPE.LONG, values: [blockWidth] });
    entries.push({ tag: TAG.TileLength, type: TIFF_TYPE.LONG, values: [blockHeight] });
  } else {
    entries.push({ tag: TAG.RowsPerStrip, type: TIFF_TYPE.LONG, values: [blockHeight] });
  }
  if (n > 1)
    entries.push({
      tag: TAG.ExtraSamples,
      type: TIFF_TYPE.SHORT,
      values: new Array(n - 1).fill(0),
    });
  if (options.bandNames)
    entries.push({
      tag: TAG.GdalMetadata,
      type: TIFF_TYPE.ASCII,
      values: gdalMetadataXml(options.bandNames),
    });
  return assembleTiff(entries, blocks, tiled, file);
}
