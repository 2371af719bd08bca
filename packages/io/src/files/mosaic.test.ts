/**
 * Mosaics of IGN LiDAR HD tiles: the six Montpellier DSM tiles read as one must equal the
 * mosaic GDAL made of them (../shared/data/montpellier-lidarhd/PROVENANCE.md: gdalbuildvrt +
 * gdal_translate, "values identical to the tiles"), cell for cell.
 */
import { basename } from 'node:path';
import { GeoTiffError } from '@gisement/io';
import { listTiles, readGeoTiffFile, readMosaic } from '@gisement/io/node';
import { describe, expect, it } from 'vitest';
import { firstDifference, gdalinfoJson, RUN_GDAL_TESTS, SHARED_DIR } from '../testing/support.js';

const DATA = `${SHARED_DIR}data/montpellier-lidarhd/`;
const MOSAIC = `${DATA}montpellier_DSM_0m50_mosaic.tif`;
const SHIFTED = `${DATA}head_version/DSM_77055_627760_LA93_IGN69_50CM_gridshift.tif`;
const dsmTiles = () => listTiles(`${DATA}tiles`, /^DSM_.*\.tif$/);

describe('listTiles', () => {
  it('lists the six DSM tiles, sorted, as full paths', async () => {
    const tiles = await dsmTiles();
    expect(tiles.map((t) => basename(t))).toEqual([
      'DSM_77050_627755_LA93_IGN69_50CM.tif',
      'DSM_77050_627760_LA93_IGN69_50CM.tif',
      'DSM_77055_627755_LA93_IGN69_50CM.tif',
      'DSM_77055_627760_LA93_IGN69_50CM.tif',
      'DSM_77060_627755_LA93_IGN69_50CM.tif',
      'DSM_77060_627760_LA93_IGN69_50CM.tif',
    ]);
    expect((await listTiles(`${DATA}tiles`)).length).toBe(18);
  });
});

