import { planRowBands } from './rowBands.js';

/**
 * Memory the bands being computed at one time may take together [bytes]: with the main
 * thread's rasters and Node's own heap, a run stays under 2 GB (issue 3).
 */
export const BAND_MEMORY_BUDGET_BYTES = 1.2e9;

/** Bytes a worker holds per cell read (core + halo): DSM, slope, aspect (Float32). */
const BYTES_PER_BAND_CELL = 4 * 3;

/** Bytes a worker holds per core cell: horizons (N Float32) and the 19 outputs (12 monthly + 7). */
function bytesPerCoreCell(directions: number): number {
  return 4 * (directions + 19);
}

/**
 * Core rows per band: as many bands as workers (fewest halos), halved until what a worker holds
 * for its tallest band (DSM, slope and aspect of core + halo rows, clipped at the raster's
 * edges; horizons and outputs of the core rows) fits its share of {@link BAND_MEMORY_BUDGET_BYTES}.
 * @throws Error when even one-row bands do not fit (the halo alone is too tall: shorten the
 *   horizon distance)
 */
export function defaultTileRows(o: {
  width: number;
  height: number;
  directions: number;
  haloRows: number;
  workers: number;
}): number {
  const parallel = Math.max(1, o.workers);
  const budgetPerBand = BAND_MEMORY_BUDGET_BYTES / parallel;
  let tileRows = Math.ceil(o.height / parallel);
  for (;;) {
    const bands = planRowBands(o.height, tileRows, o.haloRows);
    const tallest = Math.max(...bands.map((b) => b.haloEnd - b.haloStart));
    const bytes = o.width * (tallest * BYTES_PER_BAND_CELL + tileRows * bytesPerCoreCell(o.directions));
    if (bytes <= budgetPerBand) return tileRows;
    if (tileRows === 1) {
      throw new Error(
        `a band with its halo of ${o.haloRows} rows needs ${(bytes / 1e9).toFixed(1)} GB, ` +
          `more than ${(budgetPerBand / 1e9).toFixed(1)} GB per worker: lower --max-distance-m or --workers`,
      );
    }
    tileRows = Math.ceil(tileRows / 2);
  }
}
