import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { RowBand } from '../solar/rowBands.js';
import { feedWorkers } from '../workers/feedWorkers.js';
import type { TerrainShared } from './terrainBand.js';

const workerScript = new URL('./terrainWorker.js', import.meta.url);

/** A message to a terrain worker: the shared rasters (once), then bands to compute. */
export type TerrainWorkerMessage =
  | { kind: 'shared'; shared: TerrainShared; scratchCells: number }
  | { kind: 'band'; band: RowBand };

/** Worker threads that compute terrain bands (see {@link startTerrainWorkers}). */
export interface TerrainWorkerPool {
  /**
   * Compute every band into `shared.out`, handing bands to the workers as they get free.
   * `shared` must live in SharedArrayBuffers (it is posted once per worker, never cloned).
   * @throws the first error a worker raises
   */
  run(shared: TerrainShared, bands: readonly RowBand[]): Promise<void>;
  /** Stop the workers. */
  close(): Promise<void>;
}

/** Whether the worker script is built (it is not when the CLI runs from its TypeScript sources). */
export function terrainWorkersAvailable(): boolean {
  return existsSync(fileURLToPath(workerScript));
}

/**
 * Start `count` terrain worker threads. Start them before reading the DSM: their start-up
 * (thread, module loading) then overlaps the read.
 * @param count number of threads, ≥ 1
 * @throws Error when the worker script is not built ({@link terrainWorkersAvailable})
 */
export function startTerrainWorkers(count: number): TerrainWorkerPool {
  if (!terrainWorkersAvailable()) {
    throw new Error(`worker script ${fileURLToPath(workerScript)} is not built (run \`pnpm build\`)`);
  }
  const workers = Array.from({ length: count }, () => new Worker(workerScript));
  return {
    async run(shared, bands) {
      const rowsRead = bands.map((b) => b.haloEnd - b.haloStart);
      const scratchCells = Math.max(0, ...rowsRead) * shared.dsm.width;
      for (const worker of workers) {
        worker.postMessage({ kind: 'shared', shared, scratchCells } satisfies TerrainWorkerMessage);
      }
      await feedWorkers(
        workers,
        bands,
        (worker, band) => worker.postMessage({ kind: 'band', band } satisfies TerrainWorkerMessage),
        () => {},
        'terrain',
      );
    },
    async close() {
      await Promise.all(workers.map((worker) => worker.terminate()));
    },
  };
}
