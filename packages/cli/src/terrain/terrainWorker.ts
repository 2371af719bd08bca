/**
 * Worker-thread entry of `gisement terrain`: receives the shared rasters once, then computes
 * each band it is sent and answers when the band is written. Started by `startTerrainWorkers`.
 */
import { parentPort } from 'node:worker_threads';
import { allocateTerrainRasters, computeTerrainBand, type TerrainRasters, type TerrainShared } from './terrainBand.js';
import type { TerrainWorkerMessage } from './terrainPool.js';

const port = parentPort;
if (port === null) throw new Error('terrainWorker must run in a worker thread');
let shared: TerrainShared | null = null;
let scratch: TerrainRasters | null = null;
port.on('message', (message: TerrainWorkerMessage) => {
  if (message.kind === 'shared') {
    shared = message.shared;
    scratch = allocateTerrainRasters(message.scratchCells, false);
    return;
  }
  if (shared === null) throw new Error('terrainWorker: a band arrived before the shared rasters');
  computeTerrainBand(shared, message.band, scratch);
  port.postMessage(message.band.coreStart);
});
