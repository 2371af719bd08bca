import type { GeoRef } from '@gisement/core';
import { zlibSync } from 'fflate';
import { crsInfo } from '../crs/registry.js';
import { GeoTiffError } from './errors.js';
import { floatPredictorEncodeRow } from './float-predictor.js';
import { writeLittleEndianRow } from './little-endian-row.js';
import { assembleTiff, concatBytes, TIFF_TYPE, type TiffEntry, tiffHead } from './tiff-writer.js';

/** A multi-band Float32 raster to write: bands share the grid, row 0 = north, NaN = nodata. */
export interface RasterToEncode {
  bands: Float32Array[];
  width: number;
  height: number;
  geo: GeoRef;
}

/** Options of {@link encodeGeoTiff} and {@link encodeGeoTiffAsync}. */
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
/** zlib level of the blocks {@link encodeGeoTiff} deflates: GDAL's default `ZLEVEL` (and zlib's). */
const DEFLATE_LEVEL = 6;

/**
 * Blocks of one file handed to the asynchronous compressor and not yet compressed, at most:
 * enough to keep a thread pool busy, few enough to bound memory (each holds a raw block and
 * a zlib state, ~0.5 MB for 256 × 256 Float32 tiles).
 */
const BLOCKS_IN_FLIGHT = 16;

/**
 * Compresses one block as a zlib stream (RFC 1950; TIFF Compression 8, "Adobe Deflate"),
 * e.g. with native zlib off the main thread. The encoder reuses `raw` for another block once
 * the promise has settled.
 */
export type BlockDeflater = (raw: Uint8Array) => Promise<Uint8Array>;

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
  if (!(geo.cellSizeX > 0) || !(geo.cellSizeY > 0) || !Number.isFinite(geo.originX) || !Number.isFinite(geo.originY)) {
    throw new GeoTiffError(
      file,
      `invalid georeferencing: origin (${geo.originX}, ${geo.originY}), cell size ${geo.cellSizeX} × ${geo.cellSizeY}`,
    );
  }
  if (options.bandNames && options.bandNames.length !== bands.length) {
    throw new GeoTiffError(file, `${options.bandNames.length} band names for ${bands.length} bands`);
  }
  const { tileSize } = options;
  if (tileSize !== undefined && (!Number.isInteger(tileSize) || tileSize <= 0 || tileSize % 16 !== 0)) {
    throw new GeoTiffError(file, `tile size must be a positive multiple of 16 (TIFF 6.0 §15), got ${tileSize}`);
  }
  if (options.nodata !== undefined && !Number.isNaN(options.nodata) && Math.fround(options.nodata) !== options.nodata) {
    throw new GeoTiffError(file, `nodata ${options.nodata} is not exactly representable as Float32`);
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
  const entries: TiffEntry[] = [{ tag: TAG.GeoKeyDirectory, type: TIFF_TYPE.SHORT, values: directory }];
  if (citation !== null) entries.push({ tag: TAG.GeoAsciiParams, type: TIFF_TYPE.ASCII, values: citation });
  return entries;
}

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/**
 * GDAL_METADATA XML with one band DESCRIPTION item per band (GDAL GTiff driver format).
 * GDAL escapes item values twice (CPLEscapeString, then the XML serializer) and unescapes
 * twice on read: a description `a & b` is stored `a &amp;amp; b` (seen in a file written
 * by GDAL 3.6 `SetDescription`), so we do the same.
 */
function gdalMetadataXml(bandNames: string[]): string {
  const items = bandNames.map(
    (name, i) => `<Item name="DESCRIPTION" sample="${i}" role="description">${escapeXml(escapeXml(name))}</Item>`,
  );
  return `<GDALMetadata>${items.join('')}</GDALMetadata>`;
}

/** Block layout and directory entries of a GeoTIFF to encode (all but the block offsets). */
interface GeoTiffPlan {
  entries: TiffEntry[];
  deflate: boolean;
  nodata: number;
  tiled: boolean;
  blockWidth: number;
  blockHeight: number;
  blocksAcross: number;
  blocksDown: number;
}

const ENCODED_FILE = '<encoded GeoTIFF>';

