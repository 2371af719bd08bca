/**
 * The direct Float32 block decoder against geotiff.js (`readRasters`, the general decoder that
 * the other layouts go through), cell for cell, on files GDAL wrote (the shared IGN LiDAR HD
 * data, and sparse and tiled files made here by gdal_translate) and on our own files, whole and
 * by windows that cut blocks; then its refusals.
 */
import { spawnSync } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { GeoRef } from '@gisement/core';
import { encodeGeoTiff, readGeoTiff } from '@gisement/io';
import { readGeoTiffFile } from '@gisement/io/node';
import { zlibSync } from 'fflate';
import { fromArrayBuffer } from 'geotiff';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { craftTiff, firstDifference, RUN_GDAL_TESTS, SHARED_DIR, toArrayBuffer } from '../testing/support.js';
import { isDirectFloat32Layout } from './float32-blocks.js';
import { describeGeoTiff } from './read.js';
import { TIFF_TYPE } from './tiff-writer.js';
import type { PixelWindow } from './types.js';

const LAMBERT93: GeoRef = { originX: 770500, originY: 6277600, cellSizeX: 0.5, cellSizeY: 0.5, epsg: 2154 };

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'gisement-io-blocks-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** geotiff.js's decoding of a band window, nodata → NaN as our reader does. */
async function geotiffJsWindow(bytes: ArrayBuffer, window: PixelWindow, band: number): Promise<Float32Array> {
  const image = await (await fromArrayBuffer(bytes)).getImage(0);
  const [samples] = await image.readRasters({
    window: [window.col, window.row, window.col + window.width, window.row + window.height],
    samples: [band - 1],
    interleave: false,
  });
  const nodata = image.getGDALNoData();
  const data = Float32Array.from(samples as ArrayLike<number>);
  if (nodata !== null) for (let i = 0; i < data.length; i++) if (data[i] === Math.fround(nodata)) data[i] = Number.NaN;
  return data;
}

/** A band with NaN runs, a steep ramp and fine noise, deterministic. */
function band(width: number, height: number, seed: number): Float32Array {
  const data = new Float32Array(width * height);
  for (let i = 0; i < data.length; i++) {
    data[i] = i % 11 === seed % 11 ? Number.NaN : Math.fround(30 + seed * Math.sin(i / 7) + (i % width) * 0.37);
  }
  return data;
}

/** Windows over a `width × height` raster: whole, one cell, and ones that cut blocks. */
function windows(width: number, height: number): PixelWindow[] {
  return [
    { col: 0, row: 0, width, height },
    { col: width - 1, row: height - 1, width: 1, height: 1 },
    { col: 3, row: 5, width: Math.min(40, width - 3), height: Math.min(29, height - 5) },
    { col: Math.floor(width / 2), row: 1, width: width - Math.floor(width / 2), height: height - 1 },
  ];
}

async function expectSameAsGeotiffJs(bytes: ArrayBuffer, bands = 1): Promise<void> {
  const { image, info } = await describeGeoTiff(await fromArrayBuffer(bytes), bytes.byteLength, 'test.tif');
  expect(isDirectFloat32Layout(image, info)).toBe(true);
  for (let b = 1; b <= bands; b++) {
    for (const window of windows(info.width, info.height)) {
      const ours = await readGeoTiff(bytes, { window, band: b });
      expect(firstDifference(ours.data, await geotiffJsWindow(bytes, window, b))).toBe(-1);
    }
  }
}

