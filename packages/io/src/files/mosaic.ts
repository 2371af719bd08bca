import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { GeoRef } from '@gisement/core';
import { GeoTiffError } from '../geotiff/errors.js';
import type { GeoTiffInfo, RasterRead } from '../geotiff/types.js';
import { readGeoTiffFile, readGeoTiffFileInfo } from './read-file.js';

/** A rectangle in CRS units. */
export interface CrsWindow {
  minX: number;
  minY: number;
  maxX: number;
  maxY: number;
}

/** Options of {@link readMosaic}. */
export interface ReadMosaicOptions {
  /** Part of the mosaic to read [CRS units], snapped outwards to whole cells; the union of the tiles when absent. */
  window?: CrsWindow;
}

/** Relative tolerance on cell sizes and on grid offsets [cells] for tiles to count as one grid. */
const GRID_TOLERANCE = 1e-6;

/** A tile placed on the mosaic grid: its first column/row in mosaic cells. */
interface PlacedTile {
  path: string;
  info: GeoTiffInfo;
  col: number;
  row: number;
}

/** @throws GeoTiffError naming the tile when it is not on the reference tile's grid. */
function placeTile(path: string, info: GeoTiffInfo, ref: { path: string; geo: GeoRef }): PlacedTile {
  const { geo } = info;
  if (geo.epsg !== ref.geo.epsg) {
    throw new GeoTiffError(
      path,
      `CRS EPSG:${geo.epsg} differs from EPSG:${ref.geo.epsg} of ${ref.path}; tiles of a mosaic must share one CRS`,
    );
  }
  const sameSize = (a: number, b: number) => Math.abs(a - b) <= GRID_TOLERANCE * b;
  if (!sameSize(geo.cellSizeX, ref.geo.cellSizeX) || !sameSize(geo.cellSizeY, ref.geo.cellSizeY)) {
    throw new GeoTiffError(
      path,
      `cell size ${geo.cellSizeX} × ${geo.cellSizeY} differs from ${ref.geo.cellSizeX} × ${ref.geo.cellSizeY} of ${ref.path}; tiles of a mosaic must share one cell size`,
    );
  }
  const colOffset = (geo.originX - ref.geo.originX) / ref.geo.cellSizeX;
  const rowOffset = (ref.geo.originY - geo.originY) / ref.geo.cellSizeY;
  const col = Math.round(colOffset);
  const row = Math.round(rowOffset);
  if (Math.abs(colOffset - col) > GRID_TOLERANCE || Math.abs(rowOffset - row) > GRID_TOLERANCE) {
    throw new GeoTiffError(
      path,
      `grid not aligned with ${ref.path}: origin (${geo.originX}, ${geo.originY}) is ${(colOffset - Math.floor(colOffset)).toFixed(3)} cell in x and ${(rowOffset - Math.floor(rowOffset)).toFixed(3)} cell in y off that grid (cell ${ref.geo.cellSizeX} × ${ref.geo.cellSizeY}); resample one of them (e.g. IGN's pixel-centred grid vs a pixel-edge grid)`,
    );
  }
  return { path, info, col, row };
}

/** Cells [col0, col1) × [row0, row1) of the reference grid covered by a CRS window, snapped outwards. */
function windowCells(window: CrsWindow, ref: GeoRef): { col0: number; row0: number; col1: number; row1: number } {
  const { minX, minY, maxX, maxY } = window;
  if (![minX, minY, maxX, maxY].every(Number.isFinite) || !(maxX > minX) || !(maxY > minY)) {
    throw new RangeError(`mosaic window must have minX < maxX and minY < maxY, got ${JSON.stringify(window)}`);
  }
  return {
    col0: Math.floor((minX - ref.originX) / ref.cellSizeX + GRID_TOLERANCE),
    col1: Math.ceil((maxX - ref.originX) / ref.cellSizeX - GRID_TOLERANCE),
    row0: Math.floor((ref.originY - maxY) / ref.cellSizeY + GRID_TOLERANCE),
    row1: Math.ceil((ref.originY - minY) / ref.cellSizeY - GRID_TOLERANCE),
  };
}