function planGeoTiff(raster: RasterToEncode, options: EncodeGeoTiffOptions): GeoTiffPlan {
  const file = ENCODED_FILE;
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
  const rawBytes = bands.length * blocksAcross * blocksDown * blockWidth * blockHeight * BYTES_PER_SAMPLE;
  if (!deflate && rawBytes > 2 ** 32 - 1) {
    throw new GeoTiffError(
      file,
      `uncompressed size ${rawBytes} bytes exceeds the 4 GB limit of classic TIFF (BigTIFF is not written)`,
    );
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
  return { entries, deflate, nodata, tiled, blockWidth, blockHeight, blocksAcross, blocksDown };
}

/**
 * The blocks of every band in TIFF order (band-separate planes, then rows of blocks): little-
 * endian Float32 samples, NaN → nodata, with the floating-point predictor applied when the
 * blocks will be deflated. Cells of a tile beyond the raster (right/bottom padding) are nodata
 * too; strips end at the last row (TIFF 6.0 §15).
 * @param buffer gives the buffer of `bytes` bytes to encode the next block into
 */
function* rawBlocks(
  raster: RasterToEncode,
  plan: GeoTiffPlan,
  buffer: (bytes: number) => Uint8Array,
): Generator<Uint8Array> {
  const { width, height } = raster;
  const { blockWidth, blockHeight, blocksAcross, blocksDown, tiled, deflate } = plan;
  const fillBits = new Int32Array(new Float32Array([plan.nodata]).buffer)[0];
  const encodeRow = deflate ? floatPredictorEncodeRow : writeLittleEndianRow;
  const rowBytes = blockWidth * BYTES_PER_SAMPLE;
  for (const band of raster.bands) {
    const bits = new Int32Array(band.buffer, band.byteOffset, band.length);
    for (let by = 0; by < blocksDown; by++) {
      const row0 = by * blockHeight;
      const rows = tiled ? blockHeight : Math.min(blockHeight, height - row0);
      const rasterRows = Math.min(rows, height - row0);
      for (let bx = 0; bx < blocksAcross; bx++) {
        const col0 = bx * blockWidth;
        const cols = Math.min(blockWidth, width - col0);
        const block = buffer(rows * rowBytes);
        for (let r = 0; r < rasterRows; r++) {
          encodeRow(bits, (row0 + r) * width + col0, cols, blockWidth, fillBits, block, r * rowBytes);
        }
        // Rows of a tile below the raster: nodata, encoded once and copied.
        if (rasterRows < rows) {
          const padding = rasterRows * rowBytes;
          encodeRow(bits, 0, 0, blockWidth, fillBits, block, padding);
          for (let r = rasterRows + 1; r < rows; r++) {
            block.copyWithin(r * rowBytes, padding, padding + rowBytes);
          }
        }
        yield block;
      }
    }
  }
}

/**
 * Encode Float32 bands as a GeoTIFF that GDAL/QGIS open with the right CRS, extent and
 * nodata (pure, browser-safe; blocks deflated synchronously with fflate).
 *
 * Layout: classic little-endian TIFF, one IFD, Float32 samples (SampleFormat 3), band-separate
 * planes (PlanarConfiguration 2 when several bands), strips or 256 × 256 tiles, Deflate (zlib
 * level 6, TIFF code 8) with the floating-point predictor 3 (as GDAL's `PREDICTOR=3`), or
 * none. Georeferencing: ModelPixelScale + ModelTiepoint at the outer corner of cell (0, 0),
 * GTRasterType = PixelIsArea, ProjectedCSTypeGeoKey or GeographicTypeGeoKey = EPSG code
 * (GeoTIFF 1.0 spec, Ritter & Ruth 1995; OGC 19-008r4), GDAL_NODATA ASCII tag, optional
 * GDAL_METADATA band descriptions.
 *
 * @param raster bands (NaN = nodata), size [cells] and georeferencing
 * @param options nodata value (default -9999), compression (default deflate), tile size, band names
 * @returns the file bytes
 * @throws GeoTiffError on inconsistent input or when the file would exceed 4 GB (no BigTIFF)
 * @throws CrsError when `geo.epsg` is not a supported CRS
 * @example const bytes = encodeGeoTiff({ bands: [slope], width, height, geo }, { bandNames: ['slope'] });
 */
export function encodeGeoTiff(raster: RasterToEncode, options: EncodeGeoTiffOptions = {}): Uint8Array {
  const plan = planGeoTiff(raster, options);
  const blocks: Uint8Array[] = [];
  // Deflated blocks are encoded in one reused buffer; uncompressed ones are the output.
  let scratch = new Uint8Array(0);
  const buffer = (bytes: number) => {
    if (!plan.deflate) return new Uint8Array(bytes);
    if (scratch.length < bytes) scratch = new Uint8Array(bytes);
    return scratch.subarray(0, bytes);
  };
  for (const raw of rawBlocks(raster, plan, buffer)) {
    blocks.push(plan.deflate ? zlibSync(raw, { level: DEFLATE_LEVEL }) : raw);
  }
  return assembleTiff(plan.entries, blocks, plan.tiled, ENCODED_FILE);
}

/**
 * The parts of a GeoTIFF file (head, then the blocks), encoded as by {@link encodeGeoTiffAsync}:
 * the shared path of that function and of `writeGeoTiffFile`, which writes the parts without
 * joining them.
 */
export async function encodeGeoTiffParts(
  raster: RasterToEncode,
  deflateBlock: BlockDeflater,
  options: EncodeGeoTiffOptions = {},
): Promise<Uint8Array[]> {
  const plan = planGeoTiff(raster, options);
  const pending: (Uint8Array | Promise<Uint8Array>)[] = [];
  // Buffers of compressed blocks, reused for the next blocks of the same size.
  const free: Uint8Array[] = [];
  const buffer = (bytes: number) => {
    const reused = plan.deflate ? free.pop() : undefined;
    return reused?.length === bytes ? reused : new Uint8Array(bytes);
  };
  const recycle = (raw: Uint8Array) => (out: Uint8Array) => {
    free.push(raw);
    return out;
  };
  for (const raw of rawBlocks(raster, plan, buffer)) {
    const i = pending.length;
    if (plan.deflate) {
      const compressed = deflateBlock(raw).then(recycle(raw));
      // A failure is reported by the awaits below; later ones must not go unhandled.
      compressed.catch(() => undefined);
      pending.push(compressed);
    } else pending.push(raw);
    // Let the compressor catch up: it then holds at most BLOCKS_IN_FLIGHT blocks of this file.
    if (i >= BLOCKS_IN_FLIGHT) await pending[i - BLOCKS_IN_FLIGHT];
  }
  const blocks = await Promise.all(pending);
  const head = tiffHead(
    plan.entries,
    blocks.map((b) => b.byteLength),
    plan.tiled,
    ENCODED_FILE,
  );
  return [head, ...blocks];
}

/**
 * Encode Float32 bands as a GeoTIFF like {@link encodeGeoTiff} (same layout and tags; the
 * Deflate streams are the compressor's), handing every block to an asynchronous compressor
 * as soon as it is encoded: with a compressor that works off the main thread (Node's native
 * zlib in the libuv thread pool, `@gisement/io/node`), blocks are compressed in parallel, and
 * so are the blocks of several files encoded at once. At most 16 blocks of a file wait for
 * compression at a time (the encoder yields to the event loop until the oldest is done), so
 * memory stays bounded.
 *
 * @param raster bands (NaN = nodata), size [cells] and georeferencing
 * @param deflateBlock zlib compressor of one block (unused with `compress: 'none'`)
 * @param options nodata value (default -9999), compression (default deflate), tile size, band names
 * @returns the file bytes
 * @throws GeoTiffError on inconsistent input or when the file would exceed 4 GB (no BigTIFF)
 * @throws CrsError when `geo.epsg` is not a supported CRS
 * @example const bytes = await encodeGeoTiffAsync({ bands: [slope], width, height, geo }, deflateBlock);
 */
export async function encodeGeoTiffAsync(
  raster: RasterToEncode,
  deflateBlock: BlockDeflater,
  options: EncodeGeoTiffOptions = {},
): Promise<Uint8Array> {
  return concatBytes(await encodeGeoTiffParts(raster, deflateBlock, options));
}
