import {
  type CellSpacing,
  createIrradiationOutput,
  type Grid,
  type IrradiationOutput,
  type SunMap,
} from '@gisement/core';
import { runSolarTiles } from '../workers/solarTilePool.js';
import { planRowBands, type RowBand } from './rowBands.js';
import type { SolarTileResult } from './solarTile.js';

/** Options of {@link solarRasters}. */
export interface SolarRasterOptions {
  /** The run's sun map (`buildSunMap` for this grid's site, convergence and directions). */
  sunMap: SunMap;
  /** Horizon search distance [m]. */
  maxDistanceM: number;
  /** Core rows per band (the last band may be shorter). */
  tileRows: number;
  /** Worker threads; 0 computes in the calling thread. */
  workers: number;
  /** Called after each band with the number of bands done and their total. */
  onBand?: (done: number, total: number, band: RowBand) => void;
}

/**
 * Rows of halo a band needs so that its core cells see every obstacle within `maxDistanceM`:
 * a horizon ray reaches at most maxDistanceM / cellSizeYM rows away, plus one row for the
 * near field's interpolation (and Horn's 3×3 window).
 * @param maxDistanceM horizon search distance [m]
 * @param cellSizeYM north–south cell size [m]
 */
export function haloRowsFor(maxDistanceM: number, cellSizeYM: number): number {
  return Math.ceil(maxDistanceM / cellSizeYM) + 1;
}

/** Mean east–west cell size [m] (the per-row sizes of a geographic grid averaged). */
export function meanCellSizeXM(spacing: CellSpacing): number {
  const x = spacing.cellSizeXM;
  if (typeof x === 'number') return x;
  let sum = 0;
  for (let row = 0; row < x.length; row++) sum += x[row] as number;
  return sum / x.length;
}

/**
 * Annual and monthly irradiation rasters of a whole DSM, computed band by band (each band with a
 * halo of {@link haloRowsFor} rows) on worker threads and assembled in place. The result does
 * not depend on `tileRows` or `workers` (each band anchors its horizon lines to the whole grid).
 * @param dsm elevations [m], NaN = nodata
 * @param spacing ground cell size [m]
 * @param options sun map, horizon distance [m], band height [rows], workers, progress callback
 * @returns the outputs of `irradiateCells` for every cell of the DSM
 */
export async function solarRasters(
  dsm: Grid,
  spacing: CellSpacing,
  options: SolarRasterOptions,
): Promise<IrradiationOutput> {
  const { width, height, data } = dsm;
  const cells = width * height;
  const bands = planRowBands(height, options.tileRows, haloRowsFor(options.maxDistanceM, spacing.cellSizeYM));
  const out = createIrradiationOutput(cells);
  const cellSizeX = spacing.cellSizeXM;
  let done = 0;
  const place = (result: SolarTileResult): void => {
    const from = result.coreStart * width;
    const coreCells = (result.coreEnd - result.coreStart) * width;
    const o = result.output;
    out.globalKwhM2Yr.set(o.globalKwhM2Yr, from);
    out.beamKwhM2Yr.set(o.beamKwhM2Yr, from);
    out.diffuseKwhM2Yr.set(o.diffuseKwhM2Yr, from);
    out.reflectedKwhM2Yr.set(o.reflectedKwhM2Yr, from);
    out.sunHoursYr.set(o.sunHoursYr, from);
    out.svf.set(o.svf, from);
    for (let m = 0; m < 12; m++) {
      out.monthlyKwhM2.set(o.monthlyKwhM2.subarray(m * coreCells, (m + 1) * coreCells), m * cells + from);
    }
    const band = bands.find((b) => b.coreStart === result.coreStart) as RowBand;
    options.onBand?.(++done, bands.length, band);
  };
  await runSolarTiles(
    bands,
    {
      sunMap: options.sunMap,
      width,
      cellSizeYM: spacing.cellSizeYM,
      horizonCellSizeXM: meanCellSizeXM(spacing),
      maxDistanceM: options.maxDistanceM,
    },
    {
      workers: options.workers,
      taskOf: (band) => ({
        haloStart: band.haloStart,
        coreStart: band.coreStart,
        coreEnd: band.coreEnd,
        dsm: data.slice(band.haloStart * width, band.haloEnd * width),
        cellSizeXM: typeof cellSizeX === 'number' ? cellSizeX : cellSizeX.slice(band.haloStart, band.haloEnd),
      }),
      onResult: place,
    },
  );
  return out;
}
