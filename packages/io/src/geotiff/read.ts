import { unzlibSync } from 'fflate';
import { fromArrayBuffer, type GeoTIFF, type GeoTIFFImage } from 'geotiff';
import { CrsError } from '../crs/errors.js';
import { type CrsGeoKeys, epsgFromGeoKeys } from '../crs/geokeys.js';
import { GeoTiffError } from './errors.js';
import { type BlockInflater, isDirectFloat32Layout, readFloat32Blocks } from './float32-blocks.js';
import {
  checkCompression,
  checkTiffHeader,
  compressionName,
  sampleTypeName,
  TIFF_HEADER_PROBE_BYTES,
} from './format.js';
import { georefFromTags } from './georef.js';
import type { GeoTiffInfo, PixelWindow, RasterRead, ReadGeoTiffOptions } from './types.js';

/** Wrap anything geotiff.js throws into a one-line {@link GeoTiffError}. */
function asGeoTiffError(error: unknown, file: string, what: string): GeoTiffError {
  if (error instanceof GeoTiffError) return error;
  if (error instanceof CrsError) return new GeoTiffError(file, error.message, { cause: error });
  const detail = error instanceof Error ? error.message : String(error);
  return new GeoTiffError(file, `${what}: ${detail.split('\n')[0]}`, { cause: error });
}

/** Parse a GDAL_NODATA ASCII value ("-9999", "nan", "-3.4028234663852886e+38"). */
function parseNodata(text: string | undefined, file: string): number | null {
  if (text === undefined) return null;
  const trimmed = text.replace(/\0/g, '').trim();
  if (trimmed === '') return null;
  if (/^[+-]?nan$/i.test(trimmed)) return Number.NaN;
  const value = Number(trimmed);
  if (Number.isNaN(value)) throw new GeoTiffError(file, `unreadable GDAL_NODATA value "${trimmed}"`);
  return value;
}

/** First value of a per-sample tag, checking every band carries the same value. */
function uniformSampleValue(
  values: ArrayLike<number> | undefined,
  fallback: number,
  tag: string,
  file: string,
): number {
  if (!values || values.length === 0) return fallback;
  const first = values[0];
  for (let i = 1; i < values.length; i++) {
    if (values[i] !== first) {
      throw new GeoTiffError(
        file,
        `unsupported sample format: bands differ in ${tag} (${Array.from(values).join(', ')})`,
      );
    }
  }
  return first;
}

/**
 * Read the storage facts and georeferencing of the first image of a TIFF and validate
 * that we can decode it (sample type, compression, predictor, data inside the file).
 */
async function describeImage(image: GeoTIFFImage, byteLength: number, file: string): Promise<GeoTiffInfo> {
  const dir = image.getFileDirectory();
  const width = image.getWidth();
  const height = image.getHeight();
  const bands = image.getSamplesPerPixel();
  const sampleFormat = uniformSampleValue(
    dir.getValue('SampleFormat') as ArrayLike<number> | undefined,
    1,
    'SampleFormat',
    file,
  );
  const bitsPerSample = uniformSampleValue(
    dir.getValue('BitsPerSample') as ArrayLike<number> | undefined,
    1,
    'BitsPerSample',
    file,
  );
  const sampleType = sampleTypeName(sampleFormat, bitsPerSample, file);
  const compressionCode = Number(dir.getValue('Compression') ?? 1);
  checkCompression(compressionCode, file);
  const predictor = Number((await dir.loadValue('Predictor')) ?? 1);
  if (predictor !== 1 && predictor !== 2 && predictor !== 3) {
    throw new GeoTiffError(
      file,
      `unsupported predictor ${predictor} (supported: 1 none, 2 horizontal, 3 floating point)`,
    );
  }
  await checkBlocksInside(image, byteLength, file);

  const geoKeys = image.getGeoKeys() as (CrsGeoKeys & { GTRasterTypeGeoKey?: number }) | null;
  const epsg = epsgFromGeoKeys(geoKeys);
  const rasterTypeKey = geoKeys?.GTRasterTypeGeoKey;
  const geo = georefFromTags(
    {
      pixelScale: dir.getValue('ModelPixelScale') as ArrayLike<number> | undefined,
      tiepoints: dir.getValue('ModelTiepoint') as ArrayLike<number> | undefined,
      transformation: dir.getValue('ModelTransformation') as ArrayLike<number> | undefined,
      rasterType: rasterTypeKey,
    },
    epsg,
    file,
  );
  return {
    width,
    height,
    bands,
    sampleType,
    sampleFormat,
    bitsPerSample,
    compression: compressionName(compressionCode),
    predictor,
    tiled: image.isTiled,
    blockWidth: image.getTileWidth(),
    blockHeight: image.getTileHeight(),
    nodata: parseNodata(dir.getValue('GDAL_NODATA') as string | undefined, file),
    epsg,
    geo,
    rasterType: rasterTypeKey === 2 ? 'point' : 'area',
  };
}

