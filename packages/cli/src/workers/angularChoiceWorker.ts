/**
 * Worker-thread entry of `gisement footfall --angular`: computes the angular choice of its
 * origin range into shared memory and signals the blocked caller. Started by
 * `angularChoiceOnWorkers`.
 */
import { workerData } from 'node:worker_threads';
import type { AngularChoiceTask } from './angularChoicePool.js';

const task = workerData as AngularChoiceTask;
let done = 2;
try {
  const { angularChoice } = await import('@gisement/footfall');
  task.out.set(angularChoice(task.graph, task.radiiM, task.sourceStart, task.sourceEnd));
  done = 1;
} catch (error) {
  task.port.postMessage(error instanceof Error ? error.message : String(error));
} finally {
  task.port.close();
  Atomics.store(task.status, task.index, done);
  Atomics.notify(task.status, task.index);
}
