import {
  type CellSpacing,
  createIrradiationOutput,
  horizonAngles,
  hornSlopeAspect,
  type IrradiationOutput,
  irradiateCells,
  type SunMap,
} from '@gisement/core';

/** What every band of one run shares (sent once to each worker). */
export interface SolarTileShared {
  /** The sun map of the run (its typed arrays may live in SharedArrayBuffers). */
  sunMap: SunMap;
  /** Raster width [cells]. */
  width: number;
  /** North–south cell size [m]. */
  cellSizeYM: number;
  /**
   * East–west cell size the horizon sweep uses [m]: the whole raster's (mean) value, so that
   * every band walks the same rays as the whole raster would.
   */
  horizonCellSizeXM: number;
  /** Horizon search distance [m]. */
  maxDistanceM: number;
}

/** One band to compute. */
export interface SolarTileTask {
  /** First row read, in the whole raster (row 0 of `dsm`). */
  haloStart: number;
  /** Core rows [coreStart, coreEnd) of the whole raster whose results are wanted. */
  coreStart: number;
  coreEnd: number;
  /** Elevations of rows haloStart … haloStart + dsm.length / width − 1 [m], NaN = nodata. */
  dsm: Float32Array;
  /** East–west cell size [m] for slope and aspect: one value, or one per band row. */
  cellSizeXM: number | Float64Array;
}

/** The results of the core rows of a band: `IrradiationOutput` arrays of coreRows·width cells. */
export interface SolarTileResult {
  coreStart: number;
  coreEnd: number;
  output: IrradiationOutput;
}

/**
 * Irradiation of the core rows of one band: Horn slope and aspect, horizons of the core rows
 * (the halo rows are obstacles only; digital lines anchored to the whole raster through
 * `originCell`, so the result does not depend on how the raster is cut, given a halo ≥
 * maxDistanceM + 1 row), then `irradiateCells` on the core rows.
 * Pure computation: runs in a worker thread or in the caller's.
 */
export function solarTile(task: SolarTileTask, shared: SolarTileShared): SolarTileResult {
  const { width, sunMap } = shared;
  const rows = task.dsm.length / width;
  const cells = width * rows;
  const grid = { data: task.dsm, width, height: rows };
  const spacing: CellSpacing = { cellSizeXM: task.cellSizeXM, cellSizeYM: shared.cellSizeYM };
  const slopeDeg = new Float32Array(cells);
  const aspectDeg = new Float32Array(cells);
  hornSlopeAspect(grid, spacing, { slopeDeg, aspectDeg });
  const start = (task.coreStart - task.haloStart) * width;
  const end = (task.coreEnd - task.haloStart) * width;
  const coreCells = end - start;
  const horizonsDeg = new Float32Array(sunMap.directions * coreCells);
  horizonAngles(
    grid,
    { cellSizeXM: shared.horizonCellSizeXM, cellSizeYM: shared.cellSizeYM },
    {
      directions: sunMap.directions,
      maxDistanceM: shared.maxDistanceM,
      originCell: { col: 0, row: task.haloStart },
      rows: { start: task.coreStart - task.haloStart, end: task.coreEnd - task.haloStart },
    },
    horizonsDeg,
  );
  const output = createIrradiationOutput(coreCells);
  irradiateCells(
    {
      width,
      height: task.coreEnd - task.coreStart,
      slopeDeg: slopeDeg.subarray(start, end),
      aspectDeg: aspectDeg.subarray(start, end),
      horizonsDeg,
    },
    sunMap,
    output,
  );
  return { coreStart: task.coreStart, coreEnd: task.coreEnd, output };
}

/** The buffers of a result, to transfer (never clone) back to the caller's thread. */
export function resultTransferList(result: SolarTileResult): ArrayBuffer[] {
  return Object.values(result.output).map((a: Float32Array) => a.buffer as ArrayBuffer);
}