/** Refuse a file whose strips/tiles end past its last byte (geotiff.js would read zeros). */
async function checkBlocksInside(image: GeoTIFFImage, byteLength: number, file: string): Promise<void> {
  const dir = image.getFileDirectory();
  const offsets = (await dir.loadValue(image.isTiled ? 'TileOffsets' : 'StripOffsets')) as
    | ArrayLike<number | bigint>
    | undefined;
  const counts = (await dir.loadValue(image.isTiled ? 'TileByteCounts' : 'StripByteCounts')) as
    | ArrayLike<number | bigint>
    | undefined;
  if (!offsets || !counts || offsets.length !== counts.length) {
    throw new GeoTiffError(file, 'corrupt TIFF: missing or mismatched strip/tile offsets and byte counts');
  }
  let end = 0;
  for (let i = 0; i < offsets.length; i++) {
    const blockEnd = Number(offsets[i]) + Number(counts[i]);
    if (blockEnd > end) end = blockEnd;
  }
  if (end > byteLength) {
    throw new GeoTiffError(file, `truncated file (image data runs to byte ${end}, file has ${byteLength} bytes)`);
  }
}

/** @throws GeoTiffError when the window is not a non-empty integer rectangle inside the raster. */
function checkWindow(window: PixelWindow, info: GeoTiffInfo, file: string): void {
  const { col, row, width, height } = window;
  const integers = [col, row, width, height].every(Number.isInteger);
  if (
    !integers ||
    width <= 0 ||
    height <= 0 ||
    col < 0 ||
    row < 0 ||
    col + width > info.width ||
    row + height > info.height
  ) {
    throw new GeoTiffError(
      file,
      `window outside the raster: col ${col}, row ${row}, ${width} × ${height} cells requested, raster is ${info.width} × ${info.height}`,
    );
  }
}

/**
 * Storage facts and georeferencing of the first image of an opened GeoTIFF, after checking
 * that we can decode it (sample type, compression, predictor, data inside the file).
 * @param tiff a GeoTIFF opened by geotiff.js
 * @param byteLength size of the whole file [bytes], to detect truncation
 * @param file file path or name for errors
 * @throws GeoTiffError with a one-line reason
 */
export async function describeGeoTiff(
  tiff: GeoTIFF,
  byteLength: number,
  file: string,
): Promise<{ image: GeoTIFFImage; info: GeoTiffInfo }> {
  try {
    const image = await tiff.getImage(0);
    return { image, info: await describeImage(image, byteLength, file) };
  } catch (error) {
    throw asGeoTiffError(error, file, 'corrupt TIFF');
  }
}

/** Synchronous zlib decompression in JavaScript (fflate), for the browser-safe entry. */
const inflateWithFflate: BlockInflater = (compressed) => unzlibSync(compressed);

/**
 * Decode one band (or a window of it) of an opened GeoTIFF into a {@link RasterRead}:
 * the shared decode and validation path of {@link readGeoTiff} and `readGeoTiffFile`.
 * Float32 little-endian files without an integer predictor (our own, and GDAL's usual
 * DSMs) are decoded block by block by {@link readFloat32Blocks}; other files by geotiff.js.
 *
 * Samples equal to the GDAL_NODATA value (compared in the file's sample type) become `NaN`.
 *
 * @param tiff a GeoTIFF opened by geotiff.js (from a buffer or a file)
 * @param byteLength size of the whole file [bytes], to detect truncation
 * @param file file path or name for errors and {@link RasterRead.file}
 * @param options window [cells] and 1-based band
 * @param inflate zlib decompressor of one Deflate block (default: fflate, synchronous)
 */
