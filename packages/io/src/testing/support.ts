/**
 * Test support shared by this package's tests (excluded from the build): where the shared
 * third-party data lives, a fast NaN-aware array comparison, and GDAL availability.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { assembleTiff, TIFF_TYPE, type TiffEntry } from '../geotiff/tiff-writer.js';

/** `../shared/` beside the repository root (read-only third-party data and references). */
export const SHARED_DIR = fileURLToPath(new URL('../../../../../shared/', import.meta.url));

/** Index of the first cell where two rasters differ (`Object.is`, so NaN equals NaN), or -1. */
export function firstDifference(a: ArrayLike<number>, b: ArrayLike<number>): number {
  if (a.length !== b.length) return Math.min(a.length, b.length);
  for (let i = 0; i < a.length; i++) if (!Object.is(a[i], b[i])) return i;
  return -1;
}

/** Whether `gdalinfo` runs on this machine. */
export const HAS_GDAL = spawnSync('gdalinfo', ['--version'], { encoding: 'utf8' }).status === 0;

/**
 * Whether GDAL-backed tests run: always on CI (where a missing GDAL must fail the test), and
 * locally when GDAL is installed.
 */
export const RUN_GDAL_TESTS = HAS_GDAL || Boolean(process.env.CI);

/** `gdalinfo -json <path>` parsed; throws when GDAL is missing (CI must install gdal-bin). */
export function gdalinfoJson(path: string): GdalInfoJson {
  if (!HAS_GDAL) throw new Error('gdalinfo not found: CI must install gdal-bin (apt-get install gdal-bin)');
  const run = spawnSync('gdalinfo', ['-json', path], { encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`gdalinfo failed on ${path}: ${run.stderr.trim()}`);
  return JSON.parse(run.stdout) as GdalInfoJson;
}

/** The part of `gdalinfo -json` output the tests read. */
export interface GdalInfoJson {
  size: [number, number];
  geoTransform: [number, number, number, number, number, number];
  stac?: { 'proj:epsg'?: number };
  metadata?: Record<string, Record<string, string>>;
  bands: {
    type: string;
    noDataValue?: number | string;
    description?: string;
    block: [number, number];
  }[];
}

/** Tag values of a hand-made test TIFF; `null` removes a default tag. */
export type CraftTags = Record<number, TiffEntry | null>;

/**
 * A small uncompressed single-strip TIFF for error and georeferencing tests: 4 × 3 Int16
 * cells valued 0…11, Lambert-93 (EPSG:2154) at (700000, 6600000) with 2 m cells, PixelIsArea,
 * GDAL_NODATA 11. `tags` overrides or (with `null`) removes entries by tag number.
 */
export function craftTiff(tags: CraftTags = {}, pixels?: Uint8Array): Uint8Array {
  const width = 4;
  const height = 3;
  const data = pixels ?? new Uint8Array(new Int16Array(Array.from({ length: width * height }, (_, i) => i)).buffer);
  const defaults: Record<number, TiffEntry> = {
    256: { tag: 256, type: TIFF_TYPE.LONG, values: [width] },
    257: { tag: 257, type: TIFF_TYPE.LONG, values: [height] },
    258: { tag: 258, type: TIFF_TYPE.SHORT, values: [16] },
    259: { tag: 259, type: TIFF_TYPE.SHORT, values: [1] },
    262: { tag: 262, type: TIFF_TYPE.SHORT, values: [1] },
    277: { tag: 277, type: TIFF_TYPE.SHORT, values: [1] },
    278: { tag: 278, type: TIFF_TYPE.LONG, values: [height] },
    339: { tag: 339, type: TIFF_TYPE.SHORT, values: [2] },
    33550: { tag: 33550, type: TIFF_TYPE.DOUBLE, values: [2, 2, 0] },
    33922: { tag: 33922, type: TIFF_TYPE.DOUBLE, values: [0, 0, 0, 700000, 6600000, 0] },
    34735: {
      tag: 34735,
      type: TIFF_TYPE.SHORT,
      values: [1, 1, 0, 3, 1024, 0, 1, 1, 1025, 0, 1, 1, 3072, 0, 1, 2154],
    },
    42113: { tag: 42113, type: TIFF_TYPE.ASCII, values: '11' },
  };
  const merged = { ...defaults, ...tags };
  const entries = Object.values(merged).filter((e): e is TiffEntry => e !== null);
  return assembleTiff(entries, [data], false);
}

/** The bytes of a Uint8Array as an ArrayBuffer of their own. */
export function toArrayBuffer(bytes: Uint8Array): ArrayBuffer {
  return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
}
