import { copyFile, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { encodeGeoTiff } from '@gisement/io';
import { readGeoTiffFile } from '@gisement/io/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { shared } from './fixtures/paths.js';
import { withShortTag, withTagRenamed } from './fixtures/tiffPatch.js';
import { runCliCapture as cli } from './helpers/cliCapture.js';

const mosaic = shared('data/montpellier-lidarhd/montpellier_DSM_0m50_mosaic.tif');

let work: string;
beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'gisement-cli-'));
});
afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

describe('gisement info', () => {
  it('describes the Montpellier IGN LiDAR HD mosaic as GDAL does', async () => {
    const { code, stdout } = await cli('info', mosaic);
    expect(code).toBe(0);
    const info = JSON.parse(stdout);
    // Expected facts from `gdalinfo montpellier_DSM_0m50_mosaic.tif` (GDAL 3.6.2): Size is 300, 200;
    // Origin = (770500, 6277600); Pixel Size = (0.5, -0.5); RGF93 v1 / Lambert-93; Float32.
    expect(info.crs).toEqual({ epsg: 2154, name: expect.stringContaining('Lambert-93'), units: 'metre' });
    expect([info.width, info.height]).toEqual([300, 200]);
    expect(info.resolution).toEqual({ x: 0.5, y: 0.5 });
    expect(info.sampleType).toBe('Float32');
    expect(info.bounds.crs).toEqual({ minX: 770500, minY: 6277500, maxX: 770650, maxY: 6277600 });
    // gdalinfo corner coordinates: Lower Left 3°52'21.97"E 43°35'34.98"N, Upper Right
    // 3°52'28.71"E 43°35'38.17"N, Upper Left 3°52'22.02"E, Lower Right 43°35'34.93"N
    // (printed to 0.01" ≈ 3e-6°, so compare at 1e-5°).
    const dms = (d: number, m: number, s: number) => d + m / 60 + s / 3600;
    expect(info.bounds.wgs84.west).toBeCloseTo(dms(3, 52, 21.97), 5);
    expect(info.bounds.wgs84.east).toBeCloseTo(dms(3, 52, 28.71), 5);
    expect(info.bounds.wgs84.south).toBeCloseTo(dms(43, 35, 34.93), 5);
    expect(info.bounds.wgs84.north).toBeCloseTo(dms(43, 35, 38.22), 5);
    // Statistics from GDAL's Python bindings (ComputeStatistics(False) and numpy over cells
    // != nodata): nodata -9999, 59961 valid cells, min 20.25, max 43.22999954223633,
    // mean 24.728871780185308.
    expect(info.nodata).toBe(-9999);
    expect(info.validCells).toBe(59961);
    expect(info.min).toBe(20.25);
    expect(info.max).toBe(43.22999954223633);
    expect(info.mean).toBeCloseTo(24.728871780185308, 9);
  });

  it('prints its help', async () => {
    const { code, stdout } = await cli('info', '--help');
    expect(code).toBe(0);
    expect(stdout).toMatch(/Usage: gisement info <file\.tif>/);
  });
});