export async function decodeGeoTiff(
  tiff: GeoTIFF,
  byteLength: number,
  file: string,
  options: ReadGeoTiffOptions = {},
  inflate: BlockInflater = inflateWithFflate,
): Promise<RasterRead> {
  const { image, info } = await describeGeoTiff(tiff, byteLength, file);
  const band = options.band ?? 1;
  if (!Number.isInteger(band) || band < 1 || band > info.bands) {
    throw new GeoTiffError(
      file,
      `band ${band} does not exist (file has ${info.bands} band${info.bands > 1 ? 's' : ''}, numbered from 1)`,
    );
  }
  const window = options.window ?? { col: 0, row: 0, width: info.width, height: info.height };
  checkWindow(window, info, file);

  let samples: ArrayLike<number>;
  try {
    if (isDirectFloat32Layout(image, info)) {
      samples = await readFloat32Blocks(image, info, window, band - 1, inflate, file);
    } else {
      const rasters = await image.readRasters({
        window: [window.col, window.row, window.col + window.width, window.row + window.height],
        samples: [band - 1],
        interleave: false,
      });
      samples = rasters[0];
    }
  } catch (error) {
    throw asGeoTiffError(error, file, 'cannot decode image data');
  }
  const data = toFloat32WithNaN(samples, info.nodata);
  return {
    data,
    width: window.width,
    height: window.height,
    geo: {
      ...info.geo,
      originX: info.geo.originX + window.col * info.geo.cellSizeX,
      originY: info.geo.originY - window.row * info.geo.cellSizeY,
    },
    nodata: info.nodata,
    file,
    info,
  };
}

/**
 * Copy samples to a Float32Array (in place when they already are one), nodata → NaN.
 * The nodata value is compared in the file's sample type (Float32 files: `Math.fround`).
 */
function toFloat32WithNaN(samples: ArrayLike<number>, nodata: number | null): Float32Array {
  if (samples instanceof Float32Array) {
    if (nodata !== null && !Number.isNaN(nodata)) {
      const target = Math.fround(nodata);
      const n = samples.length;
      for (let i = 0; i < n; i++) if (samples[i] === target) samples[i] = Number.NaN;
    }
    return samples;
  }
  const data = Float32Array.from(samples);
  if (nodata !== null && !Number.isNaN(nodata)) {
    const n = data.length;
    for (let i = 0; i < n; i++) if (samples[i] === nodata) data[i] = Number.NaN;
  }
  return data;
}

/**
 * Read one band of a GeoTIFF held in memory (browser-safe).
 *
 * Reads Byte/Int8/(U)Int16/(U)Int32/Float32/Float64 samples, stripped or tiled, uncompressed,
 * LZW, Deflate or PackBits with predictor 1, 2 or 3, north-up grids (PixelIsArea or
 * PixelIsPoint, see {@link georefFromTags}). GDAL_NODATA samples become `NaN`.
 *
 * @param source the whole file
 * @param options `window` [cells] to read only part of the raster; `band` 1-based (default 1)
 * @param name file name used in errors and in the result (default `"<buffer>"`)
 * @returns the band as Float32 with its georeferencing (of the window) and file facts
 * @throws GeoTiffError with a one-line reason (not a TIFF, truncated, unsupported…)
 * @example const dsm = await readGeoTiff(await (await fetch(url)).arrayBuffer(), {}, 'dsm.tif');
 */
export async function readGeoTiff(
  source: ArrayBuffer,
  options: ReadGeoTiffOptions = {},
  name = '<buffer>',
): Promise<RasterRead> {
  checkTiffHeader(
    new Uint8Array(source, 0, Math.min(TIFF_HEADER_PROBE_BYTES, source.byteLength)),
    source.byteLength,
    name,
  );
  let tiff: GeoTIFF;
  try {
    tiff = await fromArrayBuffer(source);
  } catch (error) {
    throw asGeoTiffError(error, name, 'corrupt TIFF');
  }
  return decodeGeoTiff(tiff, source.byteLength, name, options);
}
