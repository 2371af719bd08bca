import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { RowBand } from '../solar/rowBands.js';
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
      const listeners: (() => void)[] = [];
      try {
        await new Promise<void>((resolve, reject) => {
          let next = 0;
          let pending = 0;
          const feed = (worker: Worker): void => {
            const band = bands[next++];
            if (band === undefined) {
              if (pending === 0) resolve();
              return;
            }
            pending++;
            worker.postMessage({ kind: 'band', band } satisfies TerrainWorkerMessage);
          };
          for (const worker of workers) {
            const onDone = () => {
              pending--;
              feed(worker);
            };
            const onExit = (code: number) => reject(new Error(`a terrain worker stopped with exit code ${code}`));
            worker.on('message', onDone).on('error', reject).on('exit', onExit);
            listeners.push(() => worker.off('message', onDone).off('error', reject).off('exit', onExit));
            worker.postMessage({ kind: 'shared', shared, scratchCells } satisfies TerrainWorkerMessage);
          }
          for (const worker of workers) feed(worker);
        });
      } finally {
        for (const remove of listeners) remove();
      }
    },
    async close() {
      await Promise.all(workers.map((worker) => worker.terminate()));
    },
  };
}
