/**
 * The GeoTIFF writer: round trip through our reader, georeferencing tags identical to a file
 * GDAL wrote on the same grid (../shared/reference/montpellier/gdal/gdal_slope.tif, made by
 * `gdaldem slope` on the Montpellier DSM mosaic), and what gdalinfo reports of our files.
 */
import { spawnSync } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { GeoRef } from '@gisement/core';
import { CrsError, encodeGeoTiff, encodeGeoTiffAsync, GeoTiffError, readGeoTiff } from '@gisement/io';
import { readGeoTiffFile } from '@gisement/io/node';
import { zlibSync } from 'fflate';
import { fromArrayBuffer } from 'geotiff';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { firstDifference, gdalinfoJson, RUN_GDAL_TESTS, SHARED_DIR, toArrayBuffer } from '../testing/support.js';

const GDAL_SLOPE = `${SHARED_DIR}reference/montpellier/gdal/gdal_slope.tif`;
const LAMBERT93: GeoRef = {
  originX: 770500,
  originY: 6277600,
  cellSizeX: 0.5,
  cellSizeY: 0.5,
  epsg: 2154,
};

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'gisement-io-encode-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** A deterministic band with a NaN every 7th cell. */
function ramp(width: number, height: number, scale = 1): Float32Array {
  const data = new Float32Array(width * height);
  for (let i = 0; i < data.length; i++) data[i] = i % 7 === 3 ? Number.NaN : Math.fround(Math.sin(i) * 100 * scale);
  return data;
}

describe('round trip through our reader', () => {
  it.each([
    ['deflate strips', {}],
    ['uncompressed strips', { compress: 'none' as const }],
    ['deflate tiles of 16 (forced)', { tileSize: 16 }],
    ['uncompressed tiles of 32 (forced)', { tileSize: 32, compress: 'none' as const }],
    ['nodata -3.4028234663852886e38', { nodata: -3.4028234663852886e38 }],
  ])('%s: values, NaN, georef and nodata survive', async (_name, options) => {
    const width = 37;
    const height = 23;
    const band = ramp(width, height);
    const bytes = encodeGeoTiff({ bands: [band], width, height, geo: LAMBERT93 }, options);
    const r = await readGeoTiff(toArrayBuffer(bytes), {}, 'ours.tif');
    expect(r.geo).toEqual(LAMBERT93);
    expect(r.nodata).toBe(options.nodata ?? -9999);
    expect(r.info.sampleType).toBe('Float32');
    expect(r.info.tiled).toBe('tileSize' in options);
    expect(firstDifference(r.data, band)).toBe(-1);
  });

  it.each([
    ['deflate tiles of 16, 2 bands', { tileSize: 16 }],
    ['uncompressed strips', { compress: 'none' as const }],
  ])('encodeGeoTiffAsync writes the same bytes as encodeGeoTiff with the same zlib (%s)', async (_name, options) => {
    const raster = { bands: [ramp(53, 41), ramp(53, 41, 2)], width: 53, height: 41, geo: LAMBERT93 };
    // Asynchronous like Node's zlib: blocks resolve out of order.
    let calls = 0;
    const deflate = (raw: Uint8Array) =>
      new Promise<Uint8Array>((resolve) => {
        const out = zlibSync(raw, { level: 6 });
        setTimeout(() => resolve(out), calls++ % 3);
      });
    const bytes = await encodeGeoTiffAsync(raster, deflate, options);
    expect(firstDifference(bytes, encodeGeoTiff(raster, options))).toBe(-1);
    expect(calls).toBe(options.compress === 'none' ? 0 : 2 * 4 * 3);
  });

  it('several bands, each readable by band number, with a window', async () => {
    const width = 40;
    const height = 30;
    const bands = [ramp(width, height, 1), ramp(width, height, 2), ramp(width, height, 3)];
    const bytes = encodeGeoTiff({ bands, width, height, geo: LAMBERT93 }, { tileSize: 16, bandNames: ['a', 'b', 'c'] });
    for (let b = 0; b < 3; b++) {
      const r = await readGeoTiff(toArrayBuffer(bytes), { band: b + 1 });
      expect(r.info.bands).toBe(3);
      expect(firstDifference(r.data, bands[b])).toBe(-1);
      const part = await readGeoTiff(toArrayBuffer(bytes), {
        band: b + 1,
        window: { col: 5, row: 17, width: 20, height: 13 },
      });
      expect(firstDifference(part.data.subarray(0, 20), bands[b].subarray(17 * width + 5, 17 * width + 25))).toBe(-1);
    }
  });

  it('tiles automatically above 1024 × 1024 cells, in 256 × 256 tiles', async () => {
    const width = 1100;
    const height = 1000;
    const band = ramp(width, height);
    const r = await readGeoTiff(toArrayBuffer(encodeGeoTiff({ bands: [band], width, height, geo: LAMBERT93 })));
    expect(r.info).toMatchObject({
      tiled: true,
      blockWidth: 256,
      blockHeight: 256,
      compression: 'Deflate',
    });
    expect(firstDifference(r.data, band)).toBe(-1);
  });

  it('a geographic raster (EPSG:4326) and one without CRS', async () => {
    const geo: GeoRef = {
      originX: 3.8,
      originY: 43.6,
      cellSizeX: 1e-5,
      cellSizeY: 1e-5,
      epsg: 4326,
    };
    const r = await readGeoTiff(toArrayBuffer(encodeGeoTiff({ bands: [ramp(4, 3)], width: 4, height: 3, geo })));
    expect(r.geo).toEqual(geo);
    const none = await readGeoTiff(
      toArrayBuffer(encodeGeoTiff({ bands: [ramp(4, 3)], width: 4, height: 3, geo: { ...geo, epsg: null } })),
    );
    expect(none.geo.epsg).toBeNull();
  });

  it('the shared GDAL slope re-encoded by us reads back identical', async () => {
    const slope = await readGeoTiffFile(GDAL_SLOPE);
    const bytes = encodeGeoTiff({
      bands: [slope.data],
      width: slope.width,
      height: slope.height,
      geo: slope.geo,
    });
    const again = await readGeoTiff(toArrayBuffer(bytes));
    expect(again.geo).toEqual(slope.geo);
    expect(firstDifference(again.data, slope.data)).toBe(-1);
  });
});

