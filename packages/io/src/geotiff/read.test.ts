/**
 * Reading the shared real GeoTIFFs, checked against GDAL.
 *
 * Expected facts per file come from GDAL 3.6.2 on this repository's shared data:
 *   size, geoTransform, EPSG, type, nodata:
 *     gdalinfo -json <file>   (fields size, geoTransform, stac["proj:epsg"], bands[0].type/noDataValue)
 *   compression / predictor: gdalinfo -json <file> → metadata.IMAGE_STRUCTURE
 *   nodata count, exact min/max and mean of valid cells:
 *     /usr/bin/python3 -c "from osgeo import gdal; import numpy as np; b=gdal.Open(F).GetRasterBand(1);
 *       a=b.ReadAsArray().astype('float64'); nd=b.GetNoDataValue(); m=a!=nd if nd is not None else np.ones(a.shape,bool);
 *       print(int((~m).sum()), a[m].min(), a[m].max(), a[m].mean())"
 */
import { readFile } from 'node:fs/promises';
import { readGeoTiff } from '@gisement/io';
import { readGeoTiffFile, readGeoTiffFileInfo } from '@gisement/io/node';
import { describe, expect, it } from 'vitest';
import { firstDifference, SHARED_DIR } from '../testing/support.js';

const SHARED = `${SHARED_DIR}data/`;

interface GdalFacts {
  file: string;
  size: [number, number];
  geoTransform: [number, number, number, number, number, number];
  epsg: number;
  type: string;
  compression: string;
  predictor: number;
  nodata: number | null;
  nodataCount: number;
  min: number;
  max: number;
  mean: number;
}

const MONTPELLIER_TILE = {
  size: [100, 100],
  epsg: 2154,
  type: 'Float32',
  compression: 'none',
  predictor: 1,
  nodata: -9999,
} as const;

const FILES: GdalFacts[] = [
  {
    file: 'montpellier-lidarhd/montpellier_DSM_0m50_mosaic.tif',
    size: [300, 200],
    geoTransform: [770500, 0.5, 0, 6277600, 0, -0.5],
    epsg: 2154,
    type: 'Float32',
    compression: 'Deflate',
    predictor: 3,
    nodata: -9999,
    nodataCount: 39,
    min: 20.25,
    max: 43.22999954223633,
    mean: 24.728871780185308,
  },
  {
    ...MONTPELLIER_TILE,
    file: 'montpellier-lidarhd/tiles/DSM_77050_627755_LA93_IGN69_50CM.tif',
    geoTransform: [770500, 0.5, 0, 6277550, 0, -0.5],
    nodataCount: 4,
    min: 20.34253692626953,
    max: 43.22999954223633,
    mean: 30.17318989783108,
  },
  {
    ...MONTPELLIER_TILE,
    file: 'montpellier-lidarhd/tiles/DSM_77050_627760_LA93_IGN69_50CM.tif',
    geoTransform: [770500, 0.5, 0, 6277600, 0, -0.5],
    nodataCount: 0,
    min: 20.707651138305664,
    max: 37.24254608154297,
    mean: 22.841143538856507,
  },
  {
    ...MONTPELLIER_TILE,
    file: 'montpellier-lidarhd/tiles/DSM_77055_627755_LA93_IGN69_50CM.tif',
    geoTransform: [770550, 0.5, 0, 6277550, 0, -0.5],
    nodataCount: 4,
    min: 20.43747329711914,
    max: 38.59474563598633,
    mean: 24.794431414304615,
  },
  {
    ...MONTPELLIER_TILE,
    file: 'montpellier-lidarhd/tiles/DSM_77055_627760_LA93_IGN69_50CM.tif',
    geoTransform: [770550, 0.5, 0, 6277600, 0, -0.5],
    nodataCount: 0,
    min: 20.823976516723633,
    max: 39.36913299560547,
    mean: 24.442785511779785,
  },
  {
    ...MONTPELLIER_TILE,
    file: 'montpellier-lidarhd/tiles/DSM_77060_627755_LA93_IGN69_50CM.tif',
    geoTransform: [770600, 0.5, 0, 6277550, 0, -0.5],
    nodataCount: 16,
    min: 20.25,
    max: 32.21571350097656,
    mean: 22.882494853093075,
  },
  {
    ...MONTPELLIER_TILE,
    file: 'montpellier-lidarhd/tiles/DSM_77060_627760_LA93_IGN69_50CM.tif',
    geoTransform: [770600, 0.5, 0, 6277600, 0, -0.5],
    nodataCount: 15,
    min: 20.418989181518555,
    max: 34.16366958618164,
    mean: 23.236196199893712,
  },
  {
    ...MONTPELLIER_TILE,
    file: 'montpellier-lidarhd/head_version/DSM_77055_627760_LA93_IGN69_50CM_gridshift.tif',
    geoTransform: [770549.75, 0.5, 0, 6277600.25, 0, -0.5],
    nodataCount: 7,
    min: 20.823976516723633,
    max: 39.36913299560547,
    mean: 24.47741047154792,
  },
  {
    file: 'rotterdam-ahn-3dbag/dsm_rotterdam.tif',
    size: [343, 389],
    geoTransform: [91784, 1, 0, 437348, 0, -1],
    epsg: 28992,
    type: 'Float32',
    compression: 'none',
    predictor: 1,
    nodata: -3.4028234663852886e38,
    nodataCount: 0,
    min: -2.693584442138672,
    max: 72.59564208984375,
    mean: 4.148788813491454,
  },
  {
    file: 'rotterdam-ahn-3dbag/dem_rotterdam.tif',
    size: [343, 389],
    geoTransform: [91784, 1, 0, 437348, 0, -1],
    epsg: 28992,
    type: 'Float32',
    compression: 'none',
    predictor: 1,
    nodata: -9999,
    nodataCount: 0,
    min: -2.693584442138672,
    max: 0.3090757727622986,
    mean: -1.2664806575048384,
  },
  {
    file: 'bilbao-pnoa-lidar/DEM.tif',
    size: [680, 680],
    geoTransform: [499400, 5.001238375576373, 0, 4797200, 0, -4.99921326714487],
    epsg: 25830,
    type: 'Int16',
    compression: 'Deflate',
    predictor: 2,
    nodata: null,
    nodataCount: 0,
    min: -2,
    max: 103,
    mean: 20.84308607266436,
  },
  {
    file: 'bilbao-pnoa-lidar/BDSM.tif',
    size: [1359, 1359],
    geoTransform: [499400, 2.5020579790354796, 0, 4797200, 0, -2.5024088831617908],
    epsg: 25830,
    type: 'Int16',
    compression: 'Deflate',
    predictor: 2,
    nodata: null,
    nodataCount: 0,
    min: 0,
    max: 52,
    mean: 2.5788770364739255,
  },
];

