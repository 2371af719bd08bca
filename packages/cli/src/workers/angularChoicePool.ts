import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { MessageChannel, type MessagePort, receiveMessageOnPort, Worker } from 'node:worker_threads';
import type { StreetGraph } from '@gisement/footfall';

const workerScript = new URL('./angularChoiceWorker.js', import.meta.url);

/** What one angular-choice worker computes: `angularChoice(graph, radiiM, sourceStart, sourceEnd)`. */
export interface AngularChoiceTask {
  graph: StreetGraph;
  radiiM: readonly number[];
  sourceStart: number;
  sourceEnd: number;
  /** Result, in a SharedArrayBuffer (radii × edgeCount). */
  out: Float64Array;
  /** `status[index]` becomes 1 when `out` is complete, 2 on error (the message is posted on `port`). */
  status: Int32Array;
  index: number;
  port: MessagePort;
}

/**
 * Angular choice (`angularChoice` of `@gisement/footfall`) with the origin segments split into
 * `workers` equal ranges, one worker thread each, and the per-range outputs summed in range
 * order. Synchronous: the calling thread blocks (`Atomics.wait`) until every worker has written
 * its result into shared memory, so it can be passed as `runFootfall`'s `angularChoice` option.
 * Equal to the one-thread result up to the reassociation of the sums over origins. A worker
 * that the system kills without returning (out of memory) is not noticed by the blocked caller.
 *
 * @param graph - street graph (structured-cloned to each worker)
 * @param radiiM - metric radii [m]
 * @param workers - worker threads, ≥ 1
 * @returns choice [pairs], radius k at `[k·edgeCount + e]`
 * @throws Error when the worker script is not built (running from TypeScript sources: build the
 *   CLI, or use `--workers 0`), or the first error a worker raises
 */
export function angularChoiceOnWorkers(graph: StreetGraph, radiiM: readonly number[], workers: number): Float64Array {
  if (!existsSync(fileURLToPath(workerScript))) {
    throw new Error(
      `worker script ${fileURLToPath(workerScript)} is not built (run \`pnpm build\`, or use --workers 0)`,
    );
  }
  const m = graph.edgeCount;
  const size = radiiM.length * m;
  const count = Math.max(1, Math.min(workers, m));
  const status = new Int32Array(new SharedArrayBuffer(4 * count));
  const parts: Float64Array[] = [];
  const ports: MessagePort[] = [];
  const pool: Worker[] = [];
  for (let i = 0; i < count; i++) {
    const out = new Float64Array(new SharedArrayBuffer(8 * size));
    const { port1, port2 } = new MessageChannel();
    const task: AngularChoiceTask = {
      graph,
      radiiM: [...radiiM],
      sourceStart: Math.floor((i * m) / count),
      sourceEnd: Math.floor(((i + 1) * m) / count),
      out,
      status,
      index: i,
      port: port2,
    };
    parts.push(out);
    ports.push(port1);
    pool.push(new Worker(workerScript, { workerData: task, transferList: [port2] }));
  }
  try {
    for (let i = 0; i < count; i++) {
      while (Atomics.load(status, i) === 0) Atomics.wait(status, i, 0);
      if (status[i] !== 1) {
        const message = receiveMessageOnPort(ports[i])?.message;
        throw new Error(`angular choice worker: ${String(message ?? 'failed')}`);
      }
    }
  } finally {
    for (const worker of pool) void worker.terminate();
    for (const port of ports) port.close();
  }
  const total = parts[0];
  for (let i = 1; i < count; i++) {
    const part = parts[i];
    for (let k = 0; k < size; k++) total[k] += part[k];
  }
  return total;
}