describe('the direct Float32 decoder reads what geotiff.js reads', () => {
  it.each([
    [
      'GDAL: Deflate + predictor 3, strips of 6 rows (IGN mosaic)',
      'montpellier-lidarhd/montpellier_DSM_0m50_mosaic.tif',
    ],
    [
      'GDAL: uncompressed, strips of 20 rows (IGN tile)',
      'montpellier-lidarhd/tiles/DSM_77050_627755_LA93_IGN69_50CM.tif',
    ],
  ])('%s', async (_name, file) => {
    await expectSameAsGeotiffJs(toArrayBuffer(await readFile(`${SHARED_DIR}data/${file}`)));
  });

  it.each([
    ['deflate tiles of 16, 3 band-separate planes, padded edge tiles', { tileSize: 16 }, 3],
    ['uncompressed tiles of 32', { tileSize: 32, compress: 'none' as const }, 1],
    ['deflate strips', {}, 2],
  ])('ours: %s', async (_name, options, bands) => {
    const width = 53;
    const height = 38;
    const data = Array.from({ length: bands }, (_, i) => band(width, height, i + 1));
    const bytes = encodeGeoTiff({ bands: data, width, height, geo: LAMBERT93 }, options);
    await expectSameAsGeotiffJs(toArrayBuffer(bytes), bands);
  });

  it.runIf(RUN_GDAL_TESTS)(
    'GDAL: tiled Deflate + predictor 3 with missing (sparse) blocks read as nodata',
    async () => {
      const width = 70;
      const height = 50;
      const data = band(width, height, 3);
      data.fill(Number.NaN, 0, 16 * width); // the first row of 16 × 16 tiles: all nodata
      const source = join(dir, 'source.tif');
      await writeFile(source, encodeGeoTiff({ bands: [data], width, height, geo: LAMBERT93 }, { compress: 'none' }));
      const sparse = join(dir, 'sparse.tif');
      const co = ['TILED=YES', 'BLOCKXSIZE=16', 'BLOCKYSIZE=16', 'COMPRESS=DEFLATE', 'PREDICTOR=3', 'SPARSE_OK=TRUE'];
      const run = spawnSync('gdal_translate', ['-q', ...co.flatMap((o) => ['-co', o]), source, sparse], {
        encoding: 'utf8',
      });
      expect(run.status, run.stderr).toBe(0);
      const bytes = toArrayBuffer(await readFile(sparse));
      const image = await (await fromArrayBuffer(bytes)).getImage(0);
      const counts = (await image.getFileDirectory().loadValue('TileByteCounts')) as ArrayLike<number>;
      expect(Array.from(counts).slice(0, 5)).toEqual([0, 0, 0, 0, 0]);
      await expectSameAsGeotiffJs(bytes);
      expect(firstDifference((await readGeoTiffFile(sparse)).data, data)).toBe(-1);
    },
  );
});

describe('layouts left to geotiff.js', () => {
  it('an Int16 file is not read directly', async () => {
    const bytes = toArrayBuffer(craftTiff());
    const { image, info } = await describeGeoTiff(await fromArrayBuffer(bytes), bytes.byteLength, 'int16.tif');
    expect(isDirectFloat32Layout(image, info)).toBe(false);
  });
});

describe('the direct decoder refuses a corrupt block, naming it', () => {
  /** A 4 × 3 Float32 strip file whose single strip holds `strip`, Deflate-compressed. */
  const floatDeflate = (strip: Uint8Array) =>
    toArrayBuffer(
      craftTiff(
        {
          258: { tag: 258, type: TIFF_TYPE.SHORT, values: [32] },
          259: { tag: 259, type: TIFF_TYPE.SHORT, values: [8] },
          339: { tag: 339, type: TIFF_TYPE.SHORT, values: [3] },
        },
        strip,
      ),
    );

  it('a strip that inflates to fewer bytes than its rows need', async () => {
    await expect(readGeoTiff(floatDeflate(zlibSync(new Uint8Array(20))), {}, 'short.tif')).rejects.toThrow(
      'short.tif: corrupt strip 0: 20 bytes decoded, 48 expected',
    );
  });

  it('a strip that is not a zlib stream (Node: native zlib, browser: fflate)', async () => {
    const bytes = floatDeflate(new Uint8Array(48).fill(7));
    await expect(readGeoTiff(bytes, {}, 'garbage.tif')).rejects.toThrow(/^garbage\.tif: cannot decode image data: /);
    const path = join(dir, 'garbage.tif');
    await writeFile(path, new Uint8Array(bytes));
    await expect(readGeoTiffFile(path)).rejects.toThrow(`${path}: cannot decode image data: incorrect header check`);
  });
});