describe('known-good header: georeferencing tags equal those GDAL wrote on the same grid', () => {
  it('ModelPixelScale, ModelTiepoint, GeoKey EPSG entries and GDAL_NODATA match gdal_slope.tif', async () => {
    const reference = await (await fromArrayBuffer(toArrayBuffer(await readFile(GDAL_SLOPE)))).getImage(0);
    const slope = await readGeoTiffFile(GDAL_SLOPE);
    const ours = await (
      await fromArrayBuffer(
        toArrayBuffer(
          encodeGeoTiff({
            bands: [slope.data],
            width: slope.width,
            height: slope.height,
            geo: slope.geo,
          }),
        ),
      )
    ).getImage(0);
    const tags = [
      'ModelPixelScale',
      'ModelTiepoint',
      'GDAL_NODATA',
      'ImageWidth',
      'ImageLength',
      'SampleFormat',
      'BitsPerSample',
    ] as const;
    for (const tag of tags) {
      expect(ours.fileDirectory.getValue(tag), tag).toEqual(reference.fileDirectory.getValue(tag));
    }
    const keys = (image: typeof ours) => {
      const { GTModelTypeGeoKey, GTRasterTypeGeoKey, ProjectedCSTypeGeoKey, ProjLinearUnitsGeoKey } =
        image.getGeoKeys() ?? {};
      return {
        GTModelTypeGeoKey,
        GTRasterTypeGeoKey,
        ProjectedCSTypeGeoKey,
        ProjLinearUnitsGeoKey,
      };
    };
    expect(keys(reference)).toEqual({
      GTModelTypeGeoKey: 1,
      GTRasterTypeGeoKey: 1,
      ProjectedCSTypeGeoKey: 2154,
      ProjLinearUnitsGeoKey: 9001,
    });
    expect(keys(ours)).toEqual(keys(reference));
  });
});

