import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { SunMap } from '@gisement/core';
import type { RowBand } from '../solar/rowBands.js';
import { type SolarTileResult, type SolarTileShared, type SolarTileTask, solarTile } from '../solar/solarTile.js';
import { feedWorkers } from './feedWorkers.js';

const workerScript = new URL('./solarTileWorker.js', import.meta.url);

/** How {@link runSolarTiles} runs. */
export interface SolarTileRunOptions {
  /** Worker threads (0: compute every band in the calling thread). */
  workers: number;
  /** Build the task of a band (its DSM rows are copied then, and transferred). */
  taskOf: (band: RowBand) => SolarTileTask;
  /** Called with each result as it arrives, in completion order. */
  onResult: (result: SolarTileResult) => void;
}

/**
 * A copy of the sun map whose typed arrays live in SharedArrayBuffers, so that every worker
 * reads the same memory (posted once per worker, never cloned).
 */
export function shareSunMap(sunMap: SunMap): SunMap {
  const copy: Record<string, unknown> = { ...sunMap };
  for (const [key, value] of Object.entries(sunMap)) {
    if (ArrayBuffer.isView(value)) {
      const bytes = new Uint8Array(new SharedArrayBuffer(value.byteLength));
      bytes.set(new Uint8Array(value.buffer, value.byteOffset, value.byteLength));
      const Ctor = (value as Float64Array).constructor as Float64ArrayConstructor;
      copy[key] = new Ctor(bytes.buffer, 0, value.byteLength / Ctor.BYTES_PER_ELEMENT);
    }
  }
  return copy as unknown as SunMap;
}

/**
 * Compute row bands of a raster with `solarTile`, on a pool of worker threads: each worker gets
 * the shared data once (the sun map in SharedArrayBuffers) and one band at a time, its DSM rows
 * transferred in and its results transferred out. With `workers: 0`, in the calling thread.
 * @throws Error when the worker script is not built (running from TypeScript sources: build the
 *   CLI, or use `workers: 0`), or the first error a band raises
 */
export async function runSolarTiles(
  bands: readonly RowBand[],
  shared: SolarTileShared,
  options: SolarTileRunOptions,
): Promise<void> {
  const { workers, taskOf, onResult } = options;
  if (bands.length === 0) return;
  if (workers === 0) {
    for (const band of bands) onResult(solarTile(taskOf(band), shared));
    return;
  }
  if (!existsSync(fileURLToPath(workerScript))) {
    throw new Error(
      `worker script ${fileURLToPath(workerScript)} is not built (run \`pnpm build\`, or use --workers 0)`,
    );
  }
  const workerData: SolarTileShared = { ...shared, sunMap: shareSunMap(shared.sunMap) };
  const pool = Array.from({ length: Math.min(workers, bands.length) }, () => new Worker(workerScript, { workerData }));
  try {
    await feedWorkers(
      pool,
      bands,
      (worker, band) => {
        const task = taskOf(band);
        worker.postMessage(task, [task.dsm.buffer as ArrayBuffer]);
      },
      (reply) => onResult(reply as SolarTileResult),
      'solar',
    );
  } finally {
    await Promise.all(pool.map((worker) => worker.terminate()));
  }
}