describe('gisement terrain', () => {
  it('writes slope, aspect and hillshade on the input grid, matching gdaldem', async () => {
    const out = join(work, 'terrain-out');
    await cli('terrain', mosaic, '--out', out, '--quiet'); // a first run: outputs get replaced
    await writeFile(join(out, 'notes.txt'), 'not ours');
    const { code, stderr } = await cli('terrain', mosaic, '--out', out, '--quiet');
    expect(stderr).toBe('');
    expect(code).toBe(0);
    // Only our three files plus the user's, no temporary leftovers.
    expect((await readdir(out)).sort()).toEqual(['aspect.tif', 'hillshade.tif', 'notes.txt', 'slope.tif']);
    expect(await readFile(join(out, 'notes.txt'), 'utf8')).toBe('not ours');

    const input = await readGeoTiffFile(mosaic);
    const gdal = {
      slope: await readGeoTiffFile(shared('reference/montpellier/gdal/gdal_slope.tif')),
      aspect: await readGeoTiffFile(shared('reference/montpellier/gdal/gdal_aspect.tif')),
    };
    const slope = await readGeoTiffFile(join(out, 'slope.tif'));
    const aspect = await readGeoTiffFile(join(out, 'aspect.tif'));
    const shade = await readGeoTiffFile(join(out, 'hillshade.tif'));
    for (const r of [slope, aspect, shade]) {
      expect(r.geo).toEqual(input.geo);
      expect(r.nodata).toBe(-9999);
      expect(r.info.sampleType).toBe('Float32');
      expect(r.info.compression).toBe('Deflate');
    }
    // gdaldem slope/aspect -alg Horn -compute_edges (../shared/reference/README.md): slope
    // within 0.01° everywhere, aspect within 0.01° where slope > 5°, same nodata cells.
    let worstSlope = 0;
    let worstAspect = 0;
    for (let i = 0; i < slope.data.length; i++) {
      const s = slope.data[i] as number;
      const g = gdal.slope.data[i] as number;
      expect(Number.isNaN(s)).toBe(Number.isNaN(g));
      if (Number.isNaN(s)) continue;
      worstSlope = Math.max(worstSlope, Math.abs(s - g));
      if (s > 5) {
        const d = Math.abs((aspect.data[i] as number) - (gdal.aspect.data[i] as number)) % 360;
        worstAspect = Math.max(worstAspect, Math.min(d, 360 - d));
      }
    }
    expect(worstSlope).toBeLessThan(0.01);
    expect(worstAspect).toBeLessThan(0.01);
  });

  it('requires --out (usage error, exit 2)', async () => {
    const { code, stderr } = await cli('terrain', mosaic);
    expect(code).toBe(2);
    expect(stderr).toBe('gisement terrain: terrain: --out <dir> is required\n');
  });
});

describe('bad input: exit 1 and one line naming the file and the reason', () => {
  async function expectFailure(file: string, reason: RegExp, out = join(work, 'bad-out')) {
    const { code, stderr } = await cli('terrain', file, '--out', out, '--quiet');
    expect(code).toBe(1);
    expect(stderr.split('\n')).toHaveLength(2); // one line + the final newline
    expect(stderr).toContain(file.startsWith(work) ? file : out);
    expect(stderr).toMatch(reason);
  }
  const bytes = () => readFile(mosaic).then((b) => new Uint8Array(b));

  it('not a TIFF', async () => {
    const file = join(work, 'notes.tif');
    await writeFile(file, 'elevation,x,y\n1,2,3\n');
    await expectFailure(file, /not a TIFF/);
  });

  it('truncated TIFF', async () => {
    const file = join(work, 'truncated.tif');
    await writeFile(file, (await bytes()).subarray(0, 4000));
    await expectFailure(file, /truncated|corrupt/);
  });

  it('unsupported compression (JPEG)', async () => {
    const file = join(work, 'jpeg.tif');
    await writeFile(file, withShortTag(await bytes(), 259, 7)); // TIFF tag 259 Compression = 7 (JPEG)
    await expectFailure(file, /unsupported compression JPEG/);
  });

  it('unsupported sample format (complex integer)', async () => {
    const file = join(work, 'complex.tif');
    await writeFile(file, withShortTag(await bytes(), 339, 5)); // tag 339 SampleFormat = 5 (complex int)
    await expectFailure(file, /unsupported sample format/);
  });

  it('no georeferencing', async () => {
    const file = join(work, 'plain.tif');
    // Hide ModelPixelScale (33550), ModelTiepoint (33922) and GeoKeyDirectory (34735).
    let b = withTagRenamed(await bytes(), 33550, 33551);
    b = withTagRenamed(b, 33922, 33923);
    b = withTagRenamed(b, 34735, 34730);
    await writeFile(file, b);
    await expectFailure(file, /georeferenc/);
  });

  it('every cell nodata', async () => {
    const file = join(work, 'empty.tif');
    const geo = { originX: 770500, originY: 6277600, cellSizeX: 0.5, cellSizeY: 0.5, epsg: 2154 };
    const band = new Float32Array(64).fill(Number.NaN);
    await writeFile(file, encodeGeoTiff({ bands: [band], width: 8, height: 8, geo }));
    await expectFailure(file, /every cell is nodata/);
  });

  it('file not found', async () => {
    await expectFailure(join(work, 'missing.tif'), /file not found/);
  });

  it('unwritable output directory', async () => {
    const blocker = join(work, 'a-file');
    await copyFile(mosaic, blocker);
    await expectFailure(mosaic, /cannot write the output directory/, join(blocker, 'out'));
  });

  it('unknown command is a usage error', async () => {
    const { code, stderr } = await cli('slope', mosaic);
    expect(code).toBe(2);
    expect(stderr).toMatch(/unknown command "slope"/);
  });
});
