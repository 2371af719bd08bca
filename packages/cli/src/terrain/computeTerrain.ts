import type { CellSpacing, Grid } from '@gisement/core';
import { planRowBands } from '../solar/rowBands.js';
import { allocateTerrainRasters, computeTerrainBand, TERRAIN_HALO_ROWS, type TerrainRasters } from './terrainBand.js';
import type { TerrainWorkerPool } from './terrainPool.js';

/** Cells from which terrain goes to worker threads (below, their start-up costs more than they save). */
export const MIN_CELLS_FOR_WORKERS = 1024 * 1024;

/** Core rows per band handed to a worker: 16 bands for a 4000-row DSM, 1 % of rows read twice. */
const BAND_ROWS = 256;

/**
 * Slope, aspect and hillshade of a DSM, on worker threads when a pool is given (the DSM is
 * copied once into shared memory, the outputs are written there band by band), else in the
 * calling thread. The values are the same either way (bands read one row of context).
 * @param dsm the DSM [m], NaN = nodata
 * @param spacing its ground cell size
 * @param pool worker threads, or `null` to compute here
 * @returns the three rasters (in SharedArrayBuffers when computed by the pool)
 */
export async function computeTerrain(
  dsm: Grid,
  spacing: CellSpacing,
  pool: TerrainWorkerPool | null,
): Promise<TerrainRasters> {
  const { width, height } = dsm;
  const cells = width * height;
  if (pool === null) {
    const out = allocateTerrainRasters(cells, false);
    const whole = { coreStart: 0, coreEnd: height, haloStart: 0, haloEnd: height };
    computeTerrainBand({ dsm, spacing, out }, whole, null);
    return out;
  }
  const data = new Float32Array(new SharedArrayBuffer(cells * Float32Array.BYTES_PER_ELEMENT));
  data.set(dsm.data);
  const out = allocateTerrainRasters(cells, true);
  await pool.run({ dsm: { data, width, height }, spacing, out }, planRowBands(height, BAND_ROWS, TERRAIN_HALO_ROWS));
  return out;
}
