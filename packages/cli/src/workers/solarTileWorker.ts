/**
 * Worker-thread entry of `gisement solar`: computes the bands it is sent with the shared data of
 * its `workerData` and transfers each result back. Started by {@link runSolarTiles}.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { resultTransferList, type SolarTileShared, type SolarTileTask, solarTile } from '../solar/solarTile.js';

const shared = workerData as SolarTileShared;
const port = parentPort;
if (port === null) throw new Error('solarTileWorker must run in a worker thread');
port.on('message', (task: SolarTileTask) => {
  const result = solarTile(task, shared);
  port.postMessage(result, resultTransferList(result));
});
