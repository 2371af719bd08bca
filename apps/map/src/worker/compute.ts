import { FootfallInputError } from '@gisement/footfall';
import { CrsError, GeoTiffError, readGeoTiff } from '@gisement/io';
import type { StringKey } from '../i18n/strings.js';
import { footfallLayers } from './footfallLayers.js';
import type { ComputeRequest, ComputeStage, FootfallRequest, TerrainRequest, WorkerReply } from './protocol.js';
import { terrainLayers } from './terrainLayers.js';

/**
 * The compute worker: reads a DSM GeoTIFF from transferred bytes, runs the core terrain and
 * irradiation kernels and posts the warped layers and the buildings' means back, transferring
 * their buffers (never cloning); estimates the footfall of a town's streets from its files.
 */
interface WorkerScope {
  postMessage(message: WorkerReply, transfer: Transferable[]): void;
  onmessage: ((event: MessageEvent<ComputeRequest>) => void) | null;
}
const scope = self as unknown as WorkerScope;

/** Rows of progress messages are thinned to this many per stage. */
const PROGRESS_STEPS = 20;

function post(reply: WorkerReply, transfer: Transferable[] = []): void {
  scope.postMessage(reply, transfer);
}

function problem(error: unknown): { reason: StringKey; params: Record<string, string> } {
  if (error instanceof GeoTiffError) return { reason: 'error.read', params: { detail: error.reason } };
  if (error instanceof CrsError || error instanceof RangeError) {
    return { reason: 'error.read', params: { detail: error.message } };
  }
  return { reason: 'error.read', params: { detail: error instanceof Error ? error.message : String(error) } };
}

async function runTerrain(request: TerrainRequest): Promise<void> {
  const { jobId, fileName } = request;
  let lastStep = -1;
  const progress = (stage: ComputeStage, fraction: number) => {
    const step = Math.floor(fraction * PROGRESS_STEPS);
    if (step === lastStep && fraction < 1) return;
    lastStep = fraction >= 1 ? -1 : step;
    post({ type: 'progress', jobId, stage, fraction });
  };
  try {
    progress('read', 0);
    const dsm = await readGeoTiff(request.bytes, {}, fileName);
    progress('read', 1);
    const epsg = dsm.geo.epsg;
    if (epsg === null) {
      post({ type: 'error', jobId, file: fileName, reason: 'error.noCrs', params: {} });
      return;
    }
    const layers = terrainLayers(
      { ...dsm, geo: { ...dsm.geo, epsg } },
      request.hillshade,
      request.footprintsLonLat,
      progress,
    );
    post({ type: 'result', jobId, layers }, [
      ...Object.values(layers.values).map((v) => v.buffer),
      layers.buildingIrradiationKwhM2Yr.buffer,
      layers.buildingMonthlyKwhM2.buffer,
      layers.buildingAreaM2.buffer,
      layers.horizons.degrees.buffer,
      ...Object.values(layers.roofs).flatMap((v) => (ArrayBuffer.isView(v) ? [v.buffer] : [])),
      ...layers.roofs.outlinesLonLat.flat(2).map((ring) => ring.buffer),
    ]);
  } catch (error) {
    post({ type: 'error', jobId, file: fileName, ...problem(error) });
  }
}

function runFootfall(request: FootfallRequest): void {
  try {
    post({ type: 'footfall', jobId: request.jobId, footfall: footfallLayers(request) });
  } catch (error) {
    const file = error instanceof FootfallInputError ? error.file : request.counts.name;
    post({ type: 'error', jobId: request.jobId, file, ...problem(error) });
  }
}

scope.onmessage = (event: MessageEvent<ComputeRequest>) => {
  if (event.data.type === 'footfall') runFootfall(event.data);
  else void runTerrain(event.data);
};
