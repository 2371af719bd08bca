/**
 * writeGeoTiffFile in Node: blocks deflated by native zlib (run-length strategy) in the thread
 * pool, many at once, their buffers reused. The files must decode to the same values with
 * GDAL and with geotiff.js (pako), two decoders independent of ours.
 */
import { spawnSync } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { GeoRef } from '@gisement/core';
import { readGeoTiffFile, writeGeoTiffFile } from '@gisement/io/node';
import { fromArrayBuffer } from 'geotiff';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { firstDifference, gdalinfoJson, RUN_GDAL_TESTS, toArrayBuffer } from '../testing/support.js';

const GEO: GeoRef = { originX: 770500, originY: 6277600, cellSizeX: 0.5, cellSizeY: 0.5, epsg: 2154 };
const WIDTH = 150;
const HEIGHT = 110;

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'gisement-io-write-geotiff-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** Two bands unlike each other (so a block encoded into a reused buffer would show). */
function bands(): Float32Array[] {
  return [1, 2].map((seed) => {
    const data = new Float32Array(WIDTH * HEIGHT);
    for (let i = 0; i < data.length; i++) {
      data[i] = i % 13 === seed ? Number.NaN : Math.fround(seed * 100 + Math.sin(i * seed) * 40 + (i % WIDTH));
    }
    return data;
  });
}

describe('writeGeoTiffFile (native zlib, concurrent blocks)', () => {
  // Tiles of 16: 10 × 7 tiles × 2 bands = 140 blocks, many more than are in flight at once.
  const options = { tileSize: 16, bandNames: ['a', 'b'] };

  it('geotiff.js (pako) decodes every band of the file to the written values', async () => {
    const data = bands();
    const path = join(dir, 'pako.tif');
    await writeGeoTiffFile(path, { bands: data, width: WIDTH, height: HEIGHT, geo: GEO }, options);
    const image = await (await fromArrayBuffer(toArrayBuffer(await readFile(path)))).getImage(0);
    const rasters = await image.readRasters({ interleave: false });
    for (const [i, expected] of data.entries()) {
      const decoded = Float32Array.from(rasters[i] as ArrayLike<number>, (v) => (v === -9999 ? Number.NaN : v));
      expect(firstDifference(decoded, expected)).toBe(-1);
    }
  });

  it('writes several files at once, each reading back whole', async () => {
    const data = bands();
    const paths = [0, 1, 2].map((i) => join(dir, `concurrent-${i}.tif`));
    await Promise.all(
      paths.map((path, i) =>
        writeGeoTiffFile(path, { bands: [data[i % 2] as Float32Array], width: WIDTH, height: HEIGHT, geo: GEO }),
      ),
    );
    for (const [i, path] of paths.entries()) {
      expect(firstDifference((await readGeoTiffFile(path)).data, data[i % 2] as Float32Array)).toBe(-1);
    }
  });

  it.runIf(RUN_GDAL_TESTS)('GDAL decodes it to the written values, Deflate with predictor 3', async () => {
    const data = bands();
    const path = join(dir, 'gdal.tif');
    await writeGeoTiffFile(path, { bands: data, width: WIDTH, height: HEIGHT, geo: GEO }, options);
    expect(gdalinfoJson(path).metadata?.IMAGE_STRUCTURE).toMatchObject({ COMPRESSION: 'DEFLATE', PREDICTOR: '3' });
    const plain = join(dir, 'gdal-plain.tif');
    const run = spawnSync('gdal_translate', ['-q', '-co', 'COMPRESS=NONE', path, plain], { encoding: 'utf8' });
    expect(run.status, run.stderr).toBe(0);
    for (const [i, expected] of data.entries()) {
      const decoded = await readGeoTiffFile(plain, { band: i + 1 });
      expect(decoded.info.compression).toBe('none');
      expect(firstDifference(decoded.data, expected)).toBe(-1);
    }
  });
});
