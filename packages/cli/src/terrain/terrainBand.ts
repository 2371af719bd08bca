/**
 * One row band of `gisement terrain`: Horn slope and aspect and the hillshade of the band's rows,
 * computed from the band plus one row of context above and below, so that the result is the
 * same as on the whole raster whatever the banding (Horn's window is 3 × 3).
 */
import { type CellSpacing, type Grid, hillshade, hornSlopeAspect } from '@gisement/core';
import type { RowBand } from '../solar/rowBands.js';

/** Rows of context each side of a band that Horn's 3 × 3 window reads. */
export const TERRAIN_HALO_ROWS = 1;

/** The rasters `gisement terrain` writes, one value per DSM cell, row 0 = north. */
export interface TerrainRasters {
  /** Slope [degrees from horizontal]. */
  slopeDeg: Float32Array;
  /** Aspect [degrees clockwise from north], NaN where flat. */
  aspectDeg: Float32Array;
  /** gdaldem's default hillshade (azimuth 315°, altitude 45°), 1–255. */
  hillshade: Float32Array;
}

/** What every band reads and writes: the whole DSM and outputs (SharedArrayBuffers in workers). */
export interface TerrainShared {
  /** The DSM [m], NaN = nodata. */
  dsm: Grid;
  /** Ground cell size of the whole DSM. */
  spacing: CellSpacing;
  /** Outputs of the whole DSM, written band by band. */
  out: TerrainRasters;
}

/** Allocate the three rasters for `cells` cells, in shared memory when `shared`. */
export function allocateTerrainRasters(cells: number, shared: boolean): TerrainRasters {
  const raster = () =>
    shared ? new Float32Array(new SharedArrayBuffer(cells * Float32Array.BYTES_PER_ELEMENT)) : new Float32Array(cells);
  return { slopeDeg: raster(), aspectDeg: raster(), hillshade: raster() };
}

/**
 * Compute the core rows of one band into the shared outputs. A band with context rows is
 * computed into `scratch` (rasters of at least its rows read × width cells), then its core rows
 * copied; a band without (the whole raster) is computed in place.
 * @param shared the DSM, its spacing and the outputs
 * @param band rows to compute and rows to read ({@link TERRAIN_HALO_ROWS} each side)
 * @param scratch reusable rasters for banded work; unused for a whole-raster band
 */
export function computeTerrainBand(shared: TerrainShared, band: RowBand, scratch: TerrainRasters | null): void {
  const { dsm, spacing, out } = shared;
  const { width } = dsm;
  const rows = band.haloEnd - band.haloStart;
  const grid: Grid = { data: dsm.data.subarray(band.haloStart * width, band.haloEnd * width), width, height: rows };
  const { cellSizeXM, cellSizeYM } = spacing;
  const bandSpacing: CellSpacing = {
    cellSizeXM: typeof cellSizeXM === 'number' ? cellSizeXM : cellSizeXM.subarray(band.haloStart, band.haloEnd),
    cellSizeYM,
  };
  const rowsOf = (r: TerrainRasters, first: number, count: number): TerrainRasters => ({
    slopeDeg: r.slopeDeg.subarray(first * width, (first + count) * width),
    aspectDeg: r.aspectDeg.subarray(first * width, (first + count) * width),
    hillshade: r.hillshade.subarray(first * width, (first + count) * width),
  });
  const inPlace = band.haloStart === band.coreStart && band.haloEnd === band.coreEnd;
  if (!inPlace && scratch === null) {
    throw new Error('computeTerrainBand: a band with context rows needs scratch rasters');
  }
  const target = inPlace ? rowsOf(out, band.coreStart, rows) : rowsOf(scratch as TerrainRasters, 0, rows);
  hornSlopeAspect(grid, bandSpacing, target);
  hillshade(grid, bandSpacing, target.hillshade);
  if (inPlace) return;
  const own = rowsOf(target, band.coreStart - band.haloStart, band.coreEnd - band.coreStart);
  out.slopeDeg.set(own.slopeDeg, band.coreStart * width);
  out.aspectDeg.set(own.aspectDeg, band.coreStart * width);
  out.hillshade.set(own.hillshade, band.coreStart * width);
}
