/**
 * Every refusal of the reader is a GeoTiffError whose one-line message names the file and
 * the reason. Bad files are made here from bytes (hand-made TIFFs, garbage, a truncated copy
 * of a shared real file) in a temporary directory.
 */
import { copyFile, mkdtemp, readFile, rm, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { GeoTiffError, readGeoTiff } from '@gisement/io';
import { readGeoTiffFile } from '@gisement/io/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { craftTiff, SHARED_DIR, toArrayBuffer } from '../testing/support.js';
import { TIFF_TYPE } from './tiff-writer.js';

const MOSAIC = `${SHARED_DIR}data/montpellier-lidarhd/montpellier_DSM_0m50_mosaic.tif`;
let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'gisement-io-errors-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** Read a file, expect a GeoTiffError naming it, and return the reason. */
async function reasonForFile(path: string, options = {}): Promise<string> {
  const error = await readGeoTiffFile(path, options).then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(GeoTiffError);
  const e = error as GeoTiffError;
  expect(e.file).toBe(path);
  expect(e.message).toBe(`${path}: ${e.reason}`);
  expect(e.message).not.toContain('\n');
  return e.reason;
}

async function reasonForBytes(bytes: Uint8Array, options = {}): Promise<string> {
  const error = await readGeoTiff(toArrayBuffer(bytes), options, 'made.tif').then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(GeoTiffError);
  const e = error as GeoTiffError;
  expect(e.file).toBe('made.tif');
  expect(e.message).toBe(`made.tif: ${e.reason}`);
  expect(e.message).not.toContain('\n');
  return e.reason;
}

describe('readGeoTiffFile refuses with a one-line reason', () => {
  it('file not found', async () => {
    expect(await reasonForFile(join(dir, 'missing.tif'))).toBe('file not found');
  });

  it('a directory', async () => {
    expect(await reasonForFile(dir)).toBe('not a regular file');
  });

  it('an empty file', async () => {
    const path = join(dir, 'empty.tif');
    await writeFile(path, new Uint8Array(0));
    expect(await reasonForFile(path)).toMatch(/^empty file/);
  });

  it('garbage bytes: not a TIFF', async () => {
    const path = join(dir, 'garbage.tif');
    await writeFile(path, 'this is a text file, not an image\n');
    expect(await reasonForFile(path)).toMatch(/^not a TIFF/);
  });

  it('a PNG signature: not a TIFF', async () => {
    const path = join(dir, 'image.png.tif');
    await writeFile(path, new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]));
    expect(await reasonForFile(path)).toMatch(/^not a TIFF/);
  });

  it('"II" with a wrong magic number: not a TIFF', async () => {
    expect(await reasonForBytes(new Uint8Array([0x49, 0x49, 7, 0, 8, 0, 0, 0]))).toBe(
      'not a TIFF (magic number 7, expected 42 or 43)',
    );
  });

  it('a real file cut in half: truncated', async () => {
    const path = join(dir, 'truncated.tif');
    await copyFile(MOSAIC, path);
    const size = (await readFile(path)).byteLength;
    await truncate(path, Math.floor(size / 2));
    expect(await reasonForFile(path)).toMatch(
      new RegExp(`^truncated file \\(image data runs to byte ${size}, file has ${Math.floor(size / 2)} bytes\\)$`),
    );
  });

  it('a real file cut inside its header: truncated', async () => {
    const path = join(dir, 'header-only.tif');
    await writeFile(path, (await readFile(MOSAIC)).subarray(0, 6));
    expect(await reasonForFile(path)).toMatch(/^truncated file/);
  });

  it('a first directory beyond the end: truncated', async () => {
    expect(await reasonForBytes(new Uint8Array([0x49, 0x49, 42, 0, 0, 1, 0, 0]))).toBe(
      'truncated file (first directory at byte 256, file has 8 bytes)',
    );
  });

  it.each([
    [34887, 'LERC'],
    [7, 'JPEG'],
    [50000, 'ZSTD'],
    [34712, 'JPEG 2000'],
  ])('compression %i: unsupported compression named %s', async (code, name) => {
    const reason = await reasonForBytes(craftTiff({ 259: { tag: 259, type: TIFF_TYPE.SHORT, values: [code] } }));
    expect(reason).toMatch(new RegExp(`^unsupported compression ${name} \\(TIFF code ${code}\\)`));
  });

  it.each([
    [3, 16, 'half float'],
    [6, 64, 'complex float'],
    [1, 1, '1-bit'],
  ])('SampleFormat %i × %i bits (%s): unsupported sample format', async (format, bits) => {
    const reason = await reasonForBytes(
      craftTiff({
        258: { tag: 258, type: TIFF_TYPE.SHORT, values: [bits] },
        339: { tag: 339, type: TIFF_TYPE.SHORT, values: [format] },
      }),
    );
    expect(reason).toBe(
      `unsupported sample format ${format} with ${bits} bits per sample; supported: 8/16/32-bit integers, 32/64-bit floats`,
    );
  });

  it('no georeferencing tags', async () => {
    const reason = await reasonForBytes(craftTiff({ 33550: null, 33922: null }));
    expect(reason).toBe('no georeferencing (neither ModelPixelScale + ModelTiepoint nor ModelTransformation)');
  });

  it('ground control points only', async () => {
    const gcps = [0, 0, 0, 700000, 6600000, 0, 4, 3, 0, 700008, 6599994, 0];
    const reason = await reasonForBytes(
      craftTiff({ 33550: null, 33922: { tag: 33922, type: TIFF_TYPE.DOUBLE, values: gcps } }),
    );
    expect(reason).toMatch(/^no georeferencing: 2 ground control points/);
  });

  it('a user-defined projected CRS', async () => {
    const keys = [1, 1, 0, 2, 1024, 0, 1, 1, 3072, 0, 1, 32767];
    const reason = await reasonForBytes(craftTiff({ 34735: { tag: 34735, type: TIFF_TYPE.SHORT, values: keys } }));
    expect(reason).toMatch(/^user-defined CRS \(ProjectedCSTypeGeoKey = 32767\) is not supported/);
  });

  it.each([
    { col: 0, row: 0, width: 5, height: 1 },
    { col: 3, row: 2, width: 2, height: 1 },
    { col: -1, row: 0, width: 1, height: 1 },
    { col: 0, row: 0, width: 0, height: 1 },
    { col: 0.5, row: 0, width: 1, height: 1 },
  ])('window %o outside the 4 × 3 raster', async (window) => {
    const reason = await reasonForBytes(craftTiff(), { window });
    expect(reason).toBe(
      `window outside the raster: col ${window.col}, row ${window.row}, ${window.width} × ${window.height} cells requested, raster is 4 × 3`,
    );
  });

  it('a window outside a real file', async () => {
    const reason = await reasonForFile(MOSAIC, {
      window: { col: 250, row: 0, width: 100, height: 10 },
    });
    expect(reason).toBe('window outside the raster: col 250, row 0, 100 × 10 cells requested, raster is 300 × 200');
  });

  it('a band that does not exist', async () => {
    expect(await reasonForBytes(craftTiff(), { band: 2 })).toBe(
      'band 2 does not exist (file has 1 band, numbered from 1)',
    );
    expect(await reasonForBytes(craftTiff(), { band: 0 })).toBe(
      'band 0 does not exist (file has 1 band, numbered from 1)',
    );
  });
});

describe('the hand-made test TIFF itself', () => {
  it('reads as 4 × 3 Int16 with nodata 11 → NaN (so the refusals above are due to the one change each makes)', async () => {
    const r = await readGeoTiff(toArrayBuffer(craftTiff()), {}, 'made.tif');
    expect(r.info.sampleType).toBe('Int16');
    expect(Array.from(r.data)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, Number.NaN]);
    expect(r.geo).toEqual({
      originX: 700000,
      originY: 6600000,
      cellSizeX: 2,
      cellSizeY: 2,
      epsg: 2154,
    });
  });
});