function stats(data: Float32Array): {
  nodataCount: number;
  min: number;
  max: number;
  mean: number;
} {
  let nodataCount = 0;
  let min = Infinity;
  let max = -Infinity;
  let sum = 0;
  for (const v of data) {
    if (Number.isNaN(v)) nodataCount++;
    else {
      if (v < min) min = v;
      if (v > max) max = v;
      sum += v;
    }
  }
  return { nodataCount, min, max, mean: sum / (data.length - nodataCount) };
}

describe.each(FILES)('$file', (facts) => {
  const path = SHARED + facts.file;

  it('reads the grid, georef, CRS, nodata and values GDAL reports', async () => {
    const r = await readGeoTiffFile(path);
    const [x0, dx, , y0, , dy] = facts.geoTransform;
    expect([r.width, r.height]).toEqual(facts.size);
    expect(r.data).toBeInstanceOf(Float32Array);
    expect(r.data.length).toBe(facts.size[0] * facts.size[1]);
    expect(r.geo).toEqual({
      originX: x0,
      originY: y0,
      cellSizeX: dx,
      cellSizeY: -dy,
      epsg: facts.epsg,
    });
    expect(r.nodata).toBe(facts.nodata);
    expect(r.file).toBe(path);
    expect(r.info).toMatchObject({
      width: facts.size[0],
      height: facts.size[1],
      bands: 1,
      sampleType: facts.type,
      compression: facts.compression,
      predictor: facts.predictor,
      nodata: facts.nodata,
      epsg: facts.epsg,
      rasterType: 'area',
      geo: r.geo,
    });
    const s = stats(r.data);
    expect(s.nodataCount).toBe(facts.nodataCount);
    expect(s.min).toBe(facts.min);
    expect(s.max).toBe(facts.max);
    // numpy sums pairwise, we sum in order: the float64 means agree to rounding only.
    expect(s.mean).toBeCloseTo(facts.mean, 10);
  });

  it('reads a window equal to the same slice of the full read, with the window georef', async () => {
    const full = await readGeoTiffFile(path);
    const window = {
      col: 7,
      row: 11,
      width: Math.floor(full.width / 2),
      height: Math.floor(full.height / 3),
    };
    const part = await readGeoTiffFile(path, { window });
    expect([part.width, part.height]).toEqual([window.width, window.height]);
    expect(part.geo.originX).toBe(full.geo.originX + 7 * full.geo.cellSizeX);
    expect(part.geo.originY).toBe(full.geo.originY - 11 * full.geo.cellSizeY);
    for (let r = 0; r < window.height; r++) {
      const start = (window.row + r) * full.width + window.col;
      const row = part.data.subarray(r * window.width, (r + 1) * window.width);
      expect(firstDifference(row, full.data.subarray(start, start + window.width))).toBe(-1);
    }
  });

  it('decodes the same from an in-memory buffer (browser entry)', async () => {
    const bytes = await readFile(path);
    const fromBuffer = await readGeoTiff(
      bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength),
      {},
      facts.file,
    );
    const fromFile = await readGeoTiffFile(path);
    expect(firstDifference(fromBuffer.data, fromFile.data)).toBe(-1);
    expect(fromBuffer.geo).toEqual(fromFile.geo);
    expect(fromBuffer.info).toEqual(fromFile.info);
    expect(fromBuffer.file).toBe(facts.file);
  });

  it('reads the header facts alone', async () => {
    expect(await readGeoTiffFileInfo(path)).toEqual((await readGeoTiffFile(path)).info);
  });
});