describe.runIf(RUN_GDAL_TESTS)('gdalinfo reads our files with the right CRS, extent and nodata', () => {
  it.each([
    ['strips, deflate, 2 named bands', { bandNames: ['slope (°)', 'a & b <c>'] }, 2],
    ['tiles of 128', { tileSize: 128 }, 1],
    ['uncompressed, nodata -32768', { compress: 'none' as const, nodata: -32768 }, 1],
  ])('%s', async (name, options, bandCount) => {
    const slope = await readGeoTiffFile(GDAL_SLOPE);
    const bands = Array.from({ length: bandCount }, () => slope.data);
    const path = join(dir, `${name.replace(/[^a-z0-9]+/gi, '_')}.tif`);
    await writeFile(path, encodeGeoTiff({ bands, width: slope.width, height: slope.height, geo: slope.geo }, options));
    const ours = gdalinfoJson(path);
    const reference = gdalinfoJson(GDAL_SLOPE);
    expect(ours.size).toEqual(reference.size);
    expect(ours.geoTransform).toEqual(reference.geoTransform);
    expect(ours.stac?.['proj:epsg']).toBe(2154);
    expect(ours.metadata?.['']?.AREA_OR_POINT).toBe('Area');
    expect(ours.bands).toHaveLength(bandCount);
    for (const [i, band] of ours.bands.entries()) {
      expect(band.type).toBe('Float32');
      expect(band.noDataValue).toBe(options.nodata ?? -9999);
      if (options.bandNames) expect(band.description).toBe(options.bandNames[i]);
    }
    if (options.tileSize) expect(ours.bands[0].block).toEqual([128, 128]);
  });

  it.each([
    ['strips', {}],
    ['tiles of 64 (edge tiles padded)', { tileSize: 64 }],
  ])('GDAL decodes our Deflate + floating-point predictor (%s) to the same values', async (name, options) => {
    const slope = await readGeoTiffFile(GDAL_SLOPE);
    const bands = [slope.data, ramp(slope.width, slope.height)];
    const ours = join(dir, `predictor-${name.replace(/[^a-z0-9]+/gi, '_')}.tif`);
    await writeFile(ours, encodeGeoTiff({ bands, width: slope.width, height: slope.height, geo: slope.geo }, options));
    expect(gdalinfoJson(ours).metadata?.IMAGE_STRUCTURE).toMatchObject({
      COMPRESSION: 'DEFLATE',
      PREDICTOR: '3',
    });
    const plain = join(dir, `plain-${name.replace(/[^a-z0-9]+/gi, '_')}.tif`);
    const run = spawnSync('gdal_translate', ['-q', '-co', 'COMPRESS=NONE', ours, plain], {
      encoding: 'utf8',
    });
    expect(run.status, run.stderr).toBe(0);
    for (const [i, band] of bands.entries()) {
      const decoded = await readGeoTiffFile(plain, { band: i + 1 });
      expect(decoded.info.compression).toBe('none');
      expect(firstDifference(decoded.data, band)).toBe(-1);
    }
  });

  it('a WGS 84 raster: EPSG:4326 and its geotransform', async () => {
    const geo: GeoRef = {
      originX: 3.8,
      originY: 43.6,
      cellSizeX: 0.25,
      cellSizeY: 0.125,
      epsg: 4326,
    };
    const path = join(dir, 'wgs84.tif');
    await writeFile(path, encodeGeoTiff({ bands: [ramp(8, 4)], width: 8, height: 4, geo }));
    const info = gdalinfoJson(path);
    expect(info.stac?.['proj:epsg']).toBe(4326);
    expect(info.geoTransform).toEqual([3.8, 0.25, 0, 43.6, 0, -0.125]);
  });
});

describe('refusals', () => {
  const geo = LAMBERT93;
  it('band length that does not match the size', () => {
    expect(() => encodeGeoTiff({ bands: [new Float32Array(5)], width: 2, height: 3, geo })).toThrow(
      new GeoTiffError('<encoded GeoTIFF>', 'band 1 has 5 cells, expected 2 × 3 = 6'),
    );
  });
  it('a tile size that is not a multiple of 16', () => {
    expect(() => encodeGeoTiff({ bands: [new Float32Array(4)], width: 2, height: 2, geo }, { tileSize: 100 })).toThrow(
      /tile size must be a positive multiple of 16/,
    );
  });
  it('band names that do not match the bands', () => {
    expect(() =>
      encodeGeoTiff({ bands: [new Float32Array(4)], width: 2, height: 2, geo }, { bandNames: ['a', 'b'] }),
    ).toThrow(/2 band names for 1 bands/);
  });
  it('a nodata value Float32 cannot hold', () => {
    expect(() => encodeGeoTiff({ bands: [new Float32Array(4)], width: 2, height: 2, geo }, { nodata: 0.1 })).toThrow(
      /not exactly representable as Float32/,
    );
  });
  it('a CRS we cannot name in GeoKeys', () => {
    expect(() =>
      encodeGeoTiff({
        bands: [new Float32Array(4)],
        width: 2,
        height: 2,
        geo: { ...geo, epsg: 2056 },
      }),
    ).toThrow(CrsError);
  });
  it('more than 4 GB (no BigTIFF)', () => {
    // 300 bands × 1900 × 1900 Float32 = 4.33 GB; one band array shared so the test needs 14 MB.
    const band = new Float32Array(1900 * 1900);
    expect(() =>
      encodeGeoTiff({ bands: new Array(300).fill(band), width: 1900, height: 1900, geo }, { compress: 'none' }),
    ).toThrow(/exceeds the 4 GB limit of classic TIFF \(BigTIFF is not written\)/);
  });
});