describe('readMosaic', () => {
  it('the six tiles read as one equal the GDAL mosaic, georef and every cell (NaN included)', async () => {
    const mosaic = await readGeoTiffFile(MOSAIC);
    const tiles = await dsmTiles();
    const ours = await readMosaic(tiles);
    expect([ours.width, ours.height]).toEqual([mosaic.width, mosaic.height]);
    expect(ours.geo).toEqual(mosaic.geo);
    expect(ours.nodata).toBe(-9999);
    expect(firstDifference(ours.data, mosaic.data)).toBe(-1);
    expect(ours.info).toMatchObject({ width: 300, height: 200, epsg: 2154, geo: mosaic.geo });
    // The order of the tiles does not matter (they do not overlap).
    const reversed = await readMosaic([...tiles].reverse());
    expect(firstDifference(reversed.data, mosaic.data)).toBe(-1);
  });

  it.each(['DTM', 'DHM'])('the six %s tiles read as one equal their GDAL mosaic too', async (kind) => {
    const mosaic = await readGeoTiffFile(`${DATA}montpellier_${kind}_0m50_mosaic.tif`);
    const ours = await readMosaic(await listTiles(`${DATA}tiles`, new RegExp(`^${kind}_.*\\.tif$`)));
    expect(ours.geo).toEqual(mosaic.geo);
    expect(firstDifference(ours.data, mosaic.data)).toBe(-1);
  });

  it.each([
    ['2 tiles (across x = 770550)', { minX: 770530, minY: 6277560, maxX: 770575, maxY: 6277590 }],
    ['4 tiles (around the corner 770550, 6277550)', { minX: 770520.5, minY: 6277510, maxX: 770590, maxY: 6277577.5 }],
    ['3 tiles in a row (across both vertical seams)', { minX: 770510, minY: 6277580, maxX: 770640, maxY: 6277595 }],
    [
      'all 6 tiles, snapped outwards from non-grid bounds',
      { minX: 770500.2, minY: 6277500.3, maxX: 770649.9, maxY: 6277599.6 },
    ],
  ])('a window over %s equals the same window of the mosaic', async (_name, window) => {
    const tiles = await dsmTiles();
    const ours = await readMosaic(tiles, { window });
    const col = Math.floor((window.minX - 770500) / 0.5);
    const row = Math.floor((6277600 - window.maxY) / 0.5);
    const width = Math.ceil((window.maxX - 770500) / 0.5) - col;
    const height = Math.ceil((6277600 - window.minY) / 0.5) - row;
    const expected = await readGeoTiffFile(MOSAIC, { window: { col, row, width, height } });
    expect(ours.geo).toEqual(expected.geo);
    expect([ours.width, ours.height]).toEqual([width, height]);
    expect(firstDifference(ours.data, expected.data)).toBe(-1);
  });

  it('reads only the tiles the window touches: a window inside one tile equals that tile', async () => {
    const tiles = await dsmTiles();
    const ours = await readMosaic(tiles, {
      window: { minX: 770555, minY: 6277555, maxX: 770595, maxY: 6277595 },
    });
    const tile = await readGeoTiffFile(`${DATA}tiles/DSM_77055_627760_LA93_IGN69_50CM.tif`, {
      window: { col: 10, row: 10, width: 80, height: 80 },
    });
    expect(ours.geo).toEqual(tile.geo);
    expect(firstDifference(ours.data, tile.data)).toBe(-1);
  });

  it('fills gaps between tiles and outside them with NaN', async () => {
    const tiles = await dsmTiles();
    // Two diagonal tiles: the other two quadrants of their bounding box are gaps.
    const ours = await readMosaic([tiles[1], tiles[2]]);
    expect([ours.width, ours.height]).toEqual([200, 200]);
    const nw = await readGeoTiffFile(tiles[1]);
    expect(ours.geo).toEqual(nw.geo);
    let nanInGaps = 0;
    for (let r = 0; r < 100; r++) {
      for (let c = 100; c < 200; c++) if (Number.isNaN(ours.data[r * 200 + c])) nanInGaps++;
      for (let c = 0; c < 100; c++) if (Number.isNaN(ours.data[(r + 100) * 200 + c])) nanInGaps++;
    }
    expect(nanInGaps).toBe(2 * 100 * 100);
    // A window reaching past the mosaic's east edge: NaN beyond it.
    const edge = await readMosaic(tiles, {
      window: { minX: 770640, minY: 6277590, maxX: 770660, maxY: 6277600 },
    });
    expect(edge.width).toBe(40);
    for (let r = 0; r < edge.height; r++) {
      expect(edge.data.subarray(r * 40 + 20, r * 40 + 40).every(Number.isNaN)).toBe(true);
    }
  });

  it("refuses IGN's half-pixel-shifted tile mixed with the others, naming it", async () => {
    const tiles = await dsmTiles();
    const error = await readMosaic([...tiles, SHIFTED]).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GeoTiffError);
    expect((error as GeoTiffError).file).toBe(SHIFTED);
    expect((error as GeoTiffError).message).toBe(
      `${SHIFTED}: grid not aligned with ${tiles[0]}: origin (770549.75, 6277600.25) is 0.500 cell in x and 0.500 cell in y off that grid (cell 0.5 × 0.5); resample one of them (e.g. IGN's pixel-centred grid vs a pixel-edge grid)`,
    );
  });

  it('refuses a window that touches no tile', async () => {
    await expect(readMosaic(await dsmTiles(), { window: { minX: 0, minY: 0, maxX: 10, maxY: 10 } })).rejects.toThrow(
      /intersects no tile$/,
    );
  });

  it('refuses tiles of different cell sizes or CRSs', async () => {
    const tiles = await dsmTiles();
    const bilbao = `${SHARED_DIR}data/bilbao-pnoa-lidar/DEM.tif`;
    await expect(readMosaic([tiles[0], bilbao])).rejects.toThrow(
      `${bilbao}: CRS EPSG:25830 differs from EPSG:2154 of ${tiles[0]}`,
    );
    const rotterdamDsm = `${SHARED_DIR}data/rotterdam-ahn-3dbag/dsm_rotterdam.tif`;
    const rotterdamDem = `${SHARED_DIR}data/rotterdam-ahn-3dbag/dem_rotterdam.tif`;
    // Same CRS and cell size, same grid: accepted (the later file wins where both have data).
    const both = await readMosaic([rotterdamDsm, rotterdamDem]);
    const dem = await readGeoTiffFile(rotterdamDem);
    expect(firstDifference(both.data, dem.data)).toBe(-1);
    expect(both.nodata).toBeNull();
  });

  it.runIf(RUN_GDAL_TESTS)('the shifted tile georef equals gdalinfo of that file', async () => {
    const gdal = gdalinfoJson(SHIFTED);
    const ours = await readGeoTiffFile(SHIFTED);
    expect([ours.geo.originX, ours.geo.cellSizeX, 0, ours.geo.originY, 0, -ours.geo.cellSizeY]).toEqual(
      gdal.geoTransform,
    );
    expect(gdal.geoTransform).toEqual([770549.75, 0.5, 0, 6277600.25, 0, -0.5]);
    expect(ours.geo.epsg).toBe(gdal.stac?.['proj:epsg']);
  });
});