/**
 * Read GeoTIFF tiles that lie on one grid (e.g. IGN LiDAR HD 1 km tiles) as one raster.
 *
 * Only tiles that intersect the window are decoded, and only their part inside it. All tiles
 * must share the CRS and cell size and be aligned on one grid (offsets whole cells); gaps
 * between tiles and parts of the window outside every tile are `NaN`. Where tiles overlap, a
 * later tile's valid cells replace an earlier tile's (as `gdalbuildvrt` orders sources).
 * Band 1 of each tile is read.
 *
 * @param paths tile files
 * @param options `window` [CRS units]: part to read, snapped outwards to whole cells
 * @returns the mosaic (or window) with nodata → NaN; `nodata` is the tiles' common nodata
 *   value (or `null` when they differ), `info` describes the whole mosaic
 * @throws GeoTiffError naming the offending tile (CRS, cell size, alignment, unreadable), or
 *   when the window intersects no tile
 * @example const dsm = await readMosaic(await listTiles('tiles', /^DSM_.*\.tif$/), { window: { minX: 770520, minY: 6277520, maxX: 770580, maxY: 6277580 } });
 */
export async function readMosaic(paths: string[], options: ReadMosaicOptions = {}): Promise<RasterRead> {
  if (paths.length === 0) throw new RangeError('readMosaic needs at least one tile');
  const infos = await Promise.all(paths.map((path) => readGeoTiffFileInfo(path)));
  const ref = { path: paths[0], geo: infos[0].geo };
  const tiles = paths.map((path, i) => placeTile(path, infos[i], ref));

  let unionCol0 = Infinity;
  let unionRow0 = Infinity;
  let unionCol1 = -Infinity;
  let unionRow1 = -Infinity;
  for (const t of tiles) {
    unionCol0 = Math.min(unionCol0, t.col);
    unionRow0 = Math.min(unionRow0, t.row);
    unionCol1 = Math.max(unionCol1, t.col + t.info.width);
    unionRow1 = Math.max(unionRow1, t.row + t.info.height);
  }
  const { col0, row0, col1, row1 } = options.window
    ? windowCells(options.window, ref.geo)
    : { col0: unionCol0, row0: unionRow0, col1: unionCol1, row1: unionRow1 };
  const width = col1 - col0;
  const height = row1 - row0;
  const hits = tiles.filter(
    (t) => t.col < col1 && t.col + t.info.width > col0 && t.row < row1 && t.row + t.info.height > row0,
  );
  const label = `mosaic of ${paths.length} tile${paths.length > 1 ? 's' : ''} (${paths[0]}${paths.length > 1 ? ', …' : ''})`;
  if (hits.length === 0) {
    throw new GeoTiffError(label, `window ${JSON.stringify(options.window)} intersects no tile`);
  }

  const data = new Float32Array(width * height).fill(Number.NaN);
  for (const t of hits) {
    const c0 = Math.max(col0, t.col);
    const r0 = Math.max(row0, t.row);
    const c1 = Math.min(col1, t.col + t.info.width);
    const r1 = Math.min(row1, t.row + t.info.height);
    const part = await readGeoTiffFile(t.path, {
      window: { col: c0 - t.col, row: r0 - t.row, width: c1 - c0, height: r1 - r0 },
    });
    const partWidth = c1 - c0;
    for (let r = 0; r < part.height; r++) {
      const src = r * partWidth;
      const dst = (r0 - row0 + r) * width + (c0 - col0);
      for (let c = 0; c < partWidth; c++) {
        const v = part.data[src + c];
        if (!Number.isNaN(v)) data[dst + c] = v;
      }
    }
  }

  const cellX = ref.geo.cellSizeX;
  const cellY = ref.geo.cellSizeY;
  const nodata = infos.every((info) => Object.is(info.nodata, infos[0].nodata)) ? infos[0].nodata : null;
  const first = infos[0];
  return {
    data,
    width,
    height,
    geo: {
      ...ref.geo,
      originX: ref.geo.originX + col0 * cellX,
      originY: ref.geo.originY - row0 * cellY,
    },
    nodata,
    file: label,
    info: {
      ...first,
      width: unionCol1 - unionCol0,
      height: unionRow1 - unionRow0,
      bands: 1,
      nodata,
      geo: {
        ...ref.geo,
        originX: ref.geo.originX + unionCol0 * cellX,
        originY: ref.geo.originY - unionRow0 * cellY,
      },
    },
  };
}

/**
 * Files of a directory whose names match a pattern, as full paths sorted by name.
 * @param dir directory
 * @param pattern file-name filter (default: `.tif` / `.tiff`, any case)
 * @example await listTiles('tiles', /^DSM_.*\.tif$/)
 */
export async function listTiles(dir: string, pattern: RegExp = /\.tiff?$/i): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  return entries
    .filter((e) => e.isFile() && pattern.test(e.name))
    .map((e) => join(dir, e.name))
    .sort();
}
