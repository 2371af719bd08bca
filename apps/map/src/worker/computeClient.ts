import { FileProblem } from '../data/fileProblem.js';
import type { HillshadeParameters } from '../state/appState.js';
import type {
  ComputeStage,
  FootfallLayers,
  FootfallRequest,
  TerrainInputs,
  TerrainLayers,
  WorkerReply,
} from './protocol.js';

/** Main-thread side of the compute worker: one promise per job. */
export interface ComputeClient {
  /**
   * Terrain and irradiation layers of a DSM GeoTIFF, and the mean irradiation of each
   * footprint, with an optional DTM, weather file and roof parameters (none: clear sky and
   * defaults). The bytes and the rings are transferred to the worker (the caller's buffers are
   * detached afterwards). Rejects with a {@link FileProblem} naming the file.
   */
  terrain(
    fileName: string,
    bytes: ArrayBuffer,
    hillshade: HillshadeParameters,
    footprintsLonLat: Float64Array[][],
    onProgress: (stage: ComputeStage, fraction: number) => void,
    inputs?: TerrainInputs,
  ): Promise<TerrainLayers>;
  /**
   * Footfall of the town's street segments and scores of its premises (`gisement footfall`).
   * Rejects with a {@link FileProblem} naming the file.
   */
  footfall(files: Omit<FootfallRequest, 'type' | 'jobId'>): Promise<FootfallLayers>;
}

interface Pending {
  /** Settles the job's promise with the result it asked for. */
  resolve(reply: Extract<WorkerReply, { type: 'result' | 'footfall' }>): void;
  reject(problem: FileProblem): void;
  onProgress(stage: ComputeStage, fraction: number): void;
  /** When the request was posted [ms, `performance.now()`]. */
  startMs: number;
}

/** A terrain job's inputs when only the DSM and footprints are given: clear sky, default roofs. */
const NO_INPUTS: TerrainInputs = { dtm: null, weather: null, roofsConfig: null };

/** Performance measure of each job, from the request to the result (for tests and benchmarks). */
export const COMPUTE_MEASURE = 'gisement:compute';

/**
 * Wrap a compute worker (`src/worker/compute.ts`). Each finished job adds a
 * {@link COMPUTE_MEASURE} performance measure: its time from posting to the result.
 * @param worker the worker
 * @example const client = createComputeClient(new Worker(new URL('./worker/compute.ts', import.meta.url), { type: 'module' }));
 */
export function createComputeClient(worker: Worker): ComputeClient {
  const pending = new Map<number, Pending>();
  let nextJobId = 1;
  worker.onmessage = (event: MessageEvent<WorkerReply>) => {
    const reply = event.data;
    const job = pending.get(reply.jobId);
    if (!job) return;
    if (reply.type === 'progress') {
      job.onProgress(reply.stage, reply.fraction);
      return;
    }
    pending.delete(reply.jobId);
    if (reply.type === 'error') {
      job.reject(new FileProblem(reply.file, reply.reason, reply.params));
      return;
    }
    performance.measure(COMPUTE_MEASURE, { start: job.startMs });
    job.resolve(reply);
  };
  return {
    terrain(fileName, bytes, hillshade, footprintsLonLat, onProgress, inputs = NO_INPUTS) {
      const jobId = nextJobId++;
      return new Promise<TerrainLayers>((resolve, reject) => {
        pending.set(jobId, {
          resolve: (reply) => {
            if (reply.type === 'result') resolve(reply.layers);
          },
          reject,
          onProgress,
          startMs: performance.now(),
        });
        const rings = footprintsLonLat.flat().map((ring) => ring.buffer);
        const dtm = inputs.dtm ? [inputs.dtm.bytes] : [];
        worker.postMessage({ type: 'terrain', jobId, fileName, bytes, hillshade, footprintsLonLat, ...inputs }, [
          bytes,
          ...rings,
          ...dtm,
        ]);
      });
    },
    footfall(files) {
      const jobId = nextJobId++;
      return new Promise<FootfallLayers>((resolve, reject) => {
        pending.set(jobId, {
          resolve: (reply) => {
            if (reply.type === 'footfall') resolve(reply.footfall);
          },
          reject,
          onProgress: () => {},
          startMs: performance.now(),
        });
        worker.postMessage({ type: 'footfall', jobId, ...files });
      });
    },
  };
}
