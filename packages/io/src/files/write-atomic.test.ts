import { chmod, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { GeoRef } from '@gisement/core';
import { FileWriteError, readGeoTiffFile, writeFileAtomic, writeGeoTiffFile } from '@gisement/io/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { firstDifference } from '../testing/support.js';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'gisement-io-write-'));
});
afterAll(async () => {
  await chmod(join(dir, 'locked'), 0o755).catch(() => undefined);
  await rm(dir, { recursive: true, force: true });
});

describe('writeFileAtomic', () => {
  it('writes bytes and strings, replaces an existing file and leaves no temporary file', async () => {
    const path = join(dir, 'a.json');
    await writeFile(path, 'old');
    await writeFileAtomic(path, '{"é":1}');
    expect(await readFile(path, 'utf8')).toBe('{"é":1}');
    await writeFileAtomic(path, new Uint8Array([1, 2, 3]));
    expect([...(await readFile(path))]).toEqual([1, 2, 3]);
    expect(await readdir(dir)).toEqual(['a.json']);
  });

  it('a missing directory: clear error naming the path', async () => {
    const path = join(dir, 'nope', 'b.tif');
    const error = await writeFileAtomic(path, 'x').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(FileWriteError);
    expect((error as FileWriteError).message).toBe(
      `${path}: cannot write (directory ${join(dir, 'nope')} does not exist)`,
    );
  });

  it('a target that is a directory: error, and the temporary file is removed', async () => {
    await mkdir(join(dir, 'sub'));
    const error = await writeFileAtomic(join(dir, 'sub'), 'x').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(FileWriteError);
    expect((error as Error).message).toMatch(/^.*sub: cannot write \(/);
    expect((await readdir(dir)).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('an unwritable directory: clear error naming the path', async () => {
    // root ignores directory modes: there, sysfs (which refuses new files) stands in.
    const locked = process.getuid?.() === 0 ? '/sys' : join(dir, 'locked');
    if (locked !== '/sys') {
      await mkdir(locked);
      await chmod(locked, 0o555);
    }
    const path = join(locked, 'c.tif');
    await expect(writeFileAtomic(path, 'x')).rejects.toThrow(
      `${path}: cannot write (no permission to write in ${locked})`,
    );
  });
});

describe('writeGeoTiffFile', () => {
  it('encodes and writes a raster that reads back', async () => {
    const geo: GeoRef = {
      originX: 91784,
      originY: 437348,
      cellSizeX: 1,
      cellSizeY: 1,
      epsg: 28992,
    };
    const band = new Float32Array([1, Number.NaN, 3, 4, 5, 6]);
    const path = join(dir, 'r.tif');
    await writeGeoTiffFile(path, { bands: [band], width: 3, height: 2, geo });
    const r = await readGeoTiffFile(path);
    expect(r.geo).toEqual(geo);
    expect(firstDifference(r.data, band)).toBe(-1);
  });
});
