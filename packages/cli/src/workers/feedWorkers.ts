import type { Worker } from 'node:worker_threads';

/**
 * Hand work items to worker threads one at a time: each worker gets the next item as soon as it
 * answers its previous one (dynamic load balancing, so uneven bands keep every core busy).
 * Resolves when every item has been answered; rejects on the first worker error, on a worker
 * that exits during the run, or when `onReply` throws. The listeners it adds are removed after.
 * @param workers the threads
 * @param items the work, dispatched in order
 * @param send posts one item to a worker (with its transfer list)
 * @param onReply handles a worker's answer to its last item
 * @param what names the workers in errors, e.g. `solar`
 */
export async function feedWorkers<T>(
  workers: readonly Worker[],
  items: readonly T[],
  send: (worker: Worker, item: T) => void,
  onReply: (reply: unknown) => void,
  what: string,
): Promise<void> {
  const listeners: (() => void)[] = [];
  try {
    await new Promise<void>((resolve, reject) => {
      let next = 0;
      let pending = 0;
      const feed = (worker: Worker): void => {
        if (next >= items.length) {
          if (pending === 0) resolve();
          return;
        }
        pending++;
        send(worker, items[next++] as T);
      };
      for (const worker of workers) {
        const onMessage = (reply: unknown) => {
          pending--;
          try {
            onReply(reply);
          } catch (error) {
            reject(error);
            return;
          }
          feed(worker);
        };
        const onExit = (code: number) => reject(new Error(`a ${what} worker stopped with exit code ${code}`));
        worker.on('message', onMessage).on('error', reject).on('exit', onExit);
        listeners.push(() => worker.off('message', onMessage).off('error', reject).off('exit', onExit));
      }
      for (const worker of workers) feed(worker);
    });
  } finally {
    for (const remove of listeners) remove();
  }
}
